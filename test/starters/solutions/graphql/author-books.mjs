// Reference solution of graphql/author-books: Author.books through a one-to-many DataLoader over one
// `author_id IN (…)` query, like reviewsOfBook.
export default [
  {
    file: 'src/typeDefs.ts',
    replace: `  type Author {
    id: ID!
    name: String!
`,
    with: `  type Author {
    id: ID!
    name: String!
    books: [Book!]!
`,
  },
  {
    file: 'src/db.ts',
    replace: `  authorsByIds(`,
    with: `  booksByAuthorIds(authorIds: readonly string[]): BookRecord[] {
    this.log(\`SELECT * FROM books WHERE author_id IN (\${authorIds.join(', ')})\`);
    return this.books.filter((book) => authorIds.includes(book.authorId));
  }

  authorsByIds(`,
  },
  {
    file: 'src/loaders.ts',
    replace: `    reviewsOfBook:`,
    with: `    booksOfAuthor: new DataLoader<string, BookRecord[]>(async (authorIds) => {
      const books = db.booksByAuthorIds(authorIds);
      return authorIds.map((authorId) => books.filter((book) => book.authorId === authorId));
    }),
    reviewsOfBook:`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `  Review: {`,
    with: `  Author: {
    books: (author: AuthorRecord, _: unknown, { loaders }: Context): Promise<BookRecord[]> => loaders.booksOfAuthor.load(author.id),
  },

  Review: {`,
  },
];
