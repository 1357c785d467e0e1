// Runs every service in one process for development: no Docker and no NATS server needed.
// The services still only talk through the broker and HTTP, exactly as they do when deployed apart.
// Set NATS_URL to use a real NATS server instead of the in-memory broker.
import type { FastifyInstance } from 'fastify';
import type { Broker } from './shared/broker.js';
import { createGateway } from './gateway/service.js';
import { createInventoryService } from './inventory/service.js';
import { createOrdersService } from './orders/service.js';
import { createPaymentsService } from './payments/service.js';
import { InMemoryBroker } from './shared/in-memory-broker.js';
import { connectBroker } from './shared/runtime.js';

const broker: Broker = process.env.NATS_URL ? await connectBroker('dev') : new InMemoryBroker();
const services: [FastifyInstance, number][] = [
  [createOrdersService({ broker, logger: true }), 3001],
  [createInventoryService({ broker, logger: true }), 3002],
  [createPaymentsService({ broker, logger: true }), 3003],
  [createGateway({ ordersUrl: 'http://127.0.0.1:3001', inventoryUrl: 'http://127.0.0.1:3002', logger: true }), 3000],
];
for (const [app, port] of services) await app.listen({ host: '127.0.0.1', port });

process.once('SIGINT', async () => {
  for (const [app] of services.reverse()) await app.close();
  await broker.close();
  process.exit(0);
});
