import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TaskStore } from '../src/store.js';
import { API_KEY, startApi } from './support/api.js';

describe('response validation', () => {
  it('turns a response that would break the contract into a 500 problem', async (t) => {
    // A store bug (or a schema change nobody documented) produces a task the description does not allow.
    const store = new TaskStore();
    const task = store.create({ title: 'Archived by a bug' });
    t.mock.method(store, 'get', () => ({ ...task, status: 'archived' }));
    t.mock.method(console, 'error', () => {});
    const api = await startApi({ store });

    // Plain fetch: the contract-checking client would (rightly) reject the undocumented 500.
    const response = await fetch(`${api.origin}/v1/tasks/${task.id}`, { headers: { authorization: `Bearer ${API_KEY}` } });
    const text = await response.text();

    assert.equal(response.status, 500);
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    assert.equal(JSON.parse(text).title, 'Internal Server Error');
    assert.doesNotMatch(text, /archived/);
  });
});
