// Process plumbing shared by the services' main.ts files: configuration, logging, startup and graceful shutdown.
import Fastify, { type FastifyInstance } from 'fastify';
import type { Broker } from './broker.js';
import { NatsBroker } from './nats-broker.js';

export function createHttpApp(options: { name: string; logger?: boolean | undefined }): FastifyInstance {
  return Fastify({
    logger: options.logger ? { name: options.name, level: process.env.LOG_LEVEL ?? 'info' } : false,
    // Reuse the caller's request id so one id follows a request through the gateway and every service.
    requestIdHeader: 'x-request-id',
  });
}

export function connectBroker(serviceName: string): Promise<NatsBroker> {
  return NatsBroker.connect(process.env.NATS_URL ?? 'nats://127.0.0.1:4222', serviceName);
}

export async function serve(app: FastifyInstance, defaultPort: number, broker?: Broker): Promise<void> {
  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    // Stop taking HTTP traffic first, then let the broker finish the messages it already has.
    await app.close();
    await broker?.close();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutdown(signal));
  process.once('SIGINT', (signal) => void shutdown(signal));
  await app.listen({ host: process.env.HOST ?? '0.0.0.0', port: Number(process.env.PORT ?? defaultPort) });
}
