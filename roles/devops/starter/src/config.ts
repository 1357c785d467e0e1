// Twelve-factor configuration: everything that differs between environments comes from environment variables
// (in Kubernetes, from the ConfigMap in k8s/configmap.yaml). Bad values fail at startup, not on first use.

export interface Config {
  port: number;
  host: string;
  logLevel: string;
  greeting: string;
  /** Set at build time (Docker build arg APP_VERSION, the git commit in CI) so /api/info shows what is running. */
  version: string;
  /** How long to keep serving after SIGTERM while readiness already fails; see server.ts. */
  shutdownDelayMs: number;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!LOG_LEVELS.includes(logLevel)) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  return {
    port: integer(env, 'PORT', 8080, 1, 65_535),
    host: env.HOST ?? '0.0.0.0',
    logLevel,
    greeting: env.GREETING ?? 'Hello',
    version: env.APP_VERSION ?? 'dev',
    shutdownDelayMs: integer(env, 'SHUTDOWN_DELAY_MS', 0, 0, 60_000),
  };
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}
