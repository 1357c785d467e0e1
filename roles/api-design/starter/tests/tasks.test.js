import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { startApi } from './support/api.js';

const MERGE_PATCH = 'application/merge-patch+json';

describe('tasks', () => {
  it('creates, reads, updates and deletes a task', async () => {
    const api = await startApi();
    const created = await api.request('POST', '/v1/tasks', { body: { title: 'Design the API', assignee: 'ada' } });
    assert.equal(created.status, 201);
    assert.deepEqual(
      { ...created.body, id: undefined, createdAt: undefined, updatedAt: undefined },
      { id: undefined, title: 'Design the API', status: 'todo', assignee: 'ada', dueDate: null, createdAt: undefined, updatedAt: undefined },
    );
    assert.equal(created.headers.get('location'), `/v1/tasks/${created.body.id}`);

    const fetched = await api.request('GET', created.headers.get('location'));
    assert.deepEqual(fetched.body, created.body);

    const patched = await api.request('PATCH', `/v1/tasks/${created.body.id}`, {
      body: { status: 'in_progress', assignee: null },
      contentType: MERGE_PATCH,
    });
    assert.equal(patched.body.status, 'in_progress');
    assert.equal(patched.body.assignee, null, 'null in a merge patch clears the field');
    assert.equal(patched.body.title, 'Design the API', 'absent fields are left alone');

    assert.equal((await api.request('DELETE', `/v1/tasks/${created.body.id}`)).status, 204);
    assert.equal((await api.request('GET', `/v1/tasks/${created.body.id}`)).status, 404);
  });

  it('pages through a collection with an opaque cursor and a Link header', async () => {
    const api = await startApi();
    const titles = ['one', 'two', 'three', 'four', 'five'];
    for (const title of titles) await api.request('POST', '/v1/tasks', { body: { title } });

    const first = await api.request('GET', '/v1/tasks?limit=2');
    assert.deepEqual(first.body.data.map((t) => t.title), ['one', 'two']);
    assert.match(first.headers.get('link'), /^<\/v1\/tasks\?limit=2&cursor=[\w-]+>; rel="next"$/);

    // Deleting an item already seen must not make the next page skip or repeat anything.
    await api.request('DELETE', `/v1/tasks/${first.body.data[0].id}`);

    const second = await api.request('GET', `/v1/tasks?limit=2&cursor=${first.body.nextCursor}`);
    assert.deepEqual(second.body.data.map((t) => t.title), ['three', 'four']);

    const next = second.headers.get('link').match(/^<([^>]+)>/)[1];
    const last = await api.request('GET', next);
    assert.deepEqual(last.body.data.map((t) => t.title), ['five']);
    assert.equal(last.body.nextCursor, null);
    assert.equal(last.headers.get('link'), null);
  });

  it('defaults the page size to 20', async () => {
    const api = await startApi();
    for (let i = 1; i <= 21; i++) await api.request('POST', '/v1/tasks', { body: { title: `task ${i}` } });

    const page = await api.request('GET', '/v1/tasks');
    assert.equal(page.body.data.length, 20);
    assert.notEqual(page.body.nextCursor, null);
  });

  it('filters by status and assignee', async () => {
    const api = await startApi();
    await api.request('POST', '/v1/tasks', { body: { title: 'a', status: 'done', assignee: 'ada' } });
    await api.request('POST', '/v1/tasks', { body: { title: 'b', status: 'todo', assignee: 'ada' } });
    await api.request('POST', '/v1/tasks', { body: { title: 'c', status: 'done', assignee: 'grace' } });

    const titles = async (query) => (await api.request('GET', `/v1/tasks?${query}`)).body.data.map((t) => t.title);
    assert.deepEqual(await titles('status=done'), ['a', 'c']);
    assert.deepEqual(await titles('assignee=ada'), ['a', 'b']);
    assert.deepEqual(await titles('status=done&assignee=ada'), ['a']);
  });

  it('answers 400 with a problem pointing at each invalid part of the request', async () => {
    const api = await startApi();

    const badBody = await api.request('POST', '/v1/tasks', { body: { title: 'x', dueDate: 'tomorrow' } });
    assert.equal(badBody.body.type, '/problems/invalid-request');
    assert.deepEqual(badBody.body.errors.map((e) => e.pointer), ['/dueDate']);

    const badCursor = await api.request('GET', '/v1/tasks?cursor=not-a-cursor');
    assert.equal(badCursor.status, 400);
    assert.deepEqual(badCursor.body.errors.map((e) => e.parameter), ['cursor']);

    const unknownParameter = await api.request('GET', '/v1/tasks?sort=title');
    assert.equal(unknownParameter.status, 400);
    assert.deepEqual(unknownParameter.body.errors.map((e) => e.parameter), ['sort']);
  });
});
