// Check of the exercise "The same rules, in Hasura" (README): the permissions of hasura/metadata.json, evaluated
// as Hasura's engine would (exercises/hasura/permissions.ts) for anonymous visitors, readers and moderators on rows
// shaped like the seed data of src/db.ts.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLUMNS, Metadata, type Row, type Session } from './hasura/permissions.js';

const METADATA = fileURLToPath(new URL('../hasura/metadata.json', import.meta.url));

const ANONYMOUS: Session = { 'x-hasura-role': 'anonymous' };
const BOB: Session = { 'x-hasura-role': 'reader', 'x-hasura-user-id': 'u2' };
const ALICE: Session = { 'x-hasura-role': 'moderator', 'x-hasura-user-id': 'u1' };
const role = (session: Session) => session['x-hasura-role']!;

const rows: Record<string, Row[]> = {
  authors: [{ id: 'a1', name: 'Ursula K. Le Guin' }],
  books: [{ id: 'b2', title: 'The Dispossessed', published_year: 1974, author_id: 'a1' }],
  users: [
    { id: 'u2', name: 'Bob', email: 'bob@example.com', role: 'READER' },
    { id: 'u3', name: 'Carol', email: 'carol@example.com', role: 'READER' },
  ],
  reviews: [
    { id: 'r1', book_id: 'b2', user_id: 'u2', rating: 5, comment: 'An ambiguous utopia.', created_at: '2024-03-01T10:00:00Z' },
    { id: 'r3', book_id: 'b2', user_id: 'u3', rating: 4, comment: 'Slow start, worth it.', created_at: '2024-05-20T08:15:00Z' },
  ],
};
const [bobsReview, carolsReview] = rows.reviews as [Row, Row];

let metadata: Metadata;
beforeAll(() => {
  metadata = new Metadata(METADATA);
});

describe('reading', () => {
  it.each([ANONYMOUS, BOB, ALICE].map((session) => [role(session), session] as const))('lets %s read every book, author and review', (_, session) => {
    for (const table of ['books', 'authors', 'reviews']) {
      for (const row of rows[table]!) {
        const { columns, visible } = metadata.select(table, role(session), session, row);
        expect(visible, `${role(session)} should see every row of ${table} (a select permission whose filter is {})`).toBe(true);
        expect([...columns].sort(), `${role(session)} should read every column of ${table}`).toEqual([...COLUMNS[table]!].sort());
      }
    }
  });

  it('gives anonymous visitors at most 100 reviews at a time, and no aggregates', () => {
    const permission = metadata.permission('select', 'reviews', 'anonymous');
    expect(permission?.limit, 'set "limit" (100 or less) on the anonymous select of reviews, so one request cannot read the whole table').toBeLessThanOrEqual(100);
    expect(permission?.limit).toBeGreaterThan(0);
    expect(permission?.allow_aggregations ?? false, 'anonymous visitors should not run aggregate queries (allow_aggregations: false)').toBe(false);
  });

  it.each([ANONYMOUS, BOB].map((session) => [role(session), session] as const))('shows %s the names of users, never their emails', (_, session) => {
    for (const user of rows.users!) {
      const { columns, visible } = metadata.select('users', role(session), session, user);
      expect(visible, `${role(session)} should see every user, to show who wrote a review`).toBe(true);
      expect(columns, `${role(session)} should read users.name`).toContain('name');
      expect(columns, `${role(session)} must not read users.email: column permissions cannot depend on the row, so nobody but moderators gets it`).not.toContain('email');
    }
  });

  it('shows moderators every column of users', () => {
    const { columns } = metadata.select('users', 'moderator', ALICE, rows.users![1]!);
    expect([...columns].sort(), 'moderators should read every column of users, email included').toEqual([...COLUMNS.users!].sort());
  });
});

describe('writing reviews', () => {
  const review = { book_id: 'b2', rating: 4, comment: 'Read it twice.' };

  it('lets a reader add a review as themselves', () => {
    const result = metadata.insert('reviews', 'reader', BOB, review);
    expect(result.allowed, `Bob should insert { book_id, rating, comment }: ${result.why}`).toBe(true);
    expect(result.row?.user_id, 'the insert permission should "set" user_id from X-Hasura-User-Id, not take it from the client').toBe('u2');
  });

  it('does not let a reader choose whose review it is', () => {
    const result = metadata.insert('reviews', 'reader', BOB, { ...review, user_id: 'u3' });
    expect(result.allowed, 'user_id must not be among the insert columns: a reader could write reviews in Carol’s name').toBe(false);
  });

  it.each([0, 6])('refuses a rating of %i', (rating) => {
    const result = metadata.insert('reviews', 'reader', BOB, { ...review, rating });
    expect(result.allowed, `the insert "check" should keep ratings between 1 and 5; ${rating} got through`).toBe(false);
  });

  it('lets a reader change the rating and comment of their own reviews only', () => {
    const own = metadata.update('reviews', 'reader', BOB, bobsReview, { rating: 3, comment: 'Better the second time.' });
    expect(own.allowed, `Bob should update rating and comment of his review r1: ${own.why}`).toBe(true);
    expect(metadata.update('reviews', 'reader', BOB, carolsReview, { rating: 1 }).allowed, 'Bob must not update Carol’s review (filter on user_id)').toBe(false);
    expect(metadata.update('reviews', 'reader', BOB, bobsReview, { book_id: 'b1' }).allowed, 'a review stays on its book: book_id is not an update column').toBe(false);
    expect(metadata.update('reviews', 'reader', BOB, bobsReview, { rating: 9 }).allowed, 'the update "check" should keep ratings between 1 and 5').toBe(false);
  });

  it('lets a reader delete their own reviews, and a moderator any review', () => {
    expect(metadata.delete('reviews', 'reader', BOB, bobsReview), 'Bob should delete his review r1').toBe(true);
    expect(metadata.delete('reviews', 'reader', BOB, carolsReview), 'Bob must not delete Carol’s review').toBe(false);
    expect(metadata.delete('reviews', 'moderator', ALICE, carolsReview), 'a moderator should delete any review').toBe(true);
  });
});

describe('everything else', () => {
  it('lets anonymous visitors write nothing', () => {
    for (const table of Object.keys(COLUMNS)) {
      for (const kind of ['insert', 'update', 'delete'] as const) {
        expect(metadata.permission(kind, table, 'anonymous'), `anonymous should have no ${kind} permission on ${table}`).toBeUndefined();
      }
    }
  });

  it('leaves the catalog and the accounts to Hasura’s admin', () => {
    for (const table of ['books', 'authors', 'users']) {
      for (const kind of ['insert', 'update', 'delete'] as const) {
        for (const name of ['anonymous', 'reader', 'moderator']) {
          expect(metadata.permission(kind, table, name), `${name} should have no ${kind} permission on ${table}`).toBeUndefined();
        }
      }
    }
  });
});
