import type { FastifyInstance } from 'fastify';
import type { Broker } from '../shared/broker.js';
import { createHttpApp } from '../shared/runtime.js';
import { Inventory, sampleProducts } from './inventory.js';

export function createInventoryService(options: {
  broker: Broker;
  inventory?: Inventory;
  logger?: boolean;
}): FastifyInstance {
  const { broker, inventory = new Inventory(sampleProducts) } = options;
  const app = createHttpApp({ name: 'inventory', logger: options.logger });

  const subscriptions = [
    broker.respond('inventory.reserve', 'inventory', ({ orderId, lines }) => inventory.reserve(orderId, lines)),
    broker.respond('inventory.release', 'inventory', ({ orderId }) => ({ released: inventory.release(orderId) })),
    broker.subscribe('orders.confirmed', ({ orderId }) => inventory.commit(orderId)),
  ];
  app.addHook('onClose', async () => subscriptions.forEach((subscription) => subscription.unsubscribe()));

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/products', async () => inventory.list());
  return app;
}
