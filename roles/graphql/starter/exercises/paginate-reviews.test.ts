// Check of the exercise "Paginate the reviews" (README): Query.reviews(first, after) as a cursor connection.
// The check writes extra reviews straight into the database, then walks every page as a client would.
import { describe, expect, it } from 'vitest';
import { Database } from '../src/db.js';
import { show, startCheckServer } from './helpers.js';

const PAGE = /* GraphQL */ `
  query Reviews($first: Int, $after: String) {
    reviews(first: $first, after: $after) {
      edges { cursor node { id comment } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Page {
  reviews: { edges: { cursor: string; node: { id: string; comment: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/** The seeded database plus `extra` reviews (r4, r5, …), written in that order after the three seeded ones. */
function databaseWith(extra: number): Database {
  const db = new Database();
  for (let i = 1; i <= extra; i++) db.insertReview({ bookId: 'b5', userId: 'u2', rating: 3, comment: `extra review ${i}` });
  return db;
}

async function page(server: Awaited<ReturnType<typeof startCheckServer>>, variables: Record<string, unknown>) {
  const { body } = await server.request<Page>(PAGE, { variables });
  expect(body.errors, `reviews(${JSON.stringify(variables)}) should answer without errors; got ${show(body)}`).toBeUndefined();
  return body.data!.reviews;
}

describe('Query.reviews connection', () => {
  it('walks every review, oldest first, in pages of `first`', async () => {
    const server = await startCheckServer({ db: databaseWith(22) });
    const seen: string[] = [];
    const pages: boolean[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { edges, pageInfo } = await page(server, { first: 10, after });
      seen.push(...edges.map((edge) => edge.node.id));
      pages.push(pageInfo.hasNextPage);
      expect(pageInfo.endCursor, 'pageInfo.endCursor should be the cursor of the page’s last edge').toBe(edges.at(-1)?.cursor ?? null);
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const expected = Array.from({ length: 25 }, (_, i) => `r${i + 1}`);
    expect(seen, '25 reviews in pages of 10 should arrive once each, in the order they were written (r1, r2, …)').toEqual(expected);
    expect(pages, 'hasNextPage should be true, true, then false on the last (half-full) page').toEqual([true, true, false]);
  });

  it('returns 10 reviews when `first` is not given', async () => {
    const server = await startCheckServer({ db: databaseWith(12) });
    const { edges, pageInfo } = await page(server, {});
    expect(edges.length, 'reviews without `first` should default to 10').toBe(10);
    expect(pageInfo.hasNextPage).toBe(true);
  });

  it('says there is no next page when the last page is exactly full', async () => {
    const server = await startCheckServer({ db: databaseWith(1) });
    const first = await page(server, { first: 2 });
    const last = await page(server, { first: 2, after: first.pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.id)).toEqual(['r3', 'r4']);
    expect(last.pageInfo.hasNextPage, 'the last page holds r3 and r4, exactly `first` reviews: hasNextPage should be false').toBe(false);
    const after = await page(server, { first: 2, after: last.pageInfo.endCursor });
    expect(after, 'a page after the last review should be empty, with endCursor null').toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  it('uses opaque cursors, not the ids themselves', async () => {
    const server = await startCheckServer();
    const { edges } = await page(server, { first: 3 });
    for (const edge of edges) expect(edge.cursor, 'a cursor should be opaque (base64 of the position, say), not the review id').not.toBe(edge.node.id);
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 51 }, 'first'],
    [{ first: -1 }, 'first'],
    [{ first: 5, after: 'not-a-cursor' }, 'after'],
  ])('refuses %o with BAD_USER_INPUT naming `%s`', async (variables, argument) => {
    const server = await startCheckServer();
    const { body } = await server.request(PAGE, { variables });
    expect(body.errors?.[0]?.extensions, `reviews(${JSON.stringify(variables)}) should fail with extensions { code: 'BAD_USER_INPUT', argument: '${argument}' }; got ${show(body)}`).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument,
    });
  });
});
