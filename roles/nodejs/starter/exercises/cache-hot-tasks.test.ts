// Check of the exercise "Cache hot tasks" (README): CachedTaskRepository in front of another repository. The inner
// repository here counts its calls (and can be slow or fail), so the check sees what reaches the "database".
import { describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import type { Task } from '../src/tasks/task.js';
import type { TaskRepository } from '../src/tasks/task-repository.js';
import { describeTaskRepository } from '../test/task-repository.contract.js';
import { projectExport, sleep } from './helpers.js';

const FILE = 'src/tasks/cached-task-repository.ts';
const WHAT = 'class CachedTaskRepository (new CachedTaskRepository(inner, { maxEntries }))';

interface Repository {
  get(ownerId: string, id: string): Promise<Task | undefined>;
  create(input: { ownerId: string; title: string }): Promise<Task>;
  update(ownerId: string, id: string, changes: { title?: string; done?: boolean }): Promise<Task | undefined>;
  delete(ownerId: string, id: string): Promise<boolean>;
}
type CachedRepositoryClass = new (inner: unknown, options?: { maxEntries?: number }) => Repository;

const loadCache = () => projectExport<CachedRepositoryClass>(FILE, 'CachedTaskRepository', WHAT);

/** An in-memory repository that counts the calls to get, and can delay or fail them. */
function countingInner({ delayMs = 0, failFirstGet = false } = {}) {
  const inner = new InMemoryTaskRepository();
  const calls = { get: 0 };
  const get = inner.get.bind(inner);
  inner.get = async (ownerId, id) => {
    calls.get += 1;
    if (delayMs > 0) await sleep(delayMs);
    if (failFirstGet && calls.get === 1) throw new Error('database timeout');
    return get(ownerId, id);
  };
  return { inner, calls };
}

async function setup(options: { maxEntries?: number; delayMs?: number; failFirstGet?: boolean } = {}) {
  const CachedTaskRepository = await loadCache();
  const { inner, calls } = countingInner(options);
  const cache = new CachedTaskRepository(inner, { maxEntries: options.maxEntries ?? 100 });
  // Tasks that already exist in the database, created behind the cache's back.
  const tasks = [];
  for (const title of ['a', 'b', 'c']) tasks.push(await inner.create({ ownerId: 'alice', title }));
  return { cache, calls, tasks: tasks as [Task, Task, Task] };
}

describe('CachedTaskRepository', () => {
  it('serves repeated reads of a task from memory', async () => {
    const { cache, calls, tasks } = await setup();
    for (let i = 0; i < 3; i++) expect(await cache.get('alice', tasks[0].id), 'get should return the stored task').toEqual(tasks[0]);
    expect(calls.get, `3 reads of the same task reached the inner repository ${calls.get} times; they should reach it once`).toBe(1);
  });

  it('shares one read between simultaneous requests for the same task', async () => {
    const { cache, calls, tasks } = await setup({ delayMs: 30 });
    const results = await Promise.all(Array.from({ length: 5 }, () => cache.get('alice', tasks[0].id)));
    expect(calls.get, `5 simultaneous reads of an uncached task reached the inner repository ${calls.get} times; share the one in flight`).toBe(1);
    expect(results.every((task) => task?.id === tasks[0].id), 'every simultaneous read should get the task').toBe(true);
    expect(new Set(results).size, 'each caller should get its own copy, not one shared object they could change for each other').toBe(5);
  });

  it('returns copies, so changing a result changes nothing cached', async () => {
    const { cache, tasks } = await setup();
    const first = await cache.get('alice', tasks[0].id);
    if (first) first.title = 'changed by a caller';
    expect(await cache.get('alice', tasks[0].id), 'a later read should not see a caller’s change to an earlier result').toMatchObject({ title: 'a' });
  });

  it('sees its own updates and deletes', async () => {
    const { cache, tasks } = await setup();
    await cache.get('alice', tasks[0].id);
    await cache.update('alice', tasks[0].id, { title: 'renamed' });
    expect(await cache.get('alice', tasks[0].id), 'get after update should return the updated task').toMatchObject({ title: 'renamed' });
    await cache.delete('alice', tasks[0].id);
    expect(await cache.get('alice', tasks[0].id), 'get after delete should return undefined').toBeUndefined();
  });

  it('does not keep what a read that was in flight during an update returned', async () => {
    const { cache, tasks } = await setup({ delayMs: 40 });
    const before = cache.get('alice', tasks[0].id);
    await cache.update('alice', tasks[0].id, { title: 'newer' });
    await before;
    expect(
      await cache.get('alice', tasks[0].id),
      'a read that started before an update may return the old task, but the cache must not keep it: reads after the update should see it',
    ).toMatchObject({ title: 'newer' });
  });

  it('never serves one owner’s cached task to another', async () => {
    const { cache, tasks } = await setup();
    await cache.get('alice', tasks[0].id);
    expect(await cache.get('bob', tasks[0].id), 'bob’s get of alice’s (cached) task should return undefined').toBeUndefined();
  });

  it('keeps at most maxEntries tasks, dropping the least recently used', async () => {
    const { cache, calls, tasks } = await setup({ maxEntries: 2 });
    const [a, b, c] = tasks;
    await cache.get('alice', a.id);
    await cache.get('alice', b.id);
    await cache.get('alice', a.id); // a is now more recently used than b
    await cache.get('alice', c.id); // over the limit: b goes
    expect(calls.get, 'reads of a, b, a, c with maxEntries 2 should reach the inner repository 3 times').toBe(3);
    await cache.get('alice', a.id);
    expect(calls.get, 'a was used recently and should still be cached').toBe(3);
    await cache.get('alice', b.id);
    expect(calls.get, 'b was the least recently used and should have been dropped (read again from the inner repository)').toBe(4);
  });

  it('does not cache a failed read', async () => {
    const { cache, tasks } = await setup({ failFirstGet: true });
    await expect(cache.get('alice', tasks[0].id), 'the first read should fail like the inner repository').rejects.toThrow('database timeout');
    expect(await cache.get('alice', tasks[0].id), 'the next read should try again and get the task').toEqual(tasks[0]);
  });
});

// Whatever else it does, it is a TaskRepository: your contract suite must pass against it too.
describeTaskRepository('CachedTaskRepository', async () => {
  const CachedTaskRepository = await loadCache();
  return new CachedTaskRepository(new InMemoryTaskRepository(), { maxEntries: 100 }) as unknown as TaskRepository;
});
