// Reference solution of graphql/delete-reviews: deleteReview (its author or an admin) publishes REVIEW_DELETED,
// and reviewDeleted filters the events by book like reviewAdded.
export default [
  {
    file: 'src/typeDefs.ts',
    replace: `  }

  type Subscription {
`,
    with: `    "Its author or an admin. Returns the id of the deleted review."
    deleteReview(id: ID!): ID!
  }

  type Subscription {
    "Deleted reviews, of one book or of all books."
    reviewDeleted(bookId: ID): DeletedReview!
`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `  type Author {`,
    with: `  type DeletedReview {
    id: ID!
    bookId: ID!
  }

  type Author {`,
  },
  {
    file: 'src/db.ts',
    replace: `  userBySessionToken(token: string)`,
    with: `  reviewById(id: string): ReviewRecord | undefined {
    this.log('SELECT * FROM reviews WHERE id = ?');
    return this.reviews.find((review) => review.id === id);
  }

  deleteReview(id: string): boolean {
    this.log('DELETE FROM reviews WHERE id = ?');
    const index = this.reviews.findIndex((review) => review.id === id);
    if (index !== -1) this.reviews.splice(index, 1);
    return index !== -1;
  }

  userBySessionToken(token: string)`,
  },
  {
    file: 'src/pubsub.ts',
    replace: `// In-process only`,
    with: `export const REVIEW_DELETED = 'REVIEW_DELETED';

export interface ReviewDeletedEvent {
  reviewDeleted: Pick<ReviewRecord, 'id' | 'bookId'>;
}

// In-process only`,
  },
  {
    file: 'src/pubsub.ts',
    replace: `  return new PubSub<{ [REVIEW_ADDED]: ReviewAddedEvent }>();`,
    with: `  return new PubSub<{ [REVIEW_ADDED]: ReviewAddedEvent; [REVIEW_DELETED]: ReviewDeletedEvent }>();`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `import { REVIEW_ADDED, type ReviewAddedEvent } from './pubsub.js';`,
    with: `import { REVIEW_ADDED, REVIEW_DELETED, type ReviewAddedEvent, type ReviewDeletedEvent } from './pubsub.js';`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `  Subscription: {
`,
    with: `  Subscription: {
    reviewDeleted: {
      subscribe: withFilter<ReviewDeletedEvent, { bookId?: string | null }, Context>(
        (_, __, context) => context!.pubsub.asyncIterableIterator(REVIEW_DELETED),
        (event, args) => !args?.bookId || event?.reviewDeleted.bookId === args.bookId,
      ),
    },

`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `  Mutation: {
`,
    with: `  Mutation: {
    deleteReview: async (_: unknown, { id }: { id: string }, context: Context): Promise<string> => {
      const viewer = requireViewer(context);
      const review = context.db.reviewById(id);
      if (!review) throw new GraphQLError(\`No review with id \${id}.\`, { extensions: { code: 'NOT_FOUND' } });
      if (review.userId !== viewer.id && viewer.role !== 'ADMIN') {
        throw new GraphQLError('Only its author or an admin may delete a review.', { extensions: { code: 'FORBIDDEN' } });
      }
      context.db.deleteReview(id);
      context.loaders.reviewsOfBook.clear(review.bookId);
      await context.pubsub.publish(REVIEW_DELETED, { reviewDeleted: { id: review.id, bookId: review.bookId } });
      return id;
    },

`,
  },
];
