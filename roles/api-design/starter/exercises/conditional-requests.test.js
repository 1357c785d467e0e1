// Check for the exercise "No lost updates": strong ETags, If-None-Match, and If-Match required on PATCH and DELETE.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MERGE_PATCH, answer, contractOf, createTask, sharedApi } from './support/api.js';

const STRONG_ETAG = /^"[\x21\x23-\x7e]*"$/;

describe('ETags', () => {
  it('POST, GET and PATCH of a task send a strong ETag that changes with every update', async () => {
    const api = await sharedApi();
    const created = await api.request('POST', '/v1/tasks', { body: { title: 'Tag me' } });
    const etag = created.headers.get('etag');
    assert.ok(etag, `POST /v1/tasks should send an ETag header; got ${answer(created)}`);
    assert.match(etag, STRONG_ETAG, `the ETag should be strong, a quoted value such as "3" (Express's own are weak, W/"…", and never match If-Match); got ${etag}`);

    const path = `/v1/tasks/${created.body.id}`;
    const read = await api.request('GET', path);
    assert.equal(read.headers.get('etag'), etag, 'GET of an unchanged task should send the same ETag as POST did');

    const patched = await api.request('PATCH', path, { body: { title: 'Tagged' }, contentType: MERGE_PATCH, headers: { 'if-match': etag } });
    assert.equal(patched.status, 200, `PATCH with If-Match: <the current ETag> should answer 200; got ${answer(patched)}`);
    const newEtag = patched.headers.get('etag');
    assert.match(newEtag ?? '', STRONG_ETAG, `PATCH should send the task's new strong ETag; got ${newEtag}`);
    assert.notEqual(newEtag, etag, 'the ETag should change when the task changes');
    assert.equal((await api.request('GET', path)).headers.get('etag'), newEtag, 'GET after the PATCH should send the new ETag');
  });

  it('GET with a matching If-None-Match answers 304 Not Modified without a body', async () => {
    const api = await sharedApi();
    const task = await createTask(api);
    const path = `/v1/tasks/${task.id}`;
    const { headers } = await api.request('GET', path);
    const etag = headers.get('etag') ?? '';
    assert.match(etag, STRONG_ETAG, `GET ${path} should send a strong ETag; got ${etag}`);

    const notModified = await api.request('GET', path, { headers: { 'if-none-match': etag } });
    assert.equal(notModified.status, 304, `GET with If-None-Match: ${etag} should answer 304; got ${answer(notModified)}`);
    assert.equal(notModified.headers.get('etag'), etag, 'a 304 should repeat the ETag');

    const changed = await api.request('GET', path, { headers: { 'if-none-match': '"an-old-version"' } });
    assert.equal(changed.status, 200, `GET with an If-None-Match that does not match should answer 200; got ${answer(changed)}`);
  });
});

