import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('has defaults that suit a container', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      logLevel: 'info',
      greeting: 'Hello',
      version: 'dev',
      shutdownDelayMs: 0,
    });
  });

  it('reads every setting from the environment', () => {
    const config = loadConfig({ PORT: '9000', HOST: '127.0.0.1', LOG_LEVEL: 'debug', GREETING: 'Hi', APP_VERSION: 'abc', SHUTDOWN_DELAY_MS: '5000' });
    expect(config).toEqual({ port: 9000, host: '127.0.0.1', logLevel: 'debug', greeting: 'Hi', version: 'abc', shutdownDelayMs: 5000 });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer between 1 and 65535/],
    [{ SHUTDOWN_DELAY_MS: '-1' }, /SHUTDOWN_DELAY_MS/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('fails fast on a bad value: %o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});
