// Check for the exercise "Projects own tasks": a projects collection and the nested collection of its tasks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { answer, changeTask, contractOf, createTask, linkTo, sharedApi } from './support/api.js';

const PROJECT_ID = /^prj_[0-9a-f]{12}$/;

async function createProject(api, name) {
  const created = await api.request('POST', '/v1/projects', { body: { name } });
  assert.equal(created.status, 201, `POST /v1/projects {"name": "${name}"} should answer 201; got ${answer(created)}`);
  return created;
}

async function addTask(api, projectId, fields) {
  const created = await api.request('POST', `/v1/projects/${projectId}/tasks`, { body: fields });
  assert.equal(created.status, 201, `POST /v1/projects/${projectId}/tasks should answer 201; got ${answer(created)}`);
  return created;
}

describe('projects', () => {
  it('POST /v1/projects creates a project that GET reads back', async () => {
    const api = await sharedApi();
    const created = await createProject(api, 'Launch');
    assert.match(created.body.id ?? '', PROJECT_ID, `a project id looks like "prj_" and 12 hex digits; got ${answer(created)}`);
    assert.equal(created.body.name, 'Launch');
    assert.equal(created.headers.get('location'), `/v1/projects/${created.body.id}`, 'the 201 should have Location: /v1/projects/{projectId}');
    const read = await api.request('GET', `/v1/projects/${created.body.id}`);
    assert.equal(read.status, 200, `GET /v1/projects/{projectId} should answer 200; got ${answer(read)}`);
    assert.deepEqual(read.body, created.body, 'GET should return the project as POST did');
  });

  it('GET /v1/projects pages through the projects with a cursor and a Link header, oldest first', async () => {
    const api = await sharedApi();
    const before = new Set();
    for (let page = await api.request('GET', '/v1/projects?limit=100'); ; ) {
      assert.equal(page.status, 200, `GET /v1/projects should answer 200; got ${answer(page)}`);
      for (const project of page.body.data) before.add(project.id);
      if (page.body.nextCursor === null) break;
      page = await api.request('GET', `/v1/projects?limit=100&cursor=${page.body.nextCursor}`);
    }
    const names = ['Alpha', 'Beta', 'Gamma'];
    for (const name of names) await createProject(api, name);

    const seen = [];
    let next = '/v1/projects?limit=2';
    for (let pages = 0; next && pages < 100; pages++) {
      const page = await api.request('GET', next);
      assert.equal(page.status, 200, `GET ${next} should answer 200; got ${answer(page)}`);
      assert.ok(page.body.data.length <= 2, `?limit=2 should return at most 2 projects; got ${page.body.data.length}`);
      seen.push(...page.body.data.filter((p) => !before.has(p.id)).map((p) => p.name));
      const link = linkTo(page.headers, 'next');
      if (page.body.nextCursor === null) {
        assert.equal(link, undefined, 'the last page should have no Link rel="next"');
        next = '';
      } else {
        assert.ok(link?.startsWith('/v1/projects?'), `a page with a nextCursor should have Link: </v1/projects?…>; rel="next"; got ${page.headers.get('link')}`);
        next = link;
      }
    }
    assert.deepEqual(seen, names, 'following the pages should list every new project once, oldest first');
  });

  it('unknown projects are 404 problems, malformed ids 400', async () => {
    const api = await sharedApi();
    const missing = '/v1/projects/prj_000000000000';
    for (const [method, path, body] of [['GET', missing], ['DELETE', missing], ['GET', `${missing}/tasks`], ['POST', `${missing}/tasks`, { title: 'Orphan' }]]) {
      const response = await api.request(method, path, { body });
      assert.equal(response.status, 404, `${method} ${path} should answer 404; got ${answer(response)}`);
    }
    const malformed = await api.request('GET', '/v1/projects/not-a-project');
    assert.equal(malformed.status, 400, `GET /v1/projects/not-a-project should answer 400 (the id does not match the description); got ${answer(malformed)}`);
  });
});

