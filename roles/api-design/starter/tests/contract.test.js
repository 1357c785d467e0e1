// Produces every response that openapi.yaml documents and checks each one against it
// (the client in support/api.js does the checking). The last test fails if the description
// promises a response that no request here produced: add a case when you document one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contract, startApi } from './support/api.js';

const MISSING = '/v1/tasks/tsk_000000000000';

describe('the server honours openapi.yaml', () => {
  /** @type {Awaited<ReturnType<typeof startApi>>} */
  let api;
  let taskPath = '';
  before(async () => {
    api = await startApi();
    const created = await api.request('POST', '/v1/tasks', { body: { title: 'Contract fixture' } });
    taskPath = `/v1/tasks/${created.body.id}`;
  });

  const cases = [
    ['GET', '/v1/tasks', {}, 200],
    ['GET', '/v1/tasks?limit=500', {}, 400],
    ['GET', '/v1/tasks', { apiKey: null }, 401],
    ['POST', '/v1/tasks', { body: { title: 'Write tests', assignee: 'ada', dueDate: '2030-01-31' } }, 201],
    ['POST', '/v1/tasks', { body: { title: 'Bad status', status: 'someday' } }, 400],
    ['POST', '/v1/tasks', { body: { title: 'x' }, apiKey: 'unknown-key' }, 401],
    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', () => taskPath, {}, 200],
    ['GET', '/v1/tasks/not-an-id', {}, 400],
    ['GET', () => taskPath, { apiKey: null }, 401],
    ['GET', MISSING, {}, 404],
    ['PATCH', () => taskPath, { body: { status: 'done' }, contentType: 'application/merge-patch+json' }, 200],
    ['PATCH', () => taskPath, { body: {}, contentType: 'application/merge-patch+json' }, 400],
    ['PATCH', () => taskPath, { body: { status: 'done' }, apiKey: null }, 401],
    ['PATCH', MISSING, { body: { status: 'done' }, contentType: 'application/merge-patch+json' }, 404],
    ['PATCH', () => taskPath, { body: { status: 'done' } }, 415],
    ['DELETE', '/v1/tasks/not-an-id', {}, 400],
    ['DELETE', () => taskPath, { apiKey: null }, 401],
    ['DELETE', () => taskPath, {}, 204],
    ['DELETE', () => taskPath, {}, 404],
  ];
  for (const [method, path, options, status] of cases) {
    it(`${method} ${typeof path === 'string' ? path : '/v1/tasks/{taskId}'} ${JSON.stringify(options)} -> ${status}`, async () => {
      const response = await api.request(method, typeof path === 'string' ? path : path(), options);
      assert.equal(response.status, status);
    });
  }

  describe('429 for every operation', () => {
    /** @type {Awaited<ReturnType<typeof startApi>>} */
    let limited;
    before(async () => {
      limited = await startApi({ rateLimit: { limit: 0, windowMs: 60_000 } });
    });
    const operations = [
      ['GET', '/v1/tasks'],
      ['POST', '/v1/tasks'],
      ['GET', MISSING],
      ['PATCH', MISSING],
      ['DELETE', MISSING],
    ];
    for (const [method, path] of operations) {
      it(`${method} ${path}`, async () => {
        const response = await limited.request(method, path, method === 'POST' || method === 'PATCH' ? { body: { title: 'x' } } : {});
        assert.equal(response.status, 429);
      });
    }
  });

  it('every documented response was produced', () => {
    assert.deepEqual(contract.unexercised(), []);
  });
});
