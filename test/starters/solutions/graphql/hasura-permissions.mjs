// Reference solution of graphql/hasura-permissions: the starter's hasura/metadata.json with permission rules for
// the anonymous, reader and moderator roles (Hasura's own `admin` role bypasses them all).
const fk = (table, column) => ({ foreign_key_constraint_on: { table: { schema: 'public', name: table }, column } });
const everyRow = {};
const own = { user_id: { _eq: 'X-Hasura-User-Id' } };
const ratedOneToFive = { rating: { _gte: 1, _lte: 5 } };

/** The same select permission for all three roles, with a row limit for anonymous visitors where asked. */
const readableByAll = (columns, anonymousLimit) => [
  { role: 'anonymous', permission: { columns, filter: everyRow, ...(anonymousLimit ? { limit: anonymousLimit } : {}) } },
  { role: 'reader', permission: { columns, filter: everyRow } },
  { role: 'moderator', permission: { columns, filter: everyRow, allow_aggregations: true } },
];

const metadata = {
  version: 3,
  sources: [
    {
      name: 'default',
      kind: 'postgres',
      tables: [
        {
          table: { schema: 'public', name: 'authors' },
          array_relationships: [{ name: 'books', using: fk('books', 'author_id') }],
          select_permissions: readableByAll(['id', 'name']),
        },
        {
          table: { schema: 'public', name: 'books' },
          object_relationships: [{ name: 'author', using: { foreign_key_constraint_on: 'author_id' } }],
          array_relationships: [{ name: 'reviews', using: fk('reviews', 'book_id') }],
          select_permissions: readableByAll(['id', 'title', 'published_year', 'author_id']),
        },
        {
          table: { schema: 'public', name: 'reviews' },
          object_relationships: [
            { name: 'book', using: { foreign_key_constraint_on: 'book_id' } },
            { name: 'reviewer', using: { foreign_key_constraint_on: 'user_id' } },
          ],
          select_permissions: readableByAll(['id', 'book_id', 'user_id', 'rating', 'comment', 'created_at'], 100),
          insert_permissions: [
            {
              role: 'reader',
              permission: { columns: ['book_id', 'rating', 'comment'], set: { user_id: 'X-Hasura-User-Id' }, check: ratedOneToFive },
            },
          ],
          update_permissions: [{ role: 'reader', permission: { columns: ['rating', 'comment'], filter: own, check: ratedOneToFive } }],
          delete_permissions: [
            { role: 'reader', permission: { filter: own } },
            { role: 'moderator', permission: { filter: everyRow } },
          ],
        },
        {
          table: { schema: 'public', name: 'users' },
          array_relationships: [{ name: 'reviews', using: fk('reviews', 'user_id') }],
          select_permissions: [
            { role: 'anonymous', permission: { columns: ['id', 'name'], filter: everyRow } },
            { role: 'reader', permission: { columns: ['id', 'name', 'role'], filter: everyRow } },
            { role: 'moderator', permission: { columns: ['id', 'name', 'email', 'role'], filter: everyRow } },
          ],
        },
      ],
      configuration: {
        connection_info: {
          database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' },
          isolation_level: 'read-committed',
          use_prepared_statements: false,
        },
      },
    },
  ],
};

export default [{ file: 'hasura/metadata.json', content: `${JSON.stringify(metadata, null, 2)}\n` }];
