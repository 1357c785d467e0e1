// Check for the exercise "Quotas by plan": free and pro plans, a separate quota for writes, and the IETF draft's
// RateLimit and RateLimit-Policy fields with one named policy per quota.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FREE_KEY, KEY, answer, contractOf, startApi } from './support/api.js';

/**
 * The parameters of one named entry of a RateLimit or RateLimit-Policy field (a structured-field list such as
 * `"requests"; r=59; t=60, "writes"; r=9; t=60`), as numbers where they are numbers; undefined when absent.
 */
function entry(headers, field, name) {
  const value = headers.get(field);
  if (!value) return undefined;
  for (const item of value.split(/,\s*(?=")/)) {
    const [label, ...params] = item.split(';').map((part) => part.trim());
    if (label !== `"${name}"`) continue;
    return Object.fromEntries(params.map((p) => p.split('=')).map(([k, v]) => [k, /^\d+$/.test(v) ? Number(v) : v]));
  }
  return undefined;
}

function describeHeaders(headers) {
  return `RateLimit: ${headers.get('ratelimit')} | RateLimit-Policy: ${headers.get('ratelimit-policy')}`;
}

describe('quotas by plan', () => {
  it('announces each key\'s quotas in RateLimit-Policy: free 60 requests and 10 writes, pro 600 and 100', async () => {
    const api = await startApi();
    const freeRead = await api.request('GET', '/v1/tasks', { apiKey: FREE_KEY });
    assert.equal(freeRead.status, 200, `GET /v1/tasks should answer 200; got ${answer(freeRead)}`);
    assert.equal(freeRead.headers.get('ratelimit-limit'), null, 'switch to the draft-8 fields: RateLimit-Limit, -Remaining and -Reset should be gone');
    const requests = entry(freeRead.headers, 'ratelimit-policy', 'requests');
    assert.ok(requests, `every response should announce the "requests" policy in RateLimit-Policy; got ${describeHeaders(freeRead.headers)}`);
    assert.equal(requests.q, 60, `a free key's "requests" policy should have q=60; got ${describeHeaders(freeRead.headers)}`);
    assert.equal(requests.w, 60, `the window is one minute, w=60; got ${describeHeaders(freeRead.headers)}`);

    const freeWrite = await api.request('POST', '/v1/tasks', { apiKey: FREE_KEY, body: { title: 'Free' } });
    assert.equal(freeWrite.status, 201, `POST /v1/tasks should answer 201; got ${answer(freeWrite)}`);
    assert.equal(entry(freeWrite.headers, 'ratelimit-policy', 'writes')?.q, 10, `a write by a free key should announce a "writes" policy with q=10; got ${describeHeaders(freeWrite.headers)}`);

    const proRead = await api.request('GET', '/v1/tasks', { apiKey: KEY });
    assert.equal(entry(proRead.headers, 'ratelimit-policy', 'requests')?.q, 600, `a pro key's "requests" policy should have q=600; got ${describeHeaders(proRead.headers)}`);
    const proWrite = await api.request('POST', '/v1/tasks', { apiKey: KEY, body: { title: 'Pro' } });
    assert.equal(entry(proWrite.headers, 'ratelimit-policy', 'writes')?.q, 100, `a pro key's "writes" policy should have q=100; got ${describeHeaders(proWrite.headers)}`);
    assert.equal(entry(proWrite.headers, 'ratelimit', 'requests')?.r, 598, `RateLimit should count the pro key's "requests" down (r=598 after two); got ${describeHeaders(proWrite.headers)}`);
  });

  it('a free key makes 10 writes a minute, answered 429 after that, while its reads go on', async () => {
    const api = await startApi();
    for (let i = 1; i <= 10; i++) {
      const write = await api.request('POST', '/v1/tasks', { apiKey: FREE_KEY, body: { title: `write ${i}` } });
      assert.equal(write.status, 201, `write ${i} of a free key should answer 201; got ${answer(write)}`);
      assert.equal(entry(write.headers, 'ratelimit', 'writes')?.r, 10 - i, `after ${i} writes, RateLimit should say "writes"; r=${10 - i}; got ${describeHeaders(write.headers)}`);
    }
    const refused = await api.request('POST', '/v1/tasks', { apiKey: FREE_KEY, body: { title: 'write 11' } });
    assert.equal(refused.status, 429, `the 11th write in a minute by a free key should answer 429; got ${answer(refused)}`);
    assert.ok(Number(refused.headers.get('retry-after')) > 0, 'the 429 should say when to retry, in Retry-After');

    const read = await api.request('GET', '/v1/tasks', { apiKey: FREE_KEY });
    assert.equal(read.status, 200, `reads have their own quota: GET after the write quota is used up should answer 200; got ${answer(read)}`);
  });

  it('a free key makes 60 requests a minute in all, and the other keys are not affected', async () => {
    const api = await startApi();
    for (let i = 1; i <= 60; i++) {
      const read = await api.request('GET', '/v1/tasks?limit=1', { apiKey: FREE_KEY });
      assert.equal(read.status, 200, `request ${i} of a free key should answer 200; got ${answer(read)}`);
    }
    const refused = await api.request('GET', '/v1/tasks?limit=1', { apiKey: FREE_KEY });
    assert.equal(refused.status, 429, `the 61st request in a minute by a free key should answer 429; got ${answer(refused)}`);
    assert.equal(entry(refused.headers, 'ratelimit', 'requests')?.r, 0, `the 429 should show "requests"; r=0 in RateLimit; got ${describeHeaders(refused.headers)}`);
    assert.equal((await api.request('GET', '/v1/tasks', { apiKey: KEY })).status, 200, 'another key should still be served');
  });
});

describe('openapi.yaml', () => {
  it('describes the plans and the RateLimit and RateLimit-Policy fields', () => {
    const { doc } = contractOf('openapi.yaml');
    for (const name of ['RateLimit', 'RateLimit-Policy'])
      assert.ok(doc.components?.headers?.[name], `openapi.yaml should define components/headers/${name}`);
    const info = doc.info?.description ?? '';
    assert.match(info, /\bfree\b/i, 'info.description should explain the plans: free');
    assert.match(info, /\bpro\b/i, 'info.description should explain the plans: pro');
  });
});
