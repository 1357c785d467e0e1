// Reference solution of nodejs/refuse-lost-updates: a version per task, sent as a strong ETag; If-Match required on
// PATCH and DELETE; the repository compares versions in the same step that writes (compare-and-set). Applies on
// top of the earlier solutions (paginate-tasks).
export default () => [
  {
    file: 'src/errors.ts',
    replace: `export class UnauthorizedError extends HttpError {`,
    with: `/** If-Match names a version that is no longer current: someone changed the resource since it was read. */
export class PreconditionFailedError extends HttpError {
  constructor(message = 'The task has changed since you read it; fetch it again') {
    super(412, 'precondition_failed', message);
  }
}

/** A write without If-Match: it could silently overwrite someone else's change. */
export class PreconditionRequiredError extends HttpError {
  constructor(message = 'Send If-Match with the ETag of the task you read') {
    super(428, 'precondition_required', message);
  }
}

export class UnauthorizedError extends HttpError {`,
  },
  {
    file: 'src/tasks/task.ts',
    replace: `  done: boolean;\n`,
    with: `  done: boolean;\n  /** 1 when created, one more on every update: the task's ETag. */\n  version: number;\n`,
  },
  {
    file: 'src/tasks/task-repository.ts',
    replace: `export interface TaskRepository {`,
    with: `/** The task's version is not the one the caller expected: it changed since they read it. */
export class VersionConflictError extends Error {
  constructor(id: string) {
    super(\`task \${id} has changed\`);
    this.name = 'VersionConflictError';
  }
}

export interface TaskRepository {`,
  },
  {
    file: 'src/tasks/task-repository.ts',
    replace: `  /** Returns undefined when the owner has no such task. */
  update(ownerId: string, id: string, changes: TaskChanges): Promise<Task | undefined>;
  /** Returns false when the owner has no such task. */
  delete(ownerId: string, id: string): Promise<boolean>;`,
    with: `  /**
   * Returns undefined when the owner has no such task. With \`expectedVersion\`, throws VersionConflictError unless
   * the task still has that version, checked in the same step that writes.
   */
  update(ownerId: string, id: string, changes: TaskChanges, expectedVersion?: number): Promise<Task | undefined>;
  /** Returns false when the owner has no such task; \`expectedVersion\` as for update. */
  delete(ownerId: string, id: string, expectedVersion?: number): Promise<boolean>;`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `import { InvalidCursorError, type Page`,
    with: `import { InvalidCursorError, VersionConflictError, type Page`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `const task: Task = { id: randomUUID(), ownerId, title, done: false, createdAt: now, updatedAt: now };`,
    with: `const task: Task = { id: randomUUID(), ownerId, title, done: false, version: 1, createdAt: now, updatedAt: now };`,
  },
  {
    file: 'src/tasks/in-memory-task-repository.ts',
    replace: `  update(ownerId: string, id: string, changes: TaskChanges): Promise<Task | undefined> {
    const task = this.#find(ownerId, id);
    if (!task) return Promise.resolve(undefined);
    if (changes.title !== undefined) task.title = changes.title;
    if (changes.done !== undefined) task.done = changes.done;
    task.updatedAt = new Date();
    return Promise.resolve(copy(task));
  }

  delete(ownerId: string, id: string): Promise<boolean> {
    return Promise.resolve(this.#find(ownerId, id) !== undefined && this.#tasks.delete(id));
  }`,
    with: `  // Check and write happen in one synchronous step, so no other call can slip in between (a database does the
  // same with UPDATE … WHERE id = $1 AND version = $2).
  update(ownerId: string, id: string, changes: TaskChanges, expectedVersion?: number): Promise<Task | undefined> {
    const task = this.#find(ownerId, id);
    if (!task) return Promise.resolve(undefined);
    if (expectedVersion !== undefined && task.version !== expectedVersion) return Promise.reject(new VersionConflictError(id));
    if (changes.title !== undefined) task.title = changes.title;
    if (changes.done !== undefined) task.done = changes.done;
    task.version += 1;
    task.updatedAt = new Date();
    return Promise.resolve(copy(task));
  }

  delete(ownerId: string, id: string, expectedVersion?: number): Promise<boolean> {
    const task = this.#find(ownerId, id);
    if (!task) return Promise.resolve(false);
    if (expectedVersion !== undefined && task.version !== expectedVersion) return Promise.reject(new VersionConflictError(id));
    return Promise.resolve(this.#tasks.delete(id));
  }`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { Router } from 'express';\n`,
    with: `import { Router, type Request, type Response } from 'express';\n`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { NotFoundError } from '../errors.js';`,
    with: `import { NotFoundError, PreconditionFailedError, PreconditionRequiredError } from '../errors.js';`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `import { InvalidCursorError, type TaskRepository } from './task-repository.js';`,
    with: `import { InvalidCursorError, VersionConflictError, type TaskRepository } from './task-repository.js';`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `updateTaskSchema } from './task.js';`,
    with: `updateTaskSchema, type Task } from './task.js';`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `    res.status(201).location(\`\${req.baseUrl}/\${task.id}\`).json(task);`,
    with: `    sendTask(res.status(201).location(\`\${req.baseUrl}/\${task.id}\`), task);`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `    const task = await tasks.get(currentUser(req).id, taskId(req.params.id));
    if (!task) throw new NotFoundError('Task not found');
    res.json(task);
  });

  router.patch('/:id', async (req, res) => {
    const changes = updateTaskSchema.parse(req.body);
    const task = await tasks.update(currentUser(req).id, taskId(req.params.id), changes);
    if (!task) throw new NotFoundError('Task not found');
    res.json(task);
  });

  router.delete('/:id', async (req, res) => {
    if (!(await tasks.delete(currentUser(req).id, taskId(req.params.id)))) throw new NotFoundError('Task not found');
    res.status(204).end();
  });`,
    with: `    const task = await tasks.get(currentUser(req).id, taskId(req.params.id));
    if (!task) throw new NotFoundError('Task not found');
    sendTask(res, task);
  });

  /** The version If-Match names (undefined for "*": any version); 404 before 428 so nobody learns what exists. */
  async function expectedVersion(req: Request, ownerId: string, id: string): Promise<number | undefined> {
    const ifMatch = req.get('if-match');
    if (ifMatch === undefined) {
      if (!(await tasks.get(ownerId, id))) throw new NotFoundError('Task not found');
      throw new PreconditionRequiredError();
    }
    if (ifMatch.trim() === '*') return undefined;
    const match = /^"(\\d+)"$/.exec(ifMatch.trim());
    // Anything else (a list, a weak ETag) can never name the current version.
    return match ? Number(match[1]) : -1;
  }

  router.patch('/:id', async (req, res) => {
    const changes = updateTaskSchema.parse(req.body);
    const ownerId = currentUser(req).id;
    const id = taskId(req.params.id);
    const version = await expectedVersion(req, ownerId, id);
    const task = await tasks.update(ownerId, id, changes, version).catch(rethrowConflict);
    if (!task) throw new NotFoundError('Task not found');
    sendTask(res, task);
  });

  router.delete('/:id', async (req, res) => {
    const ownerId = currentUser(req).id;
    const id = taskId(req.params.id);
    const version = await expectedVersion(req, ownerId, id);
    if (!(await tasks.delete(ownerId, id, version).catch(rethrowConflict))) throw new NotFoundError('Task not found');
    res.status(204).end();
  });`,
  },
  {
    file: 'src/tasks/tasks-router.ts',
    replace: `/** A malformed id cannot name a task:`,
    with: `/** A task with its version as a strong ETag (Express's own ETags are weak, and If-Match never matches those). */
function sendTask(res: Response, task: Task): void {
  res.set('ETag', \`"\${task.version}"\`).json(task);
}

function rethrowConflict(err: unknown): never {
  if (err instanceof VersionConflictError) throw new PreconditionFailedError();
  throw err;
}

/** A malformed id cannot name a task:`,
  },
  {
    file: 'test/tasks.test.ts',
    replace: `    const updated = await request(app)
      .patch(\`/tasks/\${task.id}\`)
      .set('Authorization', alice)
      .send({ done: true })`,
    with: `    const updated = await request(app)
      .patch(\`/tasks/\${task.id}\`)
      .set('Authorization', alice)
      .set('If-Match', created.headers.etag as string)
      .send({ done: true })`,
  },
  {
    file: 'test/tasks.test.ts',
    replace: `    await request(app).delete(\`/tasks/\${task.id}\`).set('Authorization', alice).expect(204);`,
    with: `    await request(app).delete(\`/tasks/\${task.id}\`).set('Authorization', alice).set('If-Match', updated.headers.etag as string).expect(204);`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `    it('never reads, changes or deletes another owner’s task', async () => {`,
    with: `    it('counts versions and refuses to write over a version it was not told', async () => {
      const task = await repo.create({ ownerId: 'alice', title: 'v1' });
      expect(task.version).toBe(1);

      const second = await repo.update('alice', task.id, { title: 'v2' }, 1);
      expect(second?.version).toBe(2);

      await expect(repo.update('alice', task.id, { title: 'lost' }, 1)).rejects.toThrow(VersionConflictError);
      await expect(repo.delete('alice', task.id, 1)).rejects.toThrow(VersionConflictError);
      expect(await repo.get('alice', task.id)).toMatchObject({ title: 'v2', version: 2 });
      expect(await repo.delete('alice', task.id, 2)).toBe(true);
    });

    it('never reads, changes or deletes another owner’s task', async () => {`,
  },
  {
    file: 'test/task-repository.contract.ts',
    replace: `import { InvalidCursorError, type TaskRepository } from '../src/tasks/task-repository.js';`,
    with: `import { InvalidCursorError, VersionConflictError, type TaskRepository } from '../src/tasks/task-repository.js';`,
  },
];
