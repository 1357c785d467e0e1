import { z } from 'zod';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
});

export interface Config {
  port: number;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  jwtSecret: string;
}

/** Reads and validates the environment once, at startup, so a misconfigured server fails before it listens. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Invalid environment (see .env.example):\n${z.prettifyError(parsed.error)}`);
  }
  return { port: parsed.data.PORT, logLevel: parsed.data.LOG_LEVEL, jwtSecret: parsed.data.JWT_SECRET };
}
