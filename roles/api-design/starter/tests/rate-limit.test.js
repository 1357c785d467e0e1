import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_KEY, startApi } from './support/api.js';

describe('rate limiting', () => {
  it('counts down per API key and answers 429 with Retry-After when the quota is used up', async () => {
    const api = await startApi({ apiKeys: [API_KEY, 'other-key'], rateLimit: { limit: 3, windowMs: 60_000 } });

    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const response = await api.request('GET', '/v1/tasks');
      assert.equal(response.status, 200);
      remaining.push(Number(response.headers.get('ratelimit-remaining')));
    }
    assert.deepEqual(remaining, [2, 1, 0]);

    const limited = await api.request('GET', '/v1/tasks');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(limited.body.title, 'Too Many Requests');

    const otherKey = await api.request('GET', '/v1/tasks', { apiKey: 'other-key' });
    assert.equal(otherKey.status, 200, 'each API key has its own quota');
  });

  it('counts invalid requests too', async () => {
    const api = await startApi({ rateLimit: { limit: 1, windowMs: 60_000 } });

    assert.equal((await api.request('GET', '/v1/tasks?limit=0')).status, 400);
    assert.equal((await api.request('GET', '/v1/tasks')).status, 429);
  });
});
