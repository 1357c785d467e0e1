// Check of the exercise "Refuse lost updates" (README): ETags on tasks, If-Match required on PATCH and DELETE, and
// a version check that holds when two requests race (the last test slows the repository down to make them overlap).
import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { exerciseApp, sleep } from './helpers.js';

type App = ReturnType<typeof exerciseApp>['app'];

/** The repository with every method delayed, as a database round trip would be. */
function slow<T extends object>(repository: T, ms = 30): T {
  return new Proxy(repository, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        await sleep(ms);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

describe('ETag and If-Match on /tasks/:id', () => {
  let app: App;
  let alice: string;
  let bob: string;

  async function setup(tasks = new InMemoryTaskRepository()) {
    const built = exerciseApp({ tasks });
    app = built.app;
    alice = await built.bearer('alice');
    bob = await built.bearer('bob');
  }

  async function createTask(title = 'draft') {
    const res = await request(app).post('/tasks').set('Authorization', alice).send({ title });
    expect(res.status, `POST /tasks should answer 201; got ${res.status}`).toBe(201);
    const etag = res.headers.etag;
    expect(etag, 'POST /tasks should answer the new task with an ETag header').toBeDefined();
    return { id: (res.body as { id: string }).id, etag: String(etag) };
  }

  beforeEach(async () => {
    await setup();
  });

  it('sends a strong ETag with a task on POST and GET', async () => {
    const { id, etag } = await createTask();
    expect(etag, `an ETag should be a strong, quoted value such as "1"; got ${etag}`).toMatch(/^"[^"]+"$/);
    const got = await request(app).get(`/tasks/${id}`).set('Authorization', alice);
    expect(got.headers.etag, 'GET /tasks/:id should send the same ETag as the POST that created the task').toBe(etag);
  });

  it('changes the ETag with every update', async () => {
    const { id, etag } = await createTask();
    const patched = await request(app).patch(`/tasks/${id}`).set('Authorization', alice).set('If-Match', etag).send({ done: true });
    expect(patched.status, `PATCH with If-Match: <current ETag> should answer 200; got ${patched.status} ${JSON.stringify(patched.body)}`).toBe(200);
    expect(patched.headers.etag, 'PATCH should answer the updated task with its new ETag').toBeDefined();
    expect(patched.headers.etag, 'the ETag should change when the task changes').not.toBe(etag);
    const got = await request(app).get(`/tasks/${id}`).set('Authorization', alice);
    expect(got.headers.etag, 'GET after a PATCH should send the ETag the PATCH answered').toBe(patched.headers.etag);
  });

  it('answers 428 precondition_required to PATCH and DELETE without If-Match', async () => {
    const { id } = await createTask();
    const patched = await request(app).patch(`/tasks/${id}`).set('Authorization', alice).send({ done: true });
    expect(patched.status, `PATCH /tasks/:id without If-Match should answer 428; got ${patched.status}`).toBe(428);
    expect(patched.body, 'the 428 should have the error body {"error":{"code":"precondition_required",...}}').toMatchObject({ error: { code: 'precondition_required' } });
    const deleted = await request(app).delete(`/tasks/${id}`).set('Authorization', alice);
    expect(deleted.status, `DELETE /tasks/:id without If-Match should answer 428; got ${deleted.status}`).toBe(428);
    const got = await request(app).get(`/tasks/${id}`).set('Authorization', alice);
    expect(got.body, 'a refused PATCH or DELETE must change nothing').toMatchObject({ id, done: false });
  });

  it('answers 412 precondition_failed to a stale ETag and changes nothing', async () => {
    const { id, etag: first } = await createTask();
    const renamed = await request(app).patch(`/tasks/${id}`).set('Authorization', alice).set('If-Match', first).send({ title: 'mine' });
    expect(renamed.status, `PATCH with the current ETag should answer 200; got ${renamed.status}`).toBe(200);

    const stale = await request(app).patch(`/tasks/${id}`).set('Authorization', alice).set('If-Match', first).send({ title: 'lost update' });
    expect(stale.status, `PATCH with an ETag from before the last change should answer 412; got ${stale.status}`).toBe(412);
    expect(stale.body, 'the 412 should have the error body {"error":{"code":"precondition_failed",...}}').toMatchObject({ error: { code: 'precondition_failed' } });
    const staleDelete = await request(app).delete(`/tasks/${id}`).set('Authorization', alice).set('If-Match', first);
    expect(staleDelete.status, `DELETE with a stale ETag should answer 412; got ${staleDelete.status}`).toBe(412);

    const got = await request(app).get(`/tasks/${id}`).set('Authorization', alice);
    expect(got.body, 'a stale PATCH must not change the task').toMatchObject({ title: 'mine' });
    const deleted = await request(app).delete(`/tasks/${id}`).set('Authorization', alice).set('If-Match', String(got.headers.etag));
    expect(deleted.status, `DELETE with the current ETag should answer 204; got ${deleted.status}`).toBe(204);
  });

  it('still answers 404 for another user’s task and 400 for an invalid body', async () => {
    const { id, etag } = await createTask();
    const hidden = await request(app).patch(`/tasks/${id}`).set('Authorization', bob).set('If-Match', etag).send({ done: true });
    expect(hidden.status, `bob’s PATCH of alice’s task should still answer 404; got ${hidden.status}`).toBe(404);
    const invalid = await request(app).patch(`/tasks/${id}`).set('Authorization', alice).set('If-Match', etag).send({ done: 'yes' });
    expect(invalid.status, `a PATCH with an invalid body should still answer 400; got ${invalid.status}`).toBe(400);
  });

  it('lets only one of two simultaneous updates with the same ETag through', async () => {
    await setup(slow(new InMemoryTaskRepository()));
    const { id, etag } = await createTask();
    const patch = (title: string) => request(app).patch(`/tasks/${id}`).set('Authorization', alice).set('If-Match', etag).send({ title });
    const [a, b] = await Promise.all([patch('from tab A'), patch('from tab B')]);
    const statuses = [a.status, b.status].sort();
    expect(
      statuses,
      `two PATCHes sent at once with the same If-Match should give one 200 and one 412; got ${statuses.join(' and ')}. ` +
        'Compare the version inside the repository’s update, in the same step that writes (in SQL: UPDATE … WHERE id = $1 AND version = $2)',
    ).toEqual([200, 412]);
  });
});
