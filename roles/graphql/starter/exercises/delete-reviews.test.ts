// Check of the exercise "Delete reviews, live" (README): the deleteReview mutation, its rules, and the
// reviewDeleted subscription over graphql-ws, filtered by book. Seeded reviews: r1 (book b2) by Bob, r2 (book b3)
// by Carol, r3 (book b2) by Carol.
import { describe, expect, it, vi } from 'vitest';
import { ALICE, BOB, CAROL, errorCodes, show, startCheckServer, untilListening, type CheckServer } from './helpers.js';

const DELETE = 'mutation Delete($id: ID!) { deleteReview(id: $id) }';

async function reviewIds(server: CheckServer, bookId: string): Promise<string[]> {
  const { body } = await server.request('query Reviews($id: ID!) { book(id: $id) { reviews { id } } }', { variables: { id: bookId } });
  return body.data?.book.reviews.map((review: { id: string }) => review.id);
}

describe('deleteReview', () => {
  it('lets the author delete their review', async () => {
    const server = await startCheckServer();
    const { body } = await server.request(DELETE, { token: BOB, variables: { id: 'r1' } });
    expect(body, `Bob deleting his review r1 should answer { deleteReview: "r1" }; got ${show(body)}`).toEqual({ data: { deleteReview: 'r1' } });
    expect(await reviewIds(server, 'b2'), 'r1 should be gone from book b2').toEqual(['r3']);
  });

  it('lets an admin delete anyone’s review', async () => {
    const server = await startCheckServer();
    const { body } = await server.request(DELETE, { token: ALICE, variables: { id: 'r2' } });
    expect(body, `Alice (ADMIN) deleting Carol’s r2 should succeed; got ${show(body)}`).toEqual({ data: { deleteReview: 'r2' } });
    expect(await reviewIds(server, 'b3')).toEqual([]);
  });

  it.each([
    ['anonymous', undefined, 'r1', 'UNAUTHENTICATED'],
    ['Carol, on Bob’s review', CAROL, 'r1', 'FORBIDDEN'],
    ['Bob, on a review that does not exist', BOB, 'r404', 'NOT_FOUND'],
  ])('refuses %s with %s and deletes nothing', async (_who, token, id, code) => {
    const server = await startCheckServer();
    const { body } = await server.request(DELETE, { token, variables: { id } });
    expect(errorCodes(body), `should fail with ${code} at path deleteReview; got ${show(body)}`).toEqual([['deleteReview', code]]);
    expect(await reviewIds(server, 'b2'), 'no review may be deleted').toEqual(['r1', 'r3']);
  });

  it('answers NOT_FOUND to a second deletion of the same review', async () => {
    const server = await startCheckServer();
    await server.request(DELETE, { token: BOB, variables: { id: 'r1' } });
    const { body } = await server.request(DELETE, { token: BOB, variables: { id: 'r1' } });
    expect(errorCodes(body), `deleting r1 again should fail with NOT_FOUND; got ${show(body)}`).toEqual([['deleteReview', 'NOT_FOUND']]);
  });
});

describe('reviewDeleted subscription', () => {
  it('tells the subscribers of a book, and those of every book, and nobody else', async () => {
    const server = await startCheckServer();
    const subscribed = vi.spyOn(server.pubsub, 'subscribe');
    const subscribe = (filter: string) =>
      server.connect(BOB).iterate<{ reviewDeleted: { id: string; bookId: string } }>({ query: `subscription { reviewDeleted${filter} { id bookId } }` });
    const ofB2 = subscribe('(bookId: "b2")');
    const ofB3 = subscribe('(bookId: "b3")');
    const ofAll = subscribe('');
    const next = { b2: ofB2.next(), b3: ofB3.next(), all: ofAll.next() };
    await untilListening(subscribed, 3, Object.values(next));

    const first = await server.request(DELETE, { token: BOB, variables: { id: 'r1' } });
    expect(first.body.errors, `deleting r1 should work; got ${show(first.body)}`).toBeUndefined();
    await server.request(DELETE, { token: CAROL, variables: { id: 'r2' } });

    const first3 = await next.b3;
    expect(first3.value, 'a subscriber to book b3 should not hear of r1 (book b2): its first event should be r2').toEqual({
      data: { reviewDeleted: { id: 'r2', bookId: 'b3' } },
    });
    expect((await next.b2).value, 'a subscriber to book b2 should hear that r1 was deleted').toEqual({ data: { reviewDeleted: { id: 'r1', bookId: 'b2' } } });
    expect((await next.all).value, 'a subscriber without bookId should hear of every deletion, r1 first').toEqual({
      data: { reviewDeleted: { id: 'r1', bookId: 'b2' } },
    });
    await Promise.all([ofB2.return?.(), ofB3.return?.(), ofAll.return?.()]);
  });

  it('says nothing when a deletion is refused', async () => {
    const server = await startCheckServer();
    const subscribed = vi.spyOn(server.pubsub, 'subscribe');
    const events = server.connect(BOB).iterate<{ reviewDeleted: { id: string } }>({ query: 'subscription { reviewDeleted { id } }' });
    const next = events.next();
    await untilListening(subscribed, 1, [next]);

    await server.request(DELETE, { token: CAROL, variables: { id: 'r1' } });
    await server.request(DELETE, { token: CAROL, variables: { id: 'r3' } });
    expect((await next).value, 'Carol’s refused deletion of r1 should publish nothing: the first event should be r3').toEqual({
      data: { reviewDeleted: { id: 'r3' } },
    });
    await events.return?.();
  });
});
