import type { FastifyInstance } from 'fastify';
import { createHttpApp } from '../shared/runtime.js';
import { Upstream, type UpstreamOptions } from './upstream.js';

export interface GatewayOptions extends UpstreamOptions {
  ordersUrl: string;
  inventoryUrl: string;
  logger?: boolean;
}

/** The single entry point for clients: routes /api/* to the services and fails fast when one is down. */
export function createGateway(options: GatewayOptions): FastifyInstance {
  const app = createHttpApp({ name: 'gateway', logger: options.logger });
  const orders = new Upstream('orders', options.ordersUrl, options);
  const inventory = new Upstream('inventory', options.inventoryUrl, options);

  app.get('/health', async () => ({
    status: 'ok',
    circuits: { orders: orders.circuitState, inventory: inventory.circuitState },
  }));

  app.get('/api/products', (request, reply) => inventory.forward(request, reply, '/products'));
  app.post('/api/orders', (request, reply) => orders.forward(request, reply, '/orders'));
  app.get<{ Params: { id: string } }>('/api/orders/:id', (request, reply) =>
    orders.forward(request, reply, `/orders/${encodeURIComponent(request.params.id)}`),
  );

  return app;
}
