// Reference solution of graphql/auth-directive: @auth(requires: …) in the SDL, enforced by a schema transform
// (mapSchema + getDirective) that wraps each decorated field's resolver, the default one included.
const directive = `import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { requireAdmin, requireSelfOrAdmin, requireViewer } from '../auth.js';
import type { Context } from '../context.js';
import type { UserRecord } from '../db.js';

type Requirement = 'SIGNED_IN' | 'SELF_OR_ADMIN' | 'ADMIN';

/** Enforces \`@auth(requires: …)\` on every field that carries it, before the field's own resolver runs. */
export function authDirectiveTransformer(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig) => {
      const requires = getDirective(schema, fieldConfig, 'auth')?.[0]?.requires as Requirement | undefined;
      if (!requires) return fieldConfig;
      const { resolve = defaultFieldResolver } = fieldConfig;
      return {
        ...fieldConfig,
        resolve(source, args, context: Pick<Context, 'viewer'>, info) {
          if (requires === 'SIGNED_IN') requireViewer(context);
          else if (requires === 'ADMIN') requireAdmin(context);
          else requireSelfOrAdmin(context, source as UserRecord);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
`;

export default [
  { file: 'src/directives/auth.ts', content: directive },
  {
    file: 'src/auth.ts',
    replace: `export function requireViewer(context: Context): UserRecord {`,
    with: `type Caller = Pick<Context, 'viewer'>;

export function requireViewer(context: Caller): UserRecord {`,
  },
  {
    file: 'src/auth.ts',
    replace: `export function requireSelfOrAdmin(context: Context, owner: UserRecord): void {`,
    with: `export function requireAdmin(context: Caller): void {
  if (requireViewer(context).role !== 'ADMIN') {
    throw new GraphQLError('Only admins may do this.', { extensions: { code: 'FORBIDDEN' } });
  }
}

/** A user's private fields are readable by that user and by admins. */
export function requireSelfOrAdmin(context: Caller, owner: Pick<UserRecord, 'id'>): void {`,
  },
  {
    file: 'src/auth.ts',
    replace: `/** A user's private fields are readable by that user and by admins. */
export function requireAdmin`,
    with: `export function requireAdmin`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: 'export const typeDefs = /* GraphQL */ `\n',
    with: `export const typeDefs = /* GraphQL */ \`
  "Who may read a field: anyone signed in, the user it belongs to (or an admin), or admins only."
  directive @auth(requires: AuthRequirement!) on FIELD_DEFINITION

  enum AuthRequirement {
    SIGNED_IN
    SELF_OR_ADMIN
    ADMIN
  }

`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `    me: User
`,
    with: `    me: User
    "Every user, for admins."
    users: [User!]! @auth(requires: ADMIN)
`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `    addReview(input: AddReviewInput!): Review!`,
    with: `    addReview(input: AddReviewInput!): Review! @auth(requires: SIGNED_IN)`,
  },
  {
    file: 'src/typeDefs.ts',
    replace: `    email: String
`,
    with: `    email: String @auth(requires: SELF_OR_ADMIN)
`,
  },
  {
    file: 'src/db.ts',
    replace: `  usersByIds(`,
    with: `  listUsers(): UserRecord[] {
    this.log('SELECT * FROM users ORDER BY id');
    return [...this.users];
  }

  usersByIds(`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `import { requireSelfOrAdmin, requireViewer } from './auth.js';`,
    with: `import { requireViewer } from './auth.js';`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `    me: (_: unknown, __: unknown, { viewer }: Context): UserRecord | null => viewer,
`,
    with: `    me: (_: unknown, __: unknown, { viewer }: Context): UserRecord | null => viewer,

    users: (_: unknown, __: unknown, { db }: Context): UserRecord[] => db.listUsers(),
`,
  },
  {
    file: 'src/resolvers.ts',
    replace: `
  User: {
    // Field-level authorization: the rest of the User stays readable when this field is refused;
    // the response carries \`email: null\` plus an error whose path points at this field.
    email: (user: UserRecord, _: unknown, context: Context): string => {
      requireSelfOrAdmin(context, user);
      return user.email;
    },
  },
`,
    with: ``,
  },
  {
    file: 'src/schema.ts',
    replace: `import { resolvers } from './resolvers.js';`,
    with: `import { authDirectiveTransformer } from './directives/auth.js';
import { resolvers } from './resolvers.js';`,
  },
  {
    file: 'src/schema.ts',
    replace: `  return makeExecutableSchema({ typeDefs, resolvers });`,
    with: `  return authDirectiveTransformer(makeExecutableSchema({ typeDefs, resolvers }));`,
  },
];
