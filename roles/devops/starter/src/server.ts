import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { Health } from './health.js';

const config = loadConfig();
const health = new Health();
const app = buildApp({ config, health, logger: true });

let stopping = false;
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'shutting down');
  // Kubernetes removes a terminating pod from the Service asynchronously, so requests keep arriving for a moment
  // after SIGTERM. Fail readiness and keep serving for SHUTDOWN_DELAY_MS, then stop accepting connections and let
  // the requests in flight finish.
  health.markDraining();
  await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);

await app.listen({ host: config.host, port: config.port });
health.markReady();
