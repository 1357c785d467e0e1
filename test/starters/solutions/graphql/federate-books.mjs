// Reference solution of graphql/federate-books: the API's schema becomes a Federation 2 subgraph (buildSubgraphSchema)
// with Book as an entity resolved through the loader, and a second, inventory subgraph contributes
// Book.copiesAvailable and Query.lowStock.
const inventory = `import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';

// Another team's service: it knows how many copies of each book are on the shelf, and nothing else about books.
const copies = new Map([
  ['b1', 3],
  ['b2', 0],
  ['b3', 1],
  ['b4', 5],
  ['b5', 2],
]);

const typeDefs = parse(/* GraphQL */ \`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    "Books with fewer than 2 copies left, in id order."
    lowStock: [Book!]!
  }

  type Book @key(fields: "id") {
    id: ID!
    copiesAvailable: Int!
  }
\`);

interface BookStock {
  id: string;
  copiesAvailable: number;
}

const stockOf = (id: string): BookStock => ({ id, copiesAvailable: copies.get(id) ?? 0 });

export function createInventorySchema(): GraphQLSchema {
  return buildSubgraphSchema({
    typeDefs,
    resolvers: {
      Query: {
        lowStock: () => [...copies.keys()].sort().map(stockOf).filter((book) => book.copiesAvailable < 2),
      },
      Book: {
        // The router sends { __typename: 'Book', id } for each book it needs copies of.
        __resolveReference: ({ id }: { id: string }) => stockOf(id),
      },
    },
  });
}
`;

export default [
  { file: 'src/subgraphs/inventory.ts', content: inventory },
  {
    file: 'src/schema.ts',
    replace: `import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';`,
    with: `import { buildSubgraphSchema } from '@apollo/subgraph';
// Not exported from the package root. Our resolvers are typed against Context, its map against unknown contexts.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse, type GraphQLSchema } from 'graphql';`,
  },
  {
    file: 'src/schema.ts',
    replace: `  return authDirectiveTransformer(makeExecutableSchema({ typeDefs, resolvers }));`,
    with: `  // A Federation 2 subgraph: it serves clients on its own, and a router through _service and _entities.
  return authDirectiveTransformer(buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as unknown as GraphQLResolverMap<unknown> }));`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: 'export const typeDefs = /* GraphQL */ `\n',
    with: `export const typeDefs = /* GraphQL */ \`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `  type Book @cacheControl(maxAge: 60) {`,
    with: `  "An entity: other subgraphs may add fields to it, keyed by id."
  type Book @key(fields: "id") @cacheControl(maxAge: 60) {`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `  Book: {
`,
    with: `  Book: {
    // How the router turns { __typename: 'Book', id } from another subgraph into a book: through the loader, so the
    // references of one request cost one query.
    __resolveReference: ({ id }: { id: string }, { loaders }: Context): Promise<BookRecord | null> => loaders.book.load(id),
`,
  },
];
