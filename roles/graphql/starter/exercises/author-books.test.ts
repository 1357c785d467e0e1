// Check of the exercise "Authors list their books" (README): Author.books through a one-to-many DataLoader. The
// database logs every query it runs, so the check counts the round trips an operation costs.
import { describe, expect, it } from 'vitest';
import { Database } from '../src/db.js';
import { createLoaders } from '../src/loaders.js';
import { show, startCheckServer } from './helpers.js';

const BY_AUTHORS = 'SELECT * FROM books WHERE author_id IN (a1, a2, a3)';

describe('Author.books', () => {
  it('lists an author’s books, in id order', async () => {
    const server = await startCheckServer();
    const { body } = await server.request('{ book(id: "b3") { author { name books { id title } } } }');
    expect(body.errors, `the query should answer without errors; got ${show(body)}`).toBeUndefined();
    expect(body.data?.book.author).toEqual({
      name: 'Octavia E. Butler',
      books: [
        { id: 'b3', title: 'Kindred' },
        { id: 'b4', title: 'Parable of the Sower' },
      ],
    });
  });

  it('costs one query for every author’s books, however many authors there are', async () => {
    const server = await startCheckServer();
    const { body } = await server.request('{ books { title author { name books { title } } } }');
    expect(body.errors, `the query should answer without errors; got ${show(body)}`).toBeUndefined();
    expect(body.data?.books[0].author.books, 'Le Guin wrote b1 and b2').toEqual([{ title: 'A Wizard of Earthsea' }, { title: 'The Dispossessed' }]);
    expect(
      server.db.queryLog,
      'books, then their authors, then the books of all those authors in ONE query (db.booksByAuthorIds) — not one query per author',
    ).toEqual(['SELECT * FROM books ORDER BY id', 'SELECT * FROM authors WHERE id IN (a1, a2, a3)', BY_AUTHORS]);
  });

  it('reuses what the request already loaded one level down', async () => {
    const server = await startCheckServer();
    const { body } = await server.request('{ books { author { books { author { name } } } } }');
    expect(body.errors, `the query should answer without errors; got ${show(body)}`).toBeUndefined();
    expect(
      server.db.queryLog,
      'the authors of the authors’ books were loaded a level up: the per-request loaders should serve them without a 4th query',
    ).toEqual(['SELECT * FROM books ORDER BY id', 'SELECT * FROM authors WHERE id IN (a1, a2, a3)', BY_AUTHORS]);
  });

  it('has a booksOfAuthor loader that answers one list per key, in key order', async () => {
    const db = new Database();
    const loaders = createLoaders(db) as Record<string, unknown>;
    const loader = loaders.booksOfAuthor as { load(id: string): Promise<{ id: string }[]> } | undefined;
    expect(loader, 'createLoaders (src/loaders.ts) should return a `booksOfAuthor` DataLoader, like reviewsOfBook').toBeDefined();
    const lists = await Promise.all(['a3', 'missing', 'a1'].map((id) => loader!.load(id)));
    expect(
      lists.map((books) => books.map((book) => book.id)),
      'booksOfAuthor.load for a3, an unknown author and a1 should give [b5], [] and [b1, b2]',
    ).toEqual([['b5'], [], ['b1', 'b2']]);
    expect(db.queryLog, 'the three loads should be one query').toEqual(['SELECT * FROM books WHERE author_id IN (a3, missing, a1)']);
  });
});
