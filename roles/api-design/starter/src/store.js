// In-memory task storage. Swapping it for a database changes nothing above this module.
import { randomBytes } from 'node:crypto';

/**
 * @typedef {'todo' | 'in_progress' | 'done'} TaskStatus
 * @typedef {{ id: string, title: string, status: TaskStatus, assignee: string | null, dueDate: string | null,
 *             createdAt: string, updatedAt: string }} Task
 */

export class TaskStore {
  /** @type {Map<string, { seq: number, task: Task }>} insertion order = creation order */
  #rows = new Map();
  #seq = 0;

  /**
   * Keyset pagination: `afterSeq` is the position of the last task the client has seen, so pages stay
   * stable while tasks are created or deleted between requests (offsets would skip or repeat rows).
   * @param {{ limit: number, afterSeq?: number, status?: TaskStatus, assignee?: string }} query
   * @returns {{ tasks: Task[], lastSeq: number | null }} lastSeq is null when there is no further page
   */
  list({ limit, afterSeq = 0, status, assignee }) {
    const matches = [...this.#rows.values()].filter(
      ({ seq, task }) =>
        seq > afterSeq && (status === undefined || task.status === status) && (assignee === undefined || task.assignee === assignee),
    );
    const page = matches.slice(0, limit);
    const hasMore = matches.length > limit;
    return { tasks: page.map(({ task }) => task), lastSeq: hasMore ? page[page.length - 1].seq : null };
  }

  /** @param {string} id */
  get(id) {
    return this.#rows.get(id)?.task;
  }

  /** @param {{ title: string, status?: TaskStatus, assignee?: string | null, dueDate?: string | null }} fields */
  create({ title, status = 'todo', assignee = null, dueDate = null }) {
    const now = new Date().toISOString();
    /** @type {Task} */
    const task = { id: `tsk_${randomBytes(6).toString('hex')}`, title, status, assignee, dueDate, createdAt: now, updatedAt: now };
    this.#rows.set(task.id, { seq: ++this.#seq, task });
    return task;
  }

  /** @param {string} id @param {Partial<Pick<Task, 'title' | 'status' | 'assignee' | 'dueDate'>>} changes */
  update(id, changes) {
    const row = this.#rows.get(id);
    if (!row) return undefined;
    row.task = { ...row.task, ...changes, updatedAt: new Date().toISOString() };
    return row.task;
  }

  /** @param {string} id */
  delete(id) {
    return this.#rows.delete(id);
  }
}
