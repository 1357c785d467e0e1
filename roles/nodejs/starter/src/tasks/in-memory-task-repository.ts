import { randomUUID } from 'node:crypto';
import type { NewTask, Task, TaskChanges } from './task.js';
import type { TaskRepository } from './task-repository.js';

/** Keeps tasks in a Map: fine for tests and a first run, gone on restart. */
export class InMemoryTaskRepository implements TaskRepository {
  readonly #tasks = new Map<string, Task>();

  list(ownerId: string): Promise<Task[]> {
    const owned = [...this.#tasks.values()].filter((task) => task.ownerId === ownerId);
    return Promise.resolve(owned.map(copy));
  }

  get(ownerId: string, id: string): Promise<Task | undefined> {
    const task = this.#find(ownerId, id);
    return Promise.resolve(task && copy(task));
  }

  create({ ownerId, title }: NewTask): Promise<Task> {
    const now = new Date();
    const task: Task = { id: randomUUID(), ownerId, title, done: false, createdAt: now, updatedAt: now };
    this.#tasks.set(task.id, task);
    return Promise.resolve(copy(task));
  }

  update(ownerId: string, id: string, changes: TaskChanges): Promise<Task | undefined> {
    const task = this.#find(ownerId, id);
    if (!task) return Promise.resolve(undefined);
    if (changes.title !== undefined) task.title = changes.title;
    if (changes.done !== undefined) task.done = changes.done;
    task.updatedAt = new Date();
    return Promise.resolve(copy(task));
  }

  delete(ownerId: string, id: string): Promise<boolean> {
    return Promise.resolve(this.#find(ownerId, id) !== undefined && this.#tasks.delete(id));
  }

  #find(ownerId: string, id: string): Task | undefined {
    const task = this.#tasks.get(id);
    return task?.ownerId === ownerId ? task : undefined;
  }
}

// Callers get copies, as they would from a database: mutating a returned task must not change what is stored.
function copy(task: Task): Task {
  return structuredClone(task);
}
