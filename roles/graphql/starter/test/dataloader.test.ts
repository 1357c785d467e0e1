import { describe, expect, it } from 'vitest';
import { Database } from '../src/db.js';
import { createLoaders } from '../src/loaders.js';
import { startTestServer } from './support.js';

describe('DataLoader', () => {
  it('batches and de-duplicates loads made in the same tick into one query', async () => {
    const db = new Database();
    const loaders = createLoaders(db);

    const authors = await Promise.all(['a1', 'a2', 'a1', 'missing'].map((id) => loaders.author.load(id)));

    expect(authors.map((author) => author?.name ?? null)).toEqual([
      'Ursula K. Le Guin',
      'Octavia E. Butler',
      'Ursula K. Le Guin',
      null,
    ]);
    expect(db.queryLog).toEqual(['SELECT * FROM authors WHERE id IN (a1, a2, missing)']);
  });

  it('resolves a nested list with one query per level, not one per item (no N+1)', async () => {
    const server = await startTestServer();
    const { body } = await server.request('{ books { title author { name } reviews { rating reviewer { name } } } }');

    expect(body.errors).toBeUndefined();
    expect(body.data?.books).toHaveLength(5);
    expect(server.db.queryLog).toEqual([
      'SELECT * FROM books ORDER BY id',
      'SELECT * FROM authors WHERE id IN (a1, a2, a3)',
      'SELECT * FROM reviews WHERE book_id IN (b1, b2, b3, b4, b5) ORDER BY created_at',
      'SELECT * FROM users WHERE id IN (u2, u3)',
    ]);
  });

  it('does not share its cache between requests', async () => {
    const server = await startTestServer();
    await server.request('{ book(id: "b1") { author { name } } }');
    await server.request('{ book(id: "b1") { author { name } } }');

    expect(server.db.queryLog.filter((sql) => sql.includes('FROM authors'))).toHaveLength(2);
  });
});
