import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError } from '../src/shared/circuit-breaker.js';

function setup() {
  let now = 0;
  const breaker = new CircuitBreaker('test', { failureThreshold: 3, resetTimeoutMs: 1_000, now: () => now });
  let calls = 0;
  const ok = () => breaker.execute(async () => ++calls);
  const fail = () =>
    breaker.execute(async () => {
      calls++;
      throw new Error('boom');
    });
  return { breaker, ok, fail, calls: () => calls, advance: (ms: number) => (now += ms) };
}

describe('CircuitBreaker', () => {
  it('passes calls through while closed', async () => {
    const { breaker, ok } = setup();
    await expect(ok()).resolves.toBe(1);
    expect(breaker.state).toBe('closed');
  });

  it('opens after the threshold of consecutive failures and then fails fast without calling', async () => {
    const { breaker, fail, ok, calls } = setup();
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toThrow('boom');
    expect(breaker.state).toBe('open');

    await expect(ok()).rejects.toBeInstanceOf(CircuitOpenError);
    expect(calls()).toBe(3);
  });

  it('counts consecutive failures only: a success resets the count', async () => {
    const { breaker, fail, ok } = setup();
    await expect(fail()).rejects.toThrow();
    await expect(fail()).rejects.toThrow();
    await ok();
    await expect(fail()).rejects.toThrow();
    await expect(fail()).rejects.toThrow();
    expect(breaker.state).toBe('closed');
  });

  it('tells the caller how long until the next attempt', async () => {
    const { fail, ok, advance } = setup();
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toThrow();
    advance(400);
    await expect(ok()).rejects.toMatchObject({ retryAfterMs: 600 });
  });

  it('lets one trial call through after the reset timeout and closes when it succeeds', async () => {
    const { breaker, fail, ok, advance } = setup();
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toThrow();
    advance(1_000);
    expect(breaker.state).toBe('half-open');

    await expect(ok()).resolves.toBe(4);
    expect(breaker.state).toBe('closed');
  });

  it('opens again when the trial call fails', async () => {
    const { breaker, fail, ok, advance } = setup();
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toThrow();
    advance(1_000);

    await expect(fail()).rejects.toThrow('boom');
    expect(breaker.state).toBe('open');
    await expect(ok()).rejects.toBeInstanceOf(CircuitOpenError);
  });

  it('allows only one trial at a time while half-open', async () => {
    const { breaker, fail, advance } = setup();
    for (let i = 0; i < 3; i++) await expect(fail()).rejects.toThrow();
    advance(1_000);

    let finishTrial!: () => void;
    const trial = breaker.execute(() => new Promise<void>((resolve) => (finishTrial = resolve)));
    await expect(breaker.execute(async () => 'second')).rejects.toBeInstanceOf(CircuitOpenError);
    finishTrial();
    await trial;
    expect(breaker.state).toBe('closed');
  });
});
