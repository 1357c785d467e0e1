import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import type { Health } from './health.js';
import { createMetrics, type Metrics } from './metrics.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false keeps a route out of the request metrics (probes and scrapes would drown the real traffic). */
    metrics?: boolean;
  }
}

export interface AppOptions {
  config: Config;
  health: Health;
  metrics?: Metrics;
  logger?: boolean;
}

export function buildApp({ config, health, metrics = createMetrics(), logger = false }: AppOptions): FastifyInstance {
  const app = Fastify({ logger: logger ? { level: config.logLevel } : false });
  const internal = { config: { metrics: false } };

  app.addHook('onResponse', async (request, reply) => {
    if (request.routeOptions.config.metrics === false) return;
    // The route template (/api/items/:id), never the raw URL: one time series per route, not one per id.
    const labels = { method: request.method, route: request.routeOptions.url ?? 'unmatched', status_code: reply.statusCode };
    metrics.requests.inc(labels);
    metrics.duration.observe(labels, reply.elapsedTime / 1000);
  });

  app.get('/healthz', internal, async () => ({ status: 'ok' }));

  app.get('/readyz', internal, async (_request, reply) => {
    const status = health.state;
    return reply.code(status === 'ready' ? 200 : 503).send({ status });
  });

  app.get('/metrics', internal, async (_request, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  app.get('/api/info', async () => ({ name: '{{bp.projectName}}', version: config.version }));

  app.get<{ Querystring: { name: string } }>(
    '/api/greeting',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { name: { type: 'string', minLength: 1, maxLength: 50, default: 'world' } },
        },
      },
    },
    async (request) => ({ message: `${config.greeting}, ${request.query.name}!` }),
  );

  return app;
}
