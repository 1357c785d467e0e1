// Check of the exercise "Make POST /tasks safe to retry" (README): Idempotency-Key remembers the first answer per
// user and key, and a retry gets that answer instead of creating a second task.
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { exerciseApp, sleep } from './helpers.js';

type App = ReturnType<typeof exerciseApp>['app'];

async function setup(tasks: object = new InMemoryTaskRepository()) {
  const { app, bearer } = exerciseApp({ tasks });
  return { app, alice: await bearer('alice'), bob: await bearer('bob') };
}

function post(app: App, as: string, body: object, key?: string) {
  const req = request(app).post('/tasks').set('Authorization', as);
  if (key !== undefined) void req.set('Idempotency-Key', key);
  return req.send(body);
}

async function taskCount(app: App, as: string) {
  const res = await request(app).get('/tasks').set('Authorization', as);
  return (res.body as { items: unknown[] }).items.length;
}

/** The repository with `create` changed by `wrap`; everything else as it is. */
function withCreate(repository: InMemoryTaskRepository, wrap: (create: () => Promise<unknown>, call: number) => Promise<unknown>) {
  let calls = 0;
  return new Proxy(repository, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = (...args: unknown[]) => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      return property === 'create' ? (...args: unknown[]) => wrap(() => method(...args), ++calls) : method;
    },
  });
}

describe('POST /tasks with an Idempotency-Key header', () => {
  it('answers a retry with the first response, without creating a second task', async () => {
    const { app, alice } = await setup();
    const first = await post(app, alice, { title: 'pay rent' }, 'key-1');
    const retry = await post(app, alice, { title: 'pay rent' }, 'key-1');
    expect(first.status, `the first POST should answer 201; got ${first.status}`).toBe(201);
    expect(retry.status, `a retry with the same Idempotency-Key should answer the first status, 201; got ${retry.status}`).toBe(201);
    expect(retry.body, 'a retry with the same Idempotency-Key should answer the same task (same id) as the first POST').toEqual(first.body);
    expect(retry.headers.location, 'a retry should answer the same Location header').toBe(first.headers.location);
    expect(retry.headers['idempotent-replayed'], 'a replayed answer should carry the header Idempotent-Replayed: true').toBe('true');
    expect(first.headers['idempotent-replayed'], 'the first answer is not a replay: no Idempotent-Replayed header').toBeUndefined();
    expect(await taskCount(app, alice), 'two POSTs with the same Idempotency-Key should create one task').toBe(1);
  });

  it('creates a task per request without a key, and per distinct key', async () => {
    const { app, alice } = await setup();
    await post(app, alice, { title: 'same' });
    await post(app, alice, { title: 'same' });
    await post(app, alice, { title: 'same' }, 'key-a');
    await post(app, alice, { title: 'same' }, 'key-b');
    expect(await taskCount(app, alice), 'two POSTs without a key and two with different keys should create 4 tasks').toBe(4);
  });

  it('keeps each user’s keys apart', async () => {
    const { app, alice, bob } = await setup();
    const hers = await post(app, alice, { title: 'shared key' }, 'key-1');
    const his = await post(app, bob, { title: 'shared key' }, 'key-1');
    expect(his.status, `bob’s POST with the key alice used should create his own task (201); got ${his.status}`).toBe(201);
    expect(his.body, 'bob must never get alice’s task back because they chose the same key').toMatchObject({ ownerId: 'bob' });
    expect((his.body as { id: string }).id).not.toBe((hers.body as { id: string }).id);
  });

  it('answers 422 idempotency_key_reused when the same key comes with another body', async () => {
    const { app, alice } = await setup();
    await post(app, alice, { title: 'first' }, 'key-1');
    const reused = await post(app, alice, { title: 'something else' }, 'key-1');
    expect(reused.status, `the same Idempotency-Key with a different body should answer 422; got ${reused.status}`).toBe(422);
    expect(reused.body, 'the 422 should have the error body {"error":{"code":"idempotency_key_reused",...}}').toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await taskCount(app, alice), 'the reused key must not create a task').toBe(1);
  });

  it('answers 409 idempotency_key_in_use to a retry that arrives while the first is still running', async () => {
    const slowCreate = withCreate(new InMemoryTaskRepository(), async (create) => {
      await sleep(150);
      return create();
    });
    const { app, alice } = await setup(slowCreate);
    const [a, b] = await Promise.all([post(app, alice, { title: 'slow' }, 'key-1'), post(app, alice, { title: 'slow' }, 'key-1')]);
    const statuses = [a.status, b.status].sort();
    expect(statuses, `two POSTs at once with the same Idempotency-Key should answer 201 and 409; got ${statuses.join(' and ')}`).toEqual([201, 409]);
    const conflict = a.status === 409 ? a : b;
    expect(conflict.body, 'the 409 should have the error body {"error":{"code":"idempotency_key_in_use",...}}').toMatchObject({ error: { code: 'idempotency_key_in_use' } });
    const later = await post(app, alice, { title: 'slow' }, 'key-1');
    expect(later.status, `a retry after the first finished should replay its 201; got ${later.status}`).toBe(201);
    expect(await taskCount(app, alice), 'only one task should exist').toBe(1);
  });

  it('does not remember a server error, so the retry runs again', async () => {
    const failsOnce = withCreate(new InMemoryTaskRepository(), (create, call) =>
      call === 1 ? Promise.reject(new Error('database connection lost')) : create(),
    );
    const { app, alice } = await setup(failsOnce);
    const failed = await post(app, alice, { title: 'retry me' }, 'key-1');
    expect(failed.status, 'the first POST should fail with 500 (the repository throws)').toBe(500);
    const retry = await post(app, alice, { title: 'retry me' }, 'key-1');
    expect(retry.status, `a retry after a 500 should run again and answer 201, not replay the 500; got ${retry.status}`).toBe(201);
    expect(await taskCount(app, alice), 'the retry should have created the task').toBe(1);
  });
});
