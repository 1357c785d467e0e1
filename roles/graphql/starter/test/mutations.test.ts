import { describe, expect, it } from 'vitest';
import { BOB, startTestServer } from './support.js';

const ADD_REVIEW = /* GraphQL */ `
  mutation AddReview($input: AddReviewInput!) {
    addReview(input: $input) { id rating comment book { title } reviewer { name } }
  }
`;

describe('addReview', () => {
  it('stores a review written by the signed-in user', async () => {
    const server = await startTestServer();
    const { body } = await server.request(ADD_REVIEW, {
      token: BOB,
      variables: { input: { bookId: 'b5', rating: 5, comment: '  Every story is a gem.  ' } },
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.addReview).toMatchObject({
      rating: 5,
      comment: 'Every story is a gem.',
      book: { title: 'Exhalation' },
      reviewer: { name: 'Bob' },
    });

    const after = await server.request('{ book(id: "b5") { reviews { comment } } }');
    expect(after.body.data?.book.reviews).toEqual([{ comment: 'Every story is a gem.' }]);
  });

  it('requires a signed-in user', async () => {
    const server = await startTestServer();
    const { body } = await server.request(ADD_REVIEW, {
      variables: { input: { bookId: 'b5', rating: 5, comment: 'Anonymous praise' } },
    });

    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(server.db.queryLog.some((sql) => sql.startsWith('INSERT'))).toBe(false);
  });

  it.each([
    [{ bookId: 'b5', rating: 0, comment: 'Too low' }, 'BAD_USER_INPUT', 'rating'],
    [{ bookId: 'b5', rating: 6, comment: 'Too high' }, 'BAD_USER_INPUT', 'rating'],
    [{ bookId: 'b5', rating: 3, comment: '   ' }, 'BAD_USER_INPUT', 'comment'],
    [{ bookId: 'b404', rating: 3, comment: 'Which book?' }, 'NOT_FOUND', 'bookId'],
  ])('rejects %o with %s', async (input, code, field) => {
    const server = await startTestServer();
    const { body } = await server.request(ADD_REVIEW, { token: BOB, variables: { input } });

    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code, field });
    expect(server.db.queryLog.some((sql) => sql.startsWith('INSERT'))).toBe(false);
  });
});
