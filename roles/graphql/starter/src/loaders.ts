import DataLoader from 'dataloader';
import type { AuthorRecord, BookRecord, Database, ReviewRecord, UserRecord } from './db.js';

export type Loaders = ReturnType<typeof createLoaders>;

// One set of loaders per request: the cache must never outlive a request, or one user
// could be served rows that were loaded (and authorised) for another.
export function createLoaders(db: Database) {
  return {
    book: byId((ids) => db.booksByIds(ids)),
    author: byId((ids) => db.authorsByIds(ids)),
    user: byId((ids) => db.usersByIds(ids)),
    reviewsOfBook: new DataLoader<string, ReviewRecord[]>(async (bookIds) => {
      const reviews = db.reviewsByBookIds(bookIds);
      return bookIds.map((bookId) => reviews.filter((review) => review.bookId === bookId));
    }),
  };
}

// DataLoader requires the batch function to return one result per key, in key order.
function byId<T extends AuthorRecord | BookRecord | UserRecord>(fetch: (ids: readonly string[]) => T[]) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = new Map(fetch(ids).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}
