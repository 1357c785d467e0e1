// Reference solution of graphql/paginate-reviews: Query.reviews as a Relay-style connection. The cursor is the
// base64url of the review's id; the database reads one row more than the page to know whether there is a next one.
export default [
  {
    file: 'src/typeDefs.ts',
    replace: `    me: User
  }
`,
    with: `    me: User
    "Every review, in the order they were written; first is 1 to 50."
    reviews(first: Int = 10, after: String): ReviewConnection!
  }

  type ReviewConnection {
    edges: [ReviewEdge!]!
    pageInfo: PageInfo!
  }

  type ReviewEdge {
    "Pass it as after to get the reviews that follow this one."
    cursor: String!
    node: Review!
  }

  type PageInfo {
    hasNextPage: Boolean!
    endCursor: String
  }
`,
  },
  {
    file: 'src/db.ts',
    replace: `  userBySessionToken(token: string)`,
    with: `  /** Up to \`limit\` reviews in the order they were written, after the one with \`afterId\`; undefined if it is unknown. */
  reviewsAfter(afterId: string | null, limit: number): ReviewRecord[] | undefined {
    this.log(\`SELECT * FROM reviews WHERE position > (SELECT position FROM reviews WHERE id = ?) ORDER BY position LIMIT \${limit}\`);
    const start = afterId === null ? 0 : this.reviews.findIndex((review) => review.id === afterId) + 1;
    if (start === 0 && afterId !== null) return undefined;
    return this.reviews.slice(start, start + limit);
  }

  userBySessionToken(token: string)`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `    me: (_: unknown, __: unknown, { viewer }: Context): UserRecord | null => viewer,
`,
    with: `    me: (_: unknown, __: unknown, { viewer }: Context): UserRecord | null => viewer,

    reviews: (_: unknown, { first, after }: { first: number; after?: string | null }, { db }: Context) => {
      if (!Number.isInteger(first) || first < 1 || first > 50) throw badArgument('first must be between 1 and 50.', 'first');
      const afterId = after == null ? null : decodeCursor(after);
      // One row more than asked tells whether there is a next page, without counting the table.
      const rows = afterId === undefined ? undefined : db.reviewsAfter(afterId, first + 1);
      if (!rows) throw badArgument('after is not a cursor of this list.', 'after');
      const edges = rows.slice(0, first).map((review) => ({ cursor: encodeCursor(review.id), node: review }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `function badInput(`,
    with: `function badArgument(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument } });
}

const CURSOR_PREFIX = 'review:';

function encodeCursor(id: string): string {
  return Buffer.from(CURSOR_PREFIX + id).toString('base64url');
}

/** The review id in a cursor, or undefined for anything this list did not hand out. */
function decodeCursor(cursor: string): string | undefined {
  const text = Buffer.from(cursor, 'base64url').toString();
  return text.startsWith(CURSOR_PREFIX) ? text.slice(CURSOR_PREFIX.length) : undefined;
}

function badInput(`,
  },
];
