// Reference solution of nodejs/paginate-tasks: keyset pagination in the repository (cursors are positions, so
// they survive deletes), a validated query string, and contract tests that catch the usual pagination bugs.
export default () => [
  {
    file: 'src/tasks/task-repository.ts',
    replace: `import type { NewTask, Task, TaskChanges } from './task.js';\n`,
    with: `import type { NewTask, Task, TaskChanges } from './task.js';

/** At most \`limit\` tasks, after the page whose \`nextCursor\` is \`cursor\` (from the start without one). */
export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

export interface Page<T> {
  items: T[];
  /** Where the next page starts; null on the last page. */
  nextCursor: string | null;
}

/** A cursor this repository did not issue. */
export class InvalidCursorError extends Error {
  constructor(cursor: string) {
    super(\`"\${cursor}" is not a cursor of this list\`);
    this.name = 'InvalidCursorError';
  }
}
`,
  },
  {
    file: 'src/tasks/task-repository.ts',
    replace: `  list(ownerId: string): Promise<Task[]>;`,
    with: `  /** The owner's tasks, oldest first, one page at a time. Throws InvalidCursorError for a cursor it did not issue. */
  list(ownerId: string, page: PageRequest): Promise<Page<Task>>;`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `import type { TaskRepository } from './task-repository.js';`,
    with: `import { InvalidCursorError, type Page, type PageRequest, type TaskRepository } from './task-repository.js';`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `  readonly #tasks = new Map<string, Task>();

  list(ownerId: string): Promise<Task[]> {
    const owned = [...this.#tasks.values()].filter((task) => task.ownerId === ownerId);
    return Promise.resolve(owned.map(copy));
  }`,
    with: `  readonly #tasks = new Map<string, Task>();
  /** Each task's place in creation order: a cursor is a place, so deleting the task at a cursor moves nothing. */
  readonly #positions = new Map<string, number>();
  #nextPosition = 0;

  list(ownerId: string, { limit, cursor }: PageRequest): Promise<Page<Task>> {
    let after = -1;
    if (cursor !== undefined) {
      const position = positionOf(cursor);
      if (position === undefined) return Promise.reject(new InvalidCursorError(cursor));
      after = position;
    }
    const owned = [...this.#tasks.values()].filter((task) => task.ownerId === ownerId && this.#position(task) > after);
    const items = owned.slice(0, limit);
    const last = items.at(-1);
    const nextCursor = owned.length > limit && last ? cursorAt(this.#position(last)) : null;
    return Promise.resolve({ items: items.map(copy), nextCursor });
  }

  #position(task: Task): number {
    return this.#positions.get(task.id) ?? -1;
  }`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `    this.#tasks.set(task.id, task);\n`,
    with: `    this.#tasks.set(task.id, task);\n    this.#positions.set(task.id, this.#nextPosition++);\n`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `// Callers get copies,`,
    with: `function cursorAt(position: number): string {
  return Buffer.from(\`p\${position}\`).toString('base64url');
}

/** The position a cursor of cursorAt() holds; undefined for anything else. */
function positionOf(cursor: string): number | undefined {
  const match = /^p(\\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const position = Number(match?.[1]);
  return match && cursorAt(position) === cursor ? position : undefined;
}

// Callers get copies,`,
  },
  {
    file: 'src/tasks/task.ts',
    replace: `export const taskIdSchema = z.uuid();`,
    with: `export const taskIdSchema = z.uuid();

/** Query of GET /tasks. */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(200).optional(),
});`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { Router } from 'express';\n`,
    with: `import { Router } from 'express';\nimport { ZodError } from 'zod';\n`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { createTaskSchema, taskIdSchema, updateTaskSchema } from './task.js';
import type { TaskRepository } from './task-repository.js';`,
    with: `import { createTaskSchema, listQuerySchema, taskIdSchema, updateTaskSchema } from './task.js';
import { InvalidCursorError, type TaskRepository } from './task-repository.js';`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `    res.json({ items: await tasks.list(currentUser(req).id) });`,
    with: `    const page = listQuerySchema.parse(req.query);
    try {
      res.json(await tasks.list(currentUser(req).id, page));
    } catch (err) {
      // Answered like any other invalid query parameter.
      if (err instanceof InvalidCursorError) {
        throw new ZodError([{ code: 'custom', path: ['cursor'], message: 'not a cursor from this list', input: page.cursor }]);
      }
      throw err;
    }`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `import type { TaskRepository } from '../src/tasks/task-repository.js';`,
    with: `import type { Task } from '../src/tasks/task.js';
import { InvalidCursorError, type TaskRepository } from '../src/tasks/task-repository.js';`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `      expect(await repo.list('alice')).toEqual([first, second]);
      expect(await repo.list('carol')).toEqual([]);`,
    with: `      expect(await repo.list('alice', { limit: 10 })).toEqual({ items: [first, second], nextCursor: null });
      expect(await repo.list('carol', { limit: 10 })).toEqual({ items: [], nextCursor: null });`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `      (await repo.list('alice'))[0]!.done = true;`,
    with: `      (await repo.list('alice', { limit: 10 })).items[0]!.done = true;`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `    describe('timestamps', () => {`,
    with: `    describe('pages', () => {
      async function createTasks(ownerId: string, count: number) {
        const tasks: Task[] = [];
        for (let i = 1; i <= count; i++) {
          tasks.push(await repo.create({ ownerId, title: \`\${ownerId} \${i}\` }));
          if (ownerId !== 'bob') await repo.create({ ownerId: 'bob', title: \`bob between \${i}\` });
        }
        return tasks;
      }

      /** Every page of the owner's list, following nextCursor. */
      async function allPages(ownerId: string, limit: number) {
        const pages = [await repo.list(ownerId, { limit })];
        for (let next = pages[0]!.nextCursor; next !== null && pages.length < 20; next = pages.at(-1)!.nextCursor) {
          pages.push(await repo.list(ownerId, { limit, cursor: next }));
        }
        return pages;
      }

      it('walks through every task of the owner once, oldest first', async () => {
        const tasks = await createTasks('alice', 5);

        const pages = await allPages('alice', 2);

        expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
        expect(pages.flatMap((page) => page.items)).toEqual(tasks);
        expect(pages.at(-1)!.nextCursor).toBeNull();
      });

      it('has no next page after an exactly full last page', async () => {
        const tasks = await createTasks('alice', 4);

        const pages = await allPages('alice', 2);

        expect(pages.map((page) => page.items)).toEqual([tasks.slice(0, 2), tasks.slice(2)]);
      });

      it('keeps its place when the task at the cursor is deleted', async () => {
        const tasks = await createTasks('alice', 3);
        const first = await repo.list('alice', { limit: 1 });
        await repo.delete('alice', tasks[0]!.id);

        const second = await repo.list('alice', { limit: 1, cursor: first.nextCursor! });

        expect(second.items).toEqual([tasks[1]]);
      });

      it('rejects a cursor it did not issue', async () => {
        await createTasks('alice', 1);
        await expect(repo.list('alice', { limit: 1, cursor: 'not-a-cursor' })).rejects.toThrow(InvalidCursorError);
      });
    });

    describe('timestamps', () => {`,
  },
];