describe('If-Match on PATCH and DELETE', () => {
  for (const method of ['PATCH', 'DELETE']) {
    it(`${method} without If-Match answers 428 precondition-required and changes nothing`, async () => {
      const api = await sharedApi();
      const task = await createTask(api, { title: 'Keep me' });
      const path = `/v1/tasks/${task.id}`;
      const body = method === 'PATCH' ? { title: 'Overwritten' } : undefined;
      const refused = await api.request(method, path, { body, contentType: MERGE_PATCH });
      assert.equal(refused.status, 428, `${method} ${path} without If-Match should answer 428 Precondition Required; got ${answer(refused)}`);
      assert.equal(refused.headers.get('content-type')?.split(';')[0], 'application/problem+json', 'the 428 should be a problem');
      assert.equal(refused.body.type, '/problems/precondition-required', `the 428 problem's type should be "/problems/precondition-required"; got ${answer(refused)}`);
      const after = await api.request('GET', path);
      assert.equal(after.status, 200, `the task should still exist after a refused ${method}; got ${answer(after)}`);
      assert.equal(after.body.title, 'Keep me', `a refused ${method} must not change the task`);
    });

    it(`${method} with a stale ETag answers 412 precondition-failed and changes nothing`, async () => {
      const api = await sharedApi();
      const task = await createTask(api, { title: 'Version 1' });
      const path = `/v1/tasks/${task.id}`;
      const stale = (await api.request('GET', path)).headers.get('etag') ?? '"none"';
      const update = await api.request('PATCH', path, { body: { title: 'Version 2' }, contentType: MERGE_PATCH, headers: { 'if-match': stale } });
      assert.equal(update.status, 200, `PATCH with If-Match: <the current ETag> should answer 200; got ${answer(update)}`);

      const body = method === 'PATCH' ? { title: 'Lost update' } : undefined;
      const refused = await api.request(method, path, { body, contentType: MERGE_PATCH, headers: { 'if-match': stale } });
      assert.equal(refused.status, 412, `${method} with the ETag from before the last update should answer 412 Precondition Failed; got ${answer(refused)}`);
      assert.equal(refused.body.type, '/problems/precondition-failed', `the 412 problem's type should be "/problems/precondition-failed"; got ${answer(refused)}`);
      const after = await api.request('GET', path);
      assert.equal(after.body?.title, 'Version 2', `a refused ${method} must not change the task; got ${answer(after)}`);
    });
  }

  it('DELETE with the current ETag answers 204, and a missing task is still 404', async () => {
    const api = await sharedApi();
    const task = await createTask(api);
    const path = `/v1/tasks/${task.id}`;
    const etag = (await api.request('GET', path)).headers.get('etag') ?? '';
    const deleted = await api.request('DELETE', path, { headers: { 'if-match': etag } });
    assert.equal(deleted.status, 204, `DELETE with If-Match: <the current ETag> should answer 204; got ${answer(deleted)}`);
    const missing = await api.request('DELETE', path, { headers: { 'if-match': etag } });
    assert.equal(missing.status, 404, `DELETE of a task that no longer exists should answer 404; got ${answer(missing)}`);
  });
});

describe('openapi.yaml', () => {
  const operation = (doc, path, method) => doc.paths?.[path]?.[method];
  const headerParameters = (contract, path, method) =>
    [...(contract.doc.paths[path].parameters ?? []), ...(operation(contract.doc, path, method).parameters ?? [])]
      .map((p) => contract.deref(p))
      .filter((p) => p.in === 'header');

  it('documents If-Match, If-None-Match, ETag and the 304, 412 and 428 responses', () => {
    const contract = contractOf('openapi.yaml');
    for (const method of ['patch', 'delete']) {
      const ifMatch = headerParameters(contract, '/tasks/{taskId}', method).find((p) => p.name.toLowerCase() === 'if-match');
      assert.ok(ifMatch, `${method.toUpperCase()} /tasks/{taskId} should document an If-Match header parameter`);
      assert.notEqual(ifMatch.required, true, `If-Match must not be "required: true": the validator would then answer 400 before your code can answer 428`);
      for (const status of ['412', '428'])
        assert.ok(operation(contract.doc, '/tasks/{taskId}', method).responses[status], `${method.toUpperCase()} /tasks/{taskId} should document a ${status} response`);
    }
    const ifNoneMatch = headerParameters(contract, '/tasks/{taskId}', 'get').find((p) => p.name.toLowerCase() === 'if-none-match');
    assert.ok(ifNoneMatch, 'GET /tasks/{taskId} should document an If-None-Match header parameter');
    assert.ok(operation(contract.doc, '/tasks/{taskId}', 'get').responses['304'], 'GET /tasks/{taskId} should document a 304 response');
    for (const [path, method, status] of [['/tasks', 'post', '201'], ['/tasks/{taskId}', 'get', '200'], ['/tasks/{taskId}', 'patch', '200']]) {
      const headers = contract.deref(operation(contract.doc, path, method).responses[status]).headers ?? {};
      assert.ok(Object.keys(headers).some((h) => h.toLowerCase() === 'etag'), `the ${status} response of ${method.toUpperCase()} ${path} should document its ETag header`);
    }
  });
});
