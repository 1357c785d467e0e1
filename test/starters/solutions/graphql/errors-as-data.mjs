// Reference solution of graphql/errors-as-data: addReview answers a union (expected failures are data, with every
// invalid field), and formatError masks unexpected errors in production after logging them. The starter's own
// tests of addReview follow the new payload.
const mutationsTest = `import { describe, expect, it } from 'vitest';
import { BOB, startTestServer } from './support.js';

const ADD_REVIEW = /* GraphQL */ \`
  mutation AddReview($input: AddReviewInput!) {
    addReview(input: $input) {
      ... on AddReviewSuccess { review { id rating comment book { title } reviewer { name } } }
      ... on ValidationFailed { errors { field message } }
    }
  }
\`;

describe('addReview', () => {
  it('stores a review written by the signed-in user', async () => {
    const server = await startTestServer();
    const { body } = await server.request(ADD_REVIEW, {
      token: BOB,
      variables: { input: { bookId: 'b5', rating: 5, comment: '  Every story is a gem.  ' } },
    });

    expect(body.errors).toBeUndefined();
    expect(body.data?.addReview.review).toMatchObject({
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
    [{ bookId: 'b5', rating: 0, comment: 'Too low' }, ['rating']],
    [{ bookId: 'b5', rating: 6, comment: 'Too high' }, ['rating']],
    [{ bookId: 'b5', rating: 3, comment: '   ' }, ['comment']],
    [{ bookId: 'b404', rating: 3, comment: 'Which book?' }, ['bookId']],
    [{ bookId: 'b404', rating: 0, comment: '' }, ['bookId', 'rating', 'comment']],
  ])('answers %o with ValidationFailed on %o', async (input, fields) => {
    const server = await startTestServer();
    const { body } = await server.request(ADD_REVIEW, { token: BOB, variables: { input } });

    expect(body.errors).toBeUndefined();
    expect(body.data?.addReview.errors.map((error: { field: string }) => error.field)).toEqual(fields);
    expect(server.db.queryLog.some((sql) => sql.startsWith('INSERT'))).toBe(false);
  });
});
`;

export default [
  { file: 'test/mutations.test.ts', content: mutationsTest },
  {
    file: 'test/subscriptions.test.ts',
    replace: `addReview(input: $input) { id }`,
    with: `addReview(input: $input) { __typename }`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `addReview(input: AddReviewInput!): Review!`,
    with: `addReview(input: AddReviewInput!): AddReviewPayload!`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `  input AddReviewInput {`,
    with: `  "Either the new review, or why the input was refused."
  union AddReviewPayload = AddReviewSuccess | ValidationFailed

  type AddReviewSuccess {
    review: Review!
  }

  type ValidationFailed {
    "One entry per invalid field of the input."
    errors: [FieldError!]!
  }

  type FieldError {
    "The name of the input field."
    field: String!
    message: String!
  }

  input AddReviewInput {`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `    addReview: async (_: unknown, { input }: { input: AddReviewInput }, context: Context): Promise<ReviewRecord> => {
      const viewer = requireViewer(context);
      const comment = input.comment.trim();
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
        throw badInput('rating must be between 1 and 5.', 'rating');
      }
      if (comment.length === 0 || comment.length > 2000) {
        throw badInput('comment must be 1 to 2000 characters.', 'comment');
      }
      const book = await context.loaders.book.load(input.bookId);
      if (!book) {
        throw new GraphQLError(\`No book with id \${input.bookId}.\`, { extensions: { code: 'NOT_FOUND', field: 'bookId' } });
      }

      const review = context.db.insertReview({ bookId: book.id, userId: viewer.id, rating: input.rating, comment });
      context.loaders.reviewsOfBook.clear(book.id);
      await context.pubsub.publish(REVIEW_ADDED, { reviewAdded: review });
      return review;
    },`,
    with: `    addReview: async (_: unknown, { input }: { input: AddReviewInput }, context: Context): Promise<AddReviewPayload> => {
      const viewer = requireViewer(context);
      const comment = input.comment.trim();
      const errors: FieldError[] = [];
      const book = await context.loaders.book.load(input.bookId);
      if (!book) errors.push({ field: 'bookId', message: \`No book with id \${input.bookId}.\` });
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5) {
        errors.push({ field: 'rating', message: 'rating must be between 1 and 5.' });
      }
      if (comment.length === 0 || comment.length > 2000) {
        errors.push({ field: 'comment', message: 'comment must be 1 to 2000 characters.' });
      }
      if (!book || errors.length > 0) return { __typename: 'ValidationFailed', errors };

      const review = context.db.insertReview({ bookId: book.id, userId: viewer.id, rating: input.rating, comment });
      context.loaders.reviewsOfBook.clear(book.id);
      await context.pubsub.publish(REVIEW_ADDED, { reviewAdded: review });
      return { __typename: 'AddReviewSuccess', review };
    },`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `interface AddReviewInput {`,
    with: `interface FieldError {
  field: keyof AddReviewInput;
  message: string;
}

// __typename tells graphql-js which member of the union an object is.
type AddReviewPayload = { __typename: 'AddReviewSuccess'; review: ReviewRecord } | { __typename: 'ValidationFailed'; errors: FieldError[] };

interface AddReviewInput {`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `
function badInput(message: string, field: keyof AddReviewInput): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field } });
}
`,
    with: ``,
  },
  {
    file: 'src/server.ts',
    replace: `import { ApolloServer } from '@apollo/server';`,
    with: `import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';`,
  },
  {
    file: 'src/server.ts',
    replace: `export interface RunningServer {`,
    with: `// Errors the API raises on purpose, or that Apollo raises for a bad request: their messages are for clients.
const EXPECTED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** In production, anything unexpected reaches the client as "Internal server error" and the log in full. */
function maskUnexpectedErrors(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (!production || (typeof code === 'string' && EXPECTED_CODES.has(code))) return formatted;
    console.error(unwrapResolverError(error));
    return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

export interface RunningServer {`,
  },
  {
    file: 'src/server.ts',
    replace: `    schema,
    plugins: [`,
    with: `    schema,
    formatError: maskUnexpectedErrors(process.env.NODE_ENV === 'production'),
    plugins: [`,
  },
];
