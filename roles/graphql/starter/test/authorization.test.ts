import { describe, expect, it } from 'vitest';
import { ALICE, BOB, startTestServer } from './support.js';

// Review r1 (book b2) was written by Bob; r3 (book b2) by Carol.
const REVIEWERS = '{ book(id: "b2") { reviews { reviewer { name email } } } }';

describe('field-level authorization on User.email', () => {
  it('hides every email from anonymous callers but keeps the rest of the data', async () => {
    const server = await startTestServer();
    const { status, body } = await server.request(REVIEWERS);

    expect(status).toBe(200);
    expect(body.data?.book.reviews).toEqual([
      { reviewer: { name: 'Bob', email: null } },
      { reviewer: { name: 'Carol', email: null } },
    ]);
    expect(body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['book.reviews.0.reviewer.email', 'UNAUTHENTICATED'],
      ['book.reviews.1.reviewer.email', 'UNAUTHENTICATED'],
    ]);
  });

  it('lets a user read their own email and nobody else’s', async () => {
    const server = await startTestServer();
    const { body } = await server.request(REVIEWERS, { token: BOB });

    expect(body.data?.book.reviews).toEqual([
      { reviewer: { name: 'Bob', email: 'bob@example.com' } },
      { reviewer: { name: 'Carol', email: null } },
    ]);
    expect(body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([
      ['book.reviews.1.reviewer.email', 'FORBIDDEN'],
    ]);
  });

  it('lets an admin read every email', async () => {
    const server = await startTestServer();
    const { body } = await server.request(REVIEWERS, { token: ALICE });

    expect(body.errors).toBeUndefined();
    expect(body.data?.book.reviews).toEqual([
      { reviewer: { name: 'Bob', email: 'bob@example.com' } },
      { reviewer: { name: 'Carol', email: 'carol@example.com' } },
    ]);
  });
});
