import { describe, expect, it } from 'vitest';
import { ALICE, startTestServer } from './support.js';

describe('queries', () => {
  it('lists books with their authors', async () => {
    const server = await startTestServer();
    const { status, body } = await server.request('{ books { id title publishedYear author { name } } }');

    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data?.books).toHaveLength(5);
    expect(body.data?.books[0]).toEqual({
      id: 'b1',
      title: 'A Wizard of Earthsea',
      publishedYear: 1968,
      author: { name: 'Ursula K. Le Guin' },
    });
  });

  it('finds one book by id, with its reviews', async () => {
    const server = await startTestServer();
    const { body } = await server.request(
      'query Book($id: ID!) { book(id: $id) { title reviews { rating reviewer { name } } } }',
      { variables: { id: 'b2' } },
    );

    expect(body.data?.book).toEqual({
      title: 'The Dispossessed',
      reviews: [
        { rating: 5, reviewer: { name: 'Bob' } },
        { rating: 4, reviewer: { name: 'Carol' } },
      ],
    });
  });

  it('returns null for a book that does not exist', async () => {
    const server = await startTestServer();
    const { body } = await server.request('{ book(id: "nope") { title } }');

    expect(body).toEqual({ data: { book: null } });
  });

  it('rejects a query that does not match the schema', async () => {
    const server = await startTestServer();
    const { status, body } = await server.request('{ books { isbn } }');

    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('knows who is signed in', async () => {
    const server = await startTestServer();

    expect((await server.request('{ me { name } }')).body.data).toEqual({ me: null });
    expect((await server.request('{ me { name role } }', { token: ALICE })).body.data).toEqual({
      me: { name: 'Alice', role: 'ADMIN' },
    });
  });

  it('answers 401 to an unknown token instead of treating the caller as anonymous', async () => {
    const server = await startTestServer();
    const { status, body } = await server.request('{ me { name } }', { token: 'forged' });

    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
