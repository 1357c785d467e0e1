import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { withFilter } from 'graphql-subscriptions';
import { requireSelfOrAdmin, requireViewer } from './auth.js';
import type { Context } from './context.js';
import type { AuthorRecord, BookRecord, ReviewRecord, UserRecord } from './db.js';
import { REVIEW_ADDED, type ReviewAddedEvent } from './pubsub.js';

interface AddReviewInput {
  bookId: string;
  rating: number;
  comment: string;
}

export const resolvers = {
  Query: {
    books: (_: unknown, __: unknown, { db }: Context): BookRecord[] => db.listBooks(),

    book: (_: unknown, { id }: { id: string }, { loaders }: Context): Promise<BookRecord | null> => loaders.book.load(id),

    me: (_: unknown, __: unknown, { viewer }: Context): UserRecord | null => viewer,
  },

  Mutation: {
    addReview: async (_: unknown, { input }: { input: AddReviewInput }, context: Context): Promise<ReviewRecord> => {
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
        throw new GraphQLError(`No book with id ${input.bookId}.`, { extensions: { code: 'NOT_FOUND', field: 'bookId' } });
      }

      const review = context.db.insertReview({ bookId: book.id, userId: viewer.id, rating: input.rating, comment });
      context.loaders.reviewsOfBook.clear(book.id);
      await context.pubsub.publish(REVIEW_ADDED, { reviewAdded: review });
      return review;
    },
  },

  Subscription: {
    reviewAdded: {
      // withFilter types every resolver argument as optional; graphql-js always passes them.
      subscribe: withFilter<ReviewAddedEvent, { bookId?: string | null }, Context>(
        (_, __, context) => context!.pubsub.asyncIterableIterator(REVIEW_ADDED),
        (event, args) => !args?.bookId || event?.reviewAdded.bookId === args.bookId,
      ),
    },
  },

  Book: {
    author: (book: BookRecord, _: unknown, { loaders }: Context): Promise<AuthorRecord | null> => loaders.author.load(book.authorId),
    reviews: (book: BookRecord, _: unknown, { loaders }: Context): Promise<ReviewRecord[]> => loaders.reviewsOfBook.load(book.id),
  },

  Review: {
    book: (review: ReviewRecord, _: unknown, { loaders }: Context): Promise<BookRecord | null> => loaders.book.load(review.bookId),
    reviewer: (review: ReviewRecord, _: unknown, { loaders }: Context): Promise<UserRecord | null> => loaders.user.load(review.userId),
  },

  User: {
    // Field-level authorization: the rest of the User stays readable when this field is refused;
    // the response carries `email: null` plus an error whose path points at this field.
    email: (user: UserRecord, _: unknown, context: Context): string => {
      requireSelfOrAdmin(context, user);
      return user.email;
    },
  },
};

function badInput(message: string, field: keyof AddReviewInput): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, field } });
}
