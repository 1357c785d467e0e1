// Check of the exercise "Errors as data, and masked surprises" (README): addReview answers a union with every
// invalid field, and in production the server hides the message of any error it did not expect.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Database } from '../src/db.js';
import { BOB, errorCodes, show, startCheckServer } from './helpers.js';

const ADD_REVIEW = /* GraphQL */ `
  mutation AddReview($input: AddReviewInput!) {
    addReview(input: $input) {
      __typename
      ... on AddReviewSuccess { review { rating comment book { title } reviewer { name } } }
      ... on ValidationFailed { errors { field message } }
    }
  }
`;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('addReview returns AddReviewPayload', () => {
  it('answers AddReviewSuccess with the review', async () => {
    const server = await startCheckServer();
    const { body } = await server.request(ADD_REVIEW, { token: BOB, variables: { input: { bookId: 'b5', rating: 5, comment: ' A gem. ' } } });
    expect(body, `a valid review should answer AddReviewSuccess { review }; got ${show(body)}`).toEqual({
      data: { addReview: { __typename: 'AddReviewSuccess', review: { rating: 5, comment: 'A gem.', book: { title: 'Exhalation' }, reviewer: { name: 'Bob' } } } },
    });
  });

  it.each([
    [{ bookId: 'b5', rating: 0, comment: 'Too low' }, ['rating']],
    [{ bookId: 'b5', rating: 3, comment: '   ' }, ['comment']],
    [{ bookId: 'b404', rating: 3, comment: 'Which book?' }, ['bookId']],
    [{ bookId: 'b404', rating: 9, comment: '' }, ['bookId', 'comment', 'rating']],
  ])('answers ValidationFailed for %o, naming every invalid field', async (input, fields) => {
    const server = await startCheckServer();
    const { body } = await server.request(ADD_REVIEW, { token: BOB, variables: { input } });
    expect(body.errors, `invalid input is an expected outcome: answer it as data, not in "errors"; got ${show(body)}`).toBeUndefined();
    const payload = body.data?.addReview;
    expect(payload?.__typename, `should answer ValidationFailed; got ${show(body)}`).toBe('ValidationFailed');
    const named = payload.errors.map((error: { field: string }) => error.field).sort();
    expect(named, `ValidationFailed.errors should name exactly ${fields.join(', ')}`).toEqual(fields);
    for (const error of payload.errors) expect(error.message, `the error for ${error.field} should say what is wrong`).toMatch(/\w{3}/);
    expect(server.db.queryLog.some((sql) => sql.startsWith('INSERT')), 'an invalid review must not be stored').toBe(false);
  });

  it('still refuses an anonymous caller with an UNAUTHENTICATED error', async () => {
    const server = await startCheckServer();
    const { body } = await server.request(ADD_REVIEW, { variables: { input: { bookId: 'b5', rating: 5, comment: 'Hi' } } });
    expect(errorCodes(body), `not being signed in is not a validation failure of the input; got ${show(body)}`).toEqual([['addReview', 'UNAUTHENTICATED']]);
  });
});

/** A database that fails the way a real one does, with details no client should see. */
class BrokenDatabase extends Database {
  override listBooks(): never {
    throw new Error('connect ECONNREFUSED 10.0.3.7:5432 (user books_rw)');
  }
}

describe('formatError', () => {
  it('replaces the message of an unexpected error in production, and logs the original', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = await startCheckServer({ db: new BrokenDatabase() });
    const { body } = await server.request('{ books { title } }');
    const text = JSON.stringify(body);
    expect(text, `the client should not see the database's address; got ${show(body)}`).not.toMatch(/ECONNREFUSED|10\.0\.3\.7/);
    expect(
      body.errors?.[0],
      `with NODE_ENV=production when startServer runs (the check sets it just before), an unexpected error should read "Internal server error"; got ${show(body)}`,
    ).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(body.errors?.[0]?.extensions?.stacktrace, 'no stack trace in production').toBeUndefined();
    const logs = logged.mock.calls.map((args) => args.map((arg) => (arg instanceof Error ? `${arg.message} ${String(arg.cause)}` : String(arg))).join(' '));
    expect(logs.join('\n'), 'log the original error with console.error, so you still learn what broke').toContain('ECONNREFUSED');
  });

  it('keeps the message of the errors it knows in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = await startCheckServer();
    const forbidden = await server.request('{ book(id: "b2") { reviews { reviewer { email } } } }', { token: BOB });
    expect(forbidden.body.errors?.[0]?.message, `a FORBIDDEN error is expected: keep its message; got ${show(forbidden.body)}`).not.toBe('Internal server error');
    const invalid = await server.request('{ books { isbn } }');
    expect(invalid.body.errors?.[0]?.message, 'a validation error should still name the unknown field').toContain('isbn');
  });

  it('shows the real message outside production', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const server = await startCheckServer({ db: new BrokenDatabase() });
    const { body } = await server.request('{ books { title } }');
    expect(body.errors?.[0]?.message, 'in development the message helps you debug: keep it').toContain('ECONNREFUSED');
  });
});
