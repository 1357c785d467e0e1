// Reference solution of nodejs/cache-hot-tasks: a read-through LRU cache of get() in front of any TaskRepository.
// It caches the promise of each read, which shares a read in flight and keeps a write from being undone by a read
// that started before it. Written against the repository of the earlier solutions (pages, versions).
const cache = `import type { Page, PageRequest, TaskRepository } from './task-repository.js';
import type { NewTask, Task, TaskChanges } from './task.js';

export interface CacheOptions {
  /** How many tasks to keep; the least recently used go first. */
  maxEntries?: number;
}

/**
 * Keeps recently read tasks in memory in front of a slower repository (a database). Only get() is cached: it is
 * the hot, cheap-to-invalidate read. Writes go through and drop what they change. One process only: with several
 * instances, each has its own cache, so keep maxEntries small or move the cache to Redis.
 */
export class CachedTaskRepository implements TaskRepository {
  readonly #inner: TaskRepository;
  readonly #maxEntries: number;
  /** owner + id → the read (resolved or in flight), least recently used first (a Map keeps insertion order). */
  readonly #reads = new Map<string, Promise<Task | undefined>>();

  constructor(inner: TaskRepository, { maxEntries = 1000 }: CacheOptions = {}) {
    this.#inner = inner;
    this.#maxEntries = maxEntries;
  }

  async get(ownerId: string, id: string): Promise<Task | undefined> {
    const key = cacheKey(ownerId, id);
    let read = this.#reads.get(key);
    if (read) {
      this.#reads.delete(key);
    } else {
      read = this.#inner.get(ownerId, id);
      // A failed read is forgotten, so the next one tries again.
      read.catch(() => this.#forget(key, read));
    }
    this.#reads.set(key, read);
    while (this.#reads.size > this.#maxEntries) {
      const oldest = this.#reads.keys().next();
      if (oldest.done) break;
      this.#reads.delete(oldest.value);
    }
    const task = await read;
    return task && structuredClone(task);
  }

  list(ownerId: string, page: PageRequest): Promise<Page<Task>> {
    return this.#inner.list(ownerId, page);
  }

  create(input: NewTask): Promise<Task> {
    return this.#inner.create(input);
  }

  async update(ownerId: string, id: string, changes: TaskChanges, expectedVersion?: number): Promise<Task | undefined> {
    try {
      return await this.#inner.update(ownerId, id, changes, expectedVersion);
    } finally {
      this.#reads.delete(cacheKey(ownerId, id));
    }
  }

  async delete(ownerId: string, id: string, expectedVersion?: number): Promise<boolean> {
    try {
      return await this.#inner.delete(ownerId, id, expectedVersion);
    } finally {
      this.#reads.delete(cacheKey(ownerId, id));
    }
  }

  #forget(key: string, read: Promise<Task | undefined> | undefined): void {
    if (this.#reads.get(key) === read) this.#reads.delete(key);
  }
}

function cacheKey(ownerId: string, id: string): string {
  return \`\${ownerId}\\n\${id}\`;
}
`;

export default () => [
  { file: 'src/tasks/cached-task-repository.ts', content: cache },
  {
    file: 'src/server.ts',
    replace: `import { InMemoryTaskRepository } from './tasks/in-memory-task-repository.js';`,
    with: `import { CachedTaskRepository } from './tasks/cached-task-repository.js';\nimport { InMemoryTaskRepository } from './tasks/in-memory-task-repository.js';`,
  },
  {
    file: 'src/server.ts',
    replace: `  tasks: new InMemoryTaskRepository(),`,
    with: `  // The cache pays off in front of a database; in front of the in-memory repository it only shows the wiring.
  tasks: new CachedTaskRepository(new InMemoryTaskRepository(), { maxEntries: 1000 }),`,
  },
];
