import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Broker } from '../shared/broker.js';
import type { OrderLine } from '../shared/contracts.js';
import { createHttpApp } from '../shared/runtime.js';
import { InMemoryOrderRepository, type OrderRepository } from './orders.js';
import { PlaceOrderSaga } from './place-order-saga.js';

const placeOrderSchema = {
  body: {
    type: 'object',
    required: ['customerId', 'lines'],
    additionalProperties: false,
    properties: {
      customerId: { type: 'string', minLength: 1, maxLength: 100 },
      lines: {
        type: 'array',
        minItems: 1,
        maxItems: 50,
        items: {
          type: 'object',
          required: ['sku', 'quantity'],
          additionalProperties: false,
          properties: {
            sku: { type: 'string', minLength: 1, maxLength: 50 },
            quantity: { type: 'integer', minimum: 1, maximum: 1000 },
          },
        },
      },
    },
  },
} as const;

export function createOrdersService(options: {
  broker: Broker;
  orders?: OrderRepository;
  sagaTimeoutMs?: number;
  logger?: boolean;
}): FastifyInstance {
  const { broker, orders = new InMemoryOrderRepository() } = options;
  const app = createHttpApp({ name: 'orders', logger: options.logger });
  const saga = new PlaceOrderSaga({ broker, orders, timeoutMs: options.sagaTimeoutMs, log: app.log });

  // Sagas run after the 202 response; shutting down waits for the running ones instead of cutting them off.
  const running = new Set<Promise<unknown>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled(running);
  });

  app.get('/health', async () => ({ status: 'ok' }));

  app.post<{ Body: { customerId: string; lines: OrderLine[] } }>(
    '/orders',
    { schema: placeOrderSchema },
    async (request, reply) => {
      const now = new Date().toISOString();
      const order = {
        id: randomUUID(),
        customerId: request.body.customerId,
        lines: request.body.lines,
        status: 'pending' as const,
        history: ['order received'],
        createdAt: now,
        updatedAt: now,
      };
      orders.insert(order);

      const run = saga.run(order.id).catch((error: unknown) => request.log.error({ err: error, orderId: order.id }, 'saga crashed'));
      running.add(run);
      void run.finally(() => running.delete(run));

      return reply.code(202).header('location', `/orders/${order.id}`).send(order);
    },
  );

  app.get<{ Params: { id: string } }>('/orders/:id', async (request, reply) => {
    const order = orders.get(request.params.id);
    return order ?? reply.code(404).send({ error: 'order not found' });
  });

  return app;
}
