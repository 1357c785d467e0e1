import type { NewTask, Task, TaskChanges } from './task.js';

/**
 * Storage for tasks. Routes depend on this interface only, so the in-memory implementation can be replaced by
 * a PostgreSQL one without touching them. Every method is scoped to an owner, as the SQL would be.
 */
export interface TaskRepository {
  list(ownerId: string): Promise<Task[]>;
  get(ownerId: string, id: string): Promise<Task | undefined>;
  create(input: NewTask): Promise<Task>;
  /** Returns undefined when the owner has no such task. */
  update(ownerId: string, id: string, changes: TaskChanges): Promise<Task | undefined>;
  /** Returns false when the owner has no such task. */
  delete(ownerId: string, id: string): Promise<boolean>;
}