describe("a project's tasks", () => {
  it('are created under /v1/projects/{projectId}/tasks and carry their projectId', async () => {
    const api = await sharedApi();
    const { body: project } = await createProject(api, 'Nested');
    const created = await addTask(api, project.id, { title: 'Inside' });
    assert.equal(created.body.projectId, project.id, `a task created in a project should have "projectId": "${project.id}"; got ${answer(created)}`);
    assert.equal(created.headers.get('location'), `/v1/tasks/${created.body.id}`, "the 201's Location should be the task's own URL, /v1/tasks/{taskId}");
    const read = await api.request('GET', `/v1/tasks/${created.body.id}`);
    assert.equal(read.body?.projectId, project.id, `GET /v1/tasks/{taskId} should show the task's projectId; got ${answer(read)}`);

    const loose = await createTask(api, { title: 'Outside' });
    assert.equal(loose.projectId, null, `a task created with POST /v1/tasks belongs to no project: "projectId": null; got ${JSON.stringify(loose)}`);
  });

  it('are listed in pages, with the same filters as /v1/tasks, and only the project\'s own', async () => {
    const api = await sharedApi();
    const { body: project } = await createProject(api, 'Listed');
    const { body: other } = await createProject(api, 'Other');
    await addTask(api, other.id, { title: 'Not mine' });
    await createTask(api, { title: 'In no project' });
    for (const [title, status] of [['one', 'todo'], ['two', 'done'], ['three', 'done']]) await addTask(api, project.id, { title, status });

    const path = `/v1/projects/${project.id}/tasks`;
    const first = await api.request('GET', `${path}?limit=2`);
    assert.equal(first.status, 200, `GET ${path}?limit=2 should answer 200; got ${answer(first)}`);
    assert.deepEqual(first.body.data.map((t) => t.title), ['one', 'two'], `the first page should hold the project's two oldest tasks; got ${answer(first)}`);
    const next = linkTo(first.headers, 'next');
    assert.ok(next?.startsWith(`${path}?`), `the page should have Link: <${path}?…>; rel="next"; got ${first.headers.get('link')}`);
    const second = await api.request('GET', next);
    assert.deepEqual(second.body.data.map((t) => t.title), ['three'], `the next page should hold the third task only; got ${answer(second)}`);
    assert.equal(second.body.nextCursor, null, 'the last page should have "nextCursor": null');

    const done = await api.request('GET', `${path}?status=done`);
    assert.deepEqual(done.body.data.map((t) => t.title), ['two', 'three'], `?status=done should filter the project's tasks; got ${answer(done)}`);
  });
});

describe('deleting a project', () => {
  it('answers 409 project-not-empty while it has tasks, and 204 once it has none', async () => {
    const api = await sharedApi();
    const { body: project } = await createProject(api, 'Short-lived');
    const { body: task } = await addTask(api, project.id, { title: 'Blocker' });
    const path = `/v1/projects/${project.id}`;

    const refused = await api.request('DELETE', path);
    assert.equal(refused.status, 409, `DELETE of a project that still has tasks should answer 409 Conflict; got ${answer(refused)}`);
    assert.equal(refused.body.type, '/problems/project-not-empty', `the 409 problem's type should be "/problems/project-not-empty"; got ${answer(refused)}`);
    assert.equal((await api.request('GET', `/v1/tasks/${task.id}`)).status, 200, 'a refused DELETE must not delete the tasks');

    const removed = await changeTask(api, 'DELETE', `/v1/tasks/${task.id}`);
    assert.equal(removed.status, 204, `deleting the project's task should answer 204; got ${answer(removed)}`);
    const deleted = await api.request('DELETE', path);
    assert.equal(deleted.status, 204, `DELETE of an empty project should answer 204; got ${answer(deleted)}`);
    assert.equal((await api.request('GET', path)).status, 404, 'a deleted project should be gone');
  });
});

describe('openapi.yaml', () => {
  it('describes the projects, their tasks and the 409', () => {
    const { doc } = contractOf('openapi.yaml');
    const expected = {
      '/projects': ['get', 'post'],
      '/projects/{projectId}': ['get', 'delete'],
      '/projects/{projectId}/tasks': ['get', 'post'],
    };
    for (const [path, methods] of Object.entries(expected))
      for (const method of methods) assert.ok(doc.paths?.[path]?.[method], `openapi.yaml should describe ${method.toUpperCase()} ${path}`);
    assert.ok(doc.paths['/projects/{projectId}'].delete.responses?.['409'], 'DELETE /projects/{projectId} should document its 409 response');
    assert.ok(doc.components?.schemas?.Task?.properties?.projectId, 'the Task schema should have a projectId property');
  });
});
