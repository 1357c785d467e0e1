// Repositories with one pagination bug each, made by wrapping your InMemoryTaskRepository: a good contract suite
// (test/task-repository.contract.ts) fails against every one of them. Used by ../paginate-tasks.test.ts.
import type { Task } from '../../src/tasks/task.js';

interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}
interface Page {
  items: Task[];
  nextCursor: string | null;
}
// The page request is optional here: before the exercise, list(ownerId) takes none, and a mutant must not fail
// for that reason.
type List = (ownerId: string, page?: PageRequest) => Promise<unknown>;
type Repository = object;

function isPage(value: unknown): value is Page {
  return typeof value === 'object' && value !== null && Array.isArray((value as Page).items) && 'nextCursor' in value;
}

/** The repository with `list` replaced (and optionally `create` observed); every other method is its own. */
function withList<R extends Repository>(repository: R, list: (inner: List) => List, onCreate?: (task: Task) => void): R {
  const inner: List = (repository as { list: List }).list.bind(repository);
  const replaced = list(inner);
  return new Proxy(repository, {
    get(target, property) {
      if (property === 'list') return replaced;
      const value: unknown = Reflect.get(target, property, target);
      if (property === 'create' && onCreate && typeof value === 'function') {
        return async (...args: unknown[]) => {
          const task = await (value as (...a: unknown[]) => Promise<Task>).apply(target, args);
          onCreate(structuredClone(task));
          return task;
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Follows nextCursor from `cursor` to the end, with the page size asked for. */
async function rest(inner: List, ownerId: string, page: PageRequest): Promise<Page> {
  const first = await inner(ownerId, page);
  if (!isPage(first)) return first as Page;
  const items = [...first.items];
  let next = first.nextCursor;
  for (let guard = 0; next !== null && guard < 1000; guard++) {
    const more = await inner(ownerId, { limit: page.limit, cursor: next });
    if (!isPage(more)) break;
    items.push(...more.items);
    next = more.nextCursor;
  }
  return { items, nextCursor: null };
}

export interface Mutant {
  /** What the broken repository does, finishing "a repository that …". */
  bug: string;
  /** What a test must do to catch it. */
  catchIt: string;
  wrap<R extends Repository>(repository: R): R;
}

export const mutants: Mutant[] = [
  {
    bug: 'ignores the limit and returns every task at once',
    catchIt: 'list more tasks than the limit and check the page size',
    wrap: (repository) =>
      withList(repository, (inner) => async (ownerId, page) => {
        const result = await inner(ownerId, page);
        return isPage(result) && page ? rest(inner, ownerId, page) : result;
      }),
  },
  {
    bug: 'repeats the last task of a page at the start of the next page',
    catchIt: 'walk through all pages and check that every task comes exactly once',
    wrap: (repository) => {
      const lastBefore = new Map<string, Task>();
      return withList(repository, (inner) => async (ownerId, page) => {
        const result = await inner(ownerId, page);
        if (!isPage(result)) return result;
        const last = result.items.at(-1);
        if (result.nextCursor !== null && last) lastBefore.set(result.nextCursor, last);
        const repeated = page?.cursor === undefined ? undefined : lastBefore.get(page.cursor);
        return repeated ? { ...result, items: [repeated, ...result.items] } : result;
      });
    },
  },
  {
    bug: 'skips the first task of every page after the first',
    catchIt: 'walk through all pages and check that no task is missing',
    wrap: (repository) =>
      withList(repository, (inner) => async (ownerId, page) => {
        const result = await inner(ownerId, page);
        if (!isPage(result) || page?.cursor === undefined) return result;
        return { ...result, items: result.items.slice(1) };
      }),
  },
  {
    bug: 'adds another owner’s task to every page after the first',
    catchIt: 'page through one owner’s tasks while another owner has tasks too, and check every owner id',
    wrap: (repository) => {
      const created: Task[] = [];
      return withList(
        repository,
        (inner) => async (ownerId, page) => {
          const result = await inner(ownerId, page);
          if (!isPage(result) || page?.cursor === undefined) return result;
          const intruder = created.find((task) => task.ownerId !== ownerId);
          return intruder ? { ...result, items: [...result.items, intruder] } : result;
        },
        (task) => created.push(task),
      );
    },
  },
  {
    bug: 'returns a nextCursor (to an empty page) when the last page is exactly full',
    catchIt: 'list exactly two pages’ worth of tasks and check that the second page’s nextCursor is null',
    wrap: (repository) => {
      const ends = new Set<string>();
      return withList(repository, (inner) => async (ownerId, page) => {
        if (page?.cursor !== undefined && ends.has(page.cursor)) return { items: [], nextCursor: null };
        const result = await inner(ownerId, page);
        if (!isPage(result) || result.nextCursor !== null || result.items.length !== page?.limit) return result;
        const end = `end-${ends.size}-${Date.now()}`;
        ends.add(end);
        return { ...result, nextCursor: end };
      });
    },
  },
];
