// Check of the exercise "Rate-limit each user" (README). Vitest's fake Date moves the clock, so the limiter must
// read the time from Date.now() (or new Date()), not from timers.
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exerciseApp } from './helpers.js';

const LIMIT = 3;
const OPTION = `createApp({ ..., rateLimit: { limit: ${LIMIT}, windowMs: 60_000 } })`;

async function limitedApp() {
  const { app, bearer } = exerciseApp({ rateLimit: { limit: LIMIT, windowMs: 60_000 } });
  return { app, alice: await bearer('alice'), bob: await bearer('bob') };
}

async function getTasks(app: Parameters<typeof request>[0], authorization: string, times: number) {
  const statuses: number[] = [];
  for (let i = 0; i < times; i++) statuses.push((await request(app).get('/tasks').set('Authorization', authorization)).status);
  return statuses;
}

describe('rate limit per user', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers 429 rate_limited to the request after the limit', async () => {
    const { app, alice } = await limitedApp();
    const allowed = await getTasks(app, alice, LIMIT);
    expect(allowed, `with ${OPTION}, the first ${LIMIT} GET /tasks in a minute should answer 200; got ${allowed.join(', ')}`).toEqual(Array<number>(LIMIT).fill(200));

    const limited = await request(app).get('/tasks').set('Authorization', alice);
    expect(limited.status, `with ${OPTION}, request ${LIMIT + 1} within a minute should answer 429; got ${limited.status}`).toBe(429);
    expect(limited.body, 'a 429 should have the usual error body {"error":{"code":"rate_limited","message":"..."}}').toEqual({
      error: { code: 'rate_limited', message: expect.any(String) as string },
    });
  });

  it('says when to retry in a Retry-After header (seconds until the window ends)', async () => {
    const { app, alice } = await limitedApp();
    await getTasks(app, alice, LIMIT);
    vi.setSystemTime(new Date('2030-01-01T10:00:20Z'));
    const limited = await request(app).get('/tasks').set('Authorization', alice);
    expect(limited.status, `request ${LIMIT + 1} within a minute should answer 429; got ${limited.status}`).toBe(429);
    const retryAfter = limited.headers['retry-after'];
    expect(retryAfter, 'a 429 should carry a Retry-After header').toBeDefined();
    expect(retryAfter, `Retry-After should be a whole number of seconds; got ${retryAfter}`).toMatch(/^\d+$/);
    expect(Number(retryAfter), `20 s into a 60 s window, Retry-After should be about 40; got ${retryAfter}`).toBeGreaterThanOrEqual(39);
    expect(Number(retryAfter), `20 s into a 60 s window, Retry-After should be about 40; got ${retryAfter}`).toBeLessThanOrEqual(41);
  });

  it('counts each user separately', async () => {
    const { app, alice, bob } = await limitedApp();
    await getTasks(app, alice, LIMIT + 1);
    const res = await request(app).get('/tasks').set('Authorization', bob);
    expect(res.status, `bob should not be limited because alice used up her requests; got ${res.status}`).toBe(200);
  });

  it('lets a user in again once the window has passed', async () => {
    const { app, alice } = await limitedApp();
    await getTasks(app, alice, LIMIT + 1);
    vi.setSystemTime(new Date('2030-01-01T10:01:01Z'));
    const res = await request(app).get('/tasks').set('Authorization', alice);
    expect(res.status, `61 s later alice should be allowed again; got ${res.status}`).toBe(200);
  });

  it('leaves /health and the 401 for a missing token alone', async () => {
    const { app, alice } = await limitedApp();
    await getTasks(app, alice, LIMIT + 1);
    const health: number[] = [];
    for (let i = 0; i < LIMIT + 2; i++) health.push((await request(app).get('/health')).status);
    expect(health.every((s) => s === 200), `GET /health should never be rate-limited; got ${health.join(', ')}`).toBe(true);
    const anonymous = await request(app).get('/tasks');
    expect(anonymous.status, `GET /tasks without a token should still answer 401 (authenticate first, then count per user); got ${anonymous.status}`).toBe(401);
  });

  it('allows 100 requests per minute when createApp gets no rateLimit option', async () => {
    const { app, bearer } = exerciseApp({ rateLimit: undefined });
    const alice = await bearer('alice');
    const statuses = await getTasks(app, alice, 101);
    const first429 = statuses.indexOf(429);
    expect(first429, `without a rateLimit option, requests 1 to 100 should pass and request 101 answer 429; ${first429 === -1 ? 'none answered 429' : `request ${first429 + 1} did`}`).toBe(100);
  });
});
