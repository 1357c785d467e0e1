import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

const secret = 'x'.repeat(32);

describe('loadConfig', () => {
  it('applies defaults', () => {
    expect(loadConfig({ JWT_SECRET: secret })).toEqual({ port: 3000, logLevel: 'info', jwtSecret: secret });
  });

  it('reads the port as a number', () => {
    expect(loadConfig({ JWT_SECRET: secret, PORT: '8080' }).port).toBe(8080);
  });

  it('refuses to start without a strong enough secret', () => {
    expect(() => loadConfig({})).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('rejects an unknown log level', () => {
    expect(() => loadConfig({ JWT_SECRET: secret, LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});
