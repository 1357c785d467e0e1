import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TaskRepository } from '../src/tasks/task-repository.js';

/**
 * What every TaskRepository must do. Run it against each implementation (a PostgreSQL one too), so they are
 * interchangeable: `describeTaskRepository('PostgresTaskRepository', async () => ...)`.
 */
export function describeTaskRepository(name: string, create: () => TaskRepository | Promise<TaskRepository>) {
  describe(`${name} (TaskRepository contract)`, () => {
    let repo: TaskRepository;

    beforeEach(async () => {
      repo = await create();
    });

    it('creates an open task with an id and timestamps', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'Write tests' });

      expect(task).toMatchObject({ ownerId: 'alice', title: 'Write tests', done: false });
      expect(task.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(task.createdAt).toBeInstanceOf(Date);
      expect(task.updatedAt).toEqual(task.createdAt);
      expect(await repo.get('alice', task.id)).toEqual(task);
    });

    it('lists only the owner’s tasks, oldest first', async () => {
      const first = await repo.create({ ownerId: 'alice', title: 'first' });
      await repo.create({ ownerId: 'bob', title: 'not yours' });
      const second = await repo.create({ ownerId: 'alice', title: 'second' });

      expect(await repo.list('alice')).toEqual([first, second]);
      expect(await repo.list('carol')).toEqual([]);
    });

    it('updates only the given fields', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'draft' });

      const done = await repo.update('alice', task.id, { done: true });
      expect(done).toMatchObject({ id: task.id, title: 'draft', done: true });

      const renamed = await repo.update('alice', task.id, { title: 'final' });
      expect(renamed).toMatchObject({ title: 'final', done: true });
      expect(await repo.get('alice', task.id)).toEqual(renamed);
    });

    it('deletes a task once', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'temporary' });

      expect(await repo.delete('alice', task.id)).toBe(true);
      expect(await repo.get('alice', task.id)).toBeUndefined();
      expect(await repo.delete('alice', task.id)).toBe(false);
    });

    it('never reads, changes or deletes another owner’s task', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'private' });

      expect(await repo.get('bob', task.id)).toBeUndefined();
      expect(await repo.update('bob', task.id, { title: 'hijacked' })).toBeUndefined();
      expect(await repo.delete('bob', task.id)).toBe(false);
      expect(await repo.get('alice', task.id)).toMatchObject({ title: 'private' });
    });

    it('returns copies, so changing a result changes nothing stored', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'original' });
      task.title = 'mutated';
      (await repo.list('alice'))[0]!.done = true;

      expect(await repo.get('alice', task.id)).toMatchObject({ title: 'original', done: false });
    });

    describe('timestamps', () => {
      beforeEach(() => {
        vi.useFakeTimers({ toFake: ['Date'] });
      });
      afterEach(() => {
        vi.useRealTimers();
      });

      it('moves updatedAt on every update and keeps createdAt', async () => {
        vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
        const task = await repo.create({ ownerId: 'alice', title: 'clock' });

        vi.setSystemTime(new Date('2030-01-01T11:00:00Z'));
        const updated = await repo.update('alice', task.id, { done: true });

        expect(updated?.createdAt).toEqual(new Date('2030-01-01T10:00:00Z'));
        expect(updated?.updatedAt).toEqual(new Date('2030-01-01T11:00:00Z'));
      });
    });
  });
}
