// Check for the exercise "Version 2 beside version 1": /v2 described by openapi.v2.yaml, one store behind both
// versions, and /v1 announcing its deprecation and sunset.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { KEY, answer, changeTask, contractOf, linkTo, sharedApi } from './support/api.js';

const DAY_MS = 24 * 60 * 60 * 1000;

async function createV2Task(api, fields) {
  const created = await api.request('POST', '/v2/tasks', { body: { title: 'A v2 task', ...fields } });
  assert.equal(created.status, 201, `POST /v2/tasks should answer 201; got ${answer(created)}`);
  return created;
}

describe('/v2', () => {
  it('openapi.v2.yaml describes /v2 in OpenAPI 3.1, and the server serves it', async () => {
    const { doc } = contractOf('openapi.v2.yaml');
    assert.match(String(doc.openapi), /^3\.1\./, 'openapi.v2.yaml should be OpenAPI 3.1');
    assert.equal(doc.servers?.[0]?.url, '/v2', 'the first server of openapi.v2.yaml should be "/v2"');
    const api = await sharedApi();
    const served = await fetch(`${api.origin}/openapi.v2.yaml`);
    assert.equal(served.status, 200, `GET /openapi.v2.yaml should answer 200; got ${served.status}`);
    assert.equal(await served.text(), readFileSync('openapi.v2.yaml', 'utf8'), 'GET /openapi.v2.yaml should serve the file');
  });

  it('creates, reads, updates, lists and deletes tasks with assignees', async () => {
    const api = await sharedApi();
    const created = await createV2Task(api, { title: 'Pair on it', assignees: ['ada', 'grace'] });
    assert.deepEqual(created.body.assignees, ['ada', 'grace'], `a v2 task should have "assignees"; got ${answer(created)}`);
    assert.ok(!('assignee' in created.body), `a v2 task has no "assignee" field; got ${answer(created)}`);
    assert.equal(created.headers.get('location'), `/v2/tasks/${created.body.id}`, 'the 201 should have Location: /v2/tasks/{taskId}');

    const path = `/v2/tasks/${created.body.id}`;
    const read = await api.request('GET', path);
    assert.deepEqual(read.body?.assignees, ['ada', 'grace'], `GET ${path} should return the task; got ${answer(read)}`);

    const patched = await changeTask(api, 'PATCH', path, { assignees: ['grace'] });
    assert.equal(patched.status, 200, `PATCH ${path} {"assignees": ["grace"]} should answer 200; got ${answer(patched)}`);
    assert.deepEqual(patched.body.assignees, ['grace']);

    const listed = await api.request('GET', '/v2/tasks?assignee=grace&limit=100');
    assert.equal(listed.status, 200, `GET /v2/tasks?assignee=grace should answer 200; got ${answer(listed)}`);
    assert.ok(listed.body.data.some((t) => t.id === created.body.id), `?assignee=grace should find a task whose assignees include grace; got ${answer(listed)}`);

    const deleted = await changeTask(api, 'DELETE', path);
    assert.equal(deleted.status, 204, `DELETE ${path} should answer 204; got ${answer(deleted)}`);
  });

  it('validates /v2 requests against openapi.v2.yaml', async () => {
    const api = await sharedApi();
    const old = await api.request('POST', '/v2/tasks', { body: { title: 'Old style', assignee: 'ada' } });
    assert.equal(old.status, 400, `POST /v2/tasks with the v1 field "assignee" should answer 400; got ${answer(old)}`);
    const twice = await api.request('POST', '/v2/tasks', { body: { title: 'Twice', assignees: ['ada', 'ada'] } });
    assert.equal(twice.status, 400, `"assignees" should not repeat a person (uniqueItems): expected 400; got ${answer(twice)}`);
  });
});

