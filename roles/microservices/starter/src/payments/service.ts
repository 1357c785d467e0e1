import type { FastifyInstance } from 'fastify';
import type { Broker } from '../shared/broker.js';
import { createHttpApp } from '../shared/runtime.js';
import { Payments, sampleBalances } from './payments.js';

export function createPaymentsService(options: { broker: Broker; payments?: Payments; logger?: boolean }): FastifyInstance {
  const { broker, payments = new Payments(sampleBalances) } = options;
  const app = createHttpApp({ name: 'payments', logger: options.logger });

  const subscription = broker.respond('payments.charge', 'payments', ({ orderId, customerId, amount }) =>
    payments.charge(orderId, customerId, amount),
  );
  app.addHook('onClose', async () => subscription.unsubscribe());

  app.get('/health', async () => ({ status: 'ok' }));
  app.get<{ Params: { customerId: string } }>('/accounts/:customerId', async (request, reply) => {
    const balance = payments.balance(request.params.customerId);
    if (balance === undefined) return reply.code(404).send({ error: 'unknown customer' });
    return { customerId: request.params.customerId, balance };
  });
  return app;
}