describe('one store behind both versions', () => {
  it('shows a task created in either version in the other one', async () => {
    const api = await sharedApi();
    const fromV1 = await api.request('POST', '/v1/tasks', { body: { title: 'Made in v1', assignee: 'ada' } });
    assert.equal(fromV1.status, 201, `POST /v1/tasks should answer 201; got ${answer(fromV1)}`);
    const inV2 = await api.request('GET', `/v2/tasks/${fromV1.body.id}`);
    assert.equal(inV2.status, 200, `a task created in v1 should be readable in v2; got ${answer(inV2)}`);
    assert.deepEqual(inV2.body.assignees, ['ada'], `v1's "assignee": "ada" is "assignees": ["ada"] in v2; got ${answer(inV2)}`);
    assert.equal(inV2.body.title, 'Made in v1');

    const pair = await createV2Task(api, { assignees: ['grace', 'ada'] });
    const inV1 = await api.request('GET', `/v1/tasks/${pair.body.id}`);
    assert.equal(inV1.status, 200, `a task created in v2 should be readable in v1; got ${answer(inV1)}`);
    assert.equal(inV1.body.assignee, 'grace', `in v1, "assignee" is the first of the v2 assignees; got ${answer(inV1)}`);
    assert.ok(!('assignees' in inV1.body), 'v1 keeps its contract: no "assignees" field');

    const nobody = await createV2Task(api, { assignees: [] });
    assert.equal((await api.request('GET', `/v1/tasks/${nobody.body.id}`)).body?.assignee, null, 'a v2 task with no assignees has "assignee": null in v1');

    const filtered = await api.request('GET', '/v1/tasks?assignee=ada&limit=100');
    assert.ok(filtered.body.data.some((t) => t.id === pair.body.id), 'the v1 filter ?assignee=ada should find a task whose assignees include ada');

    const reassigned = await changeTask(api, 'PATCH', `/v1/tasks/${pair.body.id}`, { assignee: 'linus' });
    assert.equal(reassigned.status, 200, `PATCH /v1/tasks/{taskId} should answer 200; got ${answer(reassigned)}`);
    const after = await api.request('GET', `/v2/tasks/${pair.body.id}`);
    assert.deepEqual(after.body?.assignees, ['linus'], `setting "assignee" in v1 replaces the assignees with that one person; got ${answer(after)}`);
  });
});

describe('v1 is deprecated', () => {
  function checkAnnounced(response, what) {
    const deprecation = response.headers.get('deprecation');
    assert.match(deprecation ?? '', /^@\d+$/, `${what} should carry Deprecation: @<unix seconds> (RFC 9745); got ${deprecation}`);
    const sunset = Date.parse(response.headers.get('sunset') ?? '');
    assert.ok(!Number.isNaN(sunset), `${what} should carry Sunset: <HTTP date> (RFC 8594); got ${response.headers.get('sunset')}`);
    const deprecatedAt = Number(deprecation.slice(1)) * 1000;
    assert.ok(sunset - deprecatedAt >= 180 * DAY_MS, 'the Sunset should be at least 180 days after the Deprecation date: clients need time to move');
    assert.equal(linkTo(response.headers, 'successor-version'), '/openapi.v2.yaml', `${what} should link to the successor: Link: </openapi.v2.yaml>; rel="successor-version"; got ${response.headers.get('link')}`);
    assert.ok(linkTo(response.headers, 'deprecation'), `${what} should link to a migration note with rel="deprecation"; got ${response.headers.get('link')}`);
    return new Date(sunset);
  }

  it('every /v1 response announces Deprecation, Sunset and the successor version, errors too', async () => {
    const api = await sharedApi();
    checkAnnounced(await api.request('GET', '/v1/tasks'), 'GET /v1/tasks');
    checkAnnounced(await api.request('POST', '/v1/tasks', { body: { title: 'Still v1' } }), 'POST /v1/tasks');
    checkAnnounced(await api.request('GET', '/v1/tasks/tsk_000000000000'), 'a 404 from /v1');
    checkAnnounced(await api.request('GET', '/v1/tasks', { apiKey: null }), 'a 401 from /v1');
    const v2 = await api.request('GET', '/v2/tasks');
    assert.equal(v2.headers.get('deprecation'), null, '/v2 is not deprecated: no Deprecation header there');
    assert.equal(v2.headers.get('sunset'), null, '/v2 has no Sunset header');
  });

  it('openapi.yaml marks every operation deprecated and states the sunset date', async () => {
    const api = await sharedApi();
    const sunset = checkAnnounced(await api.request('GET', '/v1/tasks', { headers: { authorization: `Bearer ${KEY}` } }), 'GET /v1/tasks');
    const { doc } = contractOf('openapi.yaml');
    for (const [path, item] of Object.entries(doc.paths))
      for (const method of ['get', 'post', 'put', 'patch', 'delete'])
        if (item[method]) assert.equal(item[method].deprecated, true, `${method.toUpperCase()} ${path} in openapi.yaml should be "deprecated: true"`);
    const date = sunset.toISOString().slice(0, 10);
    assert.ok((doc.info?.description ?? '').includes(date), `info.description of openapi.yaml should state the sunset date, ${date}`);
  });
});
