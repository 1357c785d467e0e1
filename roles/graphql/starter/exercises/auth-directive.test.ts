// Check of the exercise "Authorization as a directive" (README): @auth(requires: …) declared in the SDL and
// enforced by authDirectiveTransformer. The check applies your transformer to a small schema of its own (so it
// sees every rule on fields with and without resolvers), then queries your server.
import { makeExecutableSchema } from '@graphql-tools/schema';
import { getDirective } from '@graphql-tools/utils';
import { graphql, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../src/db.js';
import { resolvers } from '../src/resolvers.js';
import { createSchema } from '../src/schema.js';
import { ALICE, BOB, errorCodes, projectExport, show, startCheckServer } from './helpers.js';

type Transformer = (schema: GraphQLSchema) => GraphQLSchema;
const loadTransformer = () =>
  projectExport<Transformer>('src/directives/auth.ts', 'authDirectiveTransformer', 'function authDirectiveTransformer(schema): GraphQLSchema');

const users: Record<string, UserRecord> = {
  bob: { id: 'u2', name: 'Bob', email: 'bob@example.com', role: 'READER' },
  alice: { id: 'u1', name: 'Alice', email: 'alice@example.com', role: 'ADMIN' },
};

// A schema of the check's own, using the directive as the exercise declares it. Person.secret has no resolver of
// its own: the directive must protect fields served by the default resolver too.
const probeSchema = () =>
  makeExecutableSchema({
    typeDefs: /* GraphQL */ `
      directive @auth(requires: AuthRequirement!) on FIELD_DEFINITION
      enum AuthRequirement { SIGNED_IN SELF_OR_ADMIN ADMIN }
      type Query {
        open: String
        signedIn: String @auth(requires: SIGNED_IN)
        adminOnly: String @auth(requires: ADMIN)
        person(id: ID!): Person
      }
      type Person { id: ID! name: String secret: String @auth(requires: SELF_OR_ADMIN) }
    `,
    resolvers: {
      Query: {
        open: () => 'open',
        signedIn: () => 'signed in',
        adminOnly: () => 'admins only',
        person: (_: unknown, { id }: { id: string }) => ({ id, name: `person ${id}`, secret: `secret of ${id}` }),
      },
    },
  });

const PROBE = '{ open signedIn adminOnly own: person(id: "u2") { name secret } other: person(id: "u3") { name secret } }';

async function probe(viewer: UserRecord | null) {
  const schema = (await loadTransformer())(probeSchema());
  return graphql({ schema, source: PROBE, contextValue: { viewer } });
}

describe('authDirectiveTransformer (src/directives/auth.ts)', () => {
  it('lets anonymous callers through only where there is no @auth', async () => {
    const result = await probe(null);
    expect(result.data, `anonymous: only \`open\` and the names should resolve; got ${show(result)}`).toEqual({
      open: 'open',
      signedIn: null,
      adminOnly: null,
      own: { name: 'person u2', secret: null },
      other: { name: 'person u3', secret: null },
    });
    expect(errorCodes(result), 'each refused field should carry an UNAUTHENTICATED error at its path').toEqual([
      ['adminOnly', 'UNAUTHENTICATED'],
      ['other.secret', 'UNAUTHENTICATED'],
      ['own.secret', 'UNAUTHENTICATED'],
      ['signedIn', 'UNAUTHENTICATED'],
    ]);
  });

  it('applies SIGNED_IN, ADMIN and SELF_OR_ADMIN to a reader', async () => {
    const result = await probe(users.bob!);
    expect(result.data, `Bob (READER, u2): signedIn and his own secret resolve, adminOnly and u3’s secret do not; got ${show(result)}`).toEqual({
      open: 'open',
      signedIn: 'signed in',
      adminOnly: null,
      own: { name: 'person u2', secret: 'secret of u2' },
      other: { name: 'person u3', secret: null },
    });
    expect(errorCodes(result), 'a signed-in user refused a field should get FORBIDDEN at its path').toEqual([
      ['adminOnly', 'FORBIDDEN'],
      ['other.secret', 'FORBIDDEN'],
    ]);
  });

  it('lets an admin read everything', async () => {
    const result = await probe(users.alice!);
    expect(result.errors, `Alice (ADMIN) should be refused nothing; got ${show(result)}`).toBeUndefined();
    expect(result.data?.other).toEqual({ name: 'person u3', secret: 'secret of u3' });
  });
});

describe('@auth in the API’s schema', () => {
  it('declares the rules in the SDL', () => {
    const schema = createSchema();
    const rule = (type: string, field: string) => {
      const definition = schema.getType(type);
      const fields = definition && 'getFields' in definition ? definition.getFields() : {};
      const config = fields[field];
      return config ? getDirective(schema, config as never, 'auth')?.[0]?.requires : `no ${type}.${field}`;
    };
    expect(rule('User', 'email'), 'User.email should be declared `@auth(requires: SELF_OR_ADMIN)`').toBe('SELF_OR_ADMIN');
    expect(rule('Query', 'users'), 'Query.users should be declared `@auth(requires: ADMIN)`').toBe('ADMIN');
    expect(rule('Mutation', 'addReview'), 'Mutation.addReview should be declared `@auth(requires: SIGNED_IN)`').toBe('SIGNED_IN');
  });

  it('leaves the rule to the directive: the User.email resolver no longer checks', async () => {
    const emailResolver = (resolvers as Record<string, Record<string, unknown> | undefined>).User?.email;
    if (typeof emailResolver !== 'function') return; // no resolver at all: the default one reads user.email
    const carol: UserRecord = { id: 'u3', name: 'Carol', email: 'carol@example.com', role: 'READER' };
    let value: unknown;
    expect(() => (value = emailResolver(carol, {}, { viewer: users.bob })), 'remove requireSelfOrAdmin from the User.email resolver: @auth enforces it now').not.toThrow();
    expect(await value).toBe('carol@example.com');
  });

  it('lets only admins list the users', async () => {
    const server = await startCheckServer();
    const query = '{ users { id name email } }';
    const admin = await server.request(query, { token: ALICE });
    expect(admin.body.errors, `Alice (ADMIN) should list the users; got ${show(admin.body)}`).toBeUndefined();
    expect(admin.body.data?.users.map((user: { email: string }) => user.email)).toEqual(['alice@example.com', 'bob@example.com', 'carol@example.com']);

    const reader = await server.request(query, { token: BOB });
    expect(errorCodes(reader.body), `Bob (READER) should be refused with FORBIDDEN at path users; got ${show(reader.body)}`).toEqual([['users', 'FORBIDDEN']]);
    const anonymous = await server.request(query);
    expect(errorCodes(anonymous.body), `anonymous should be refused with UNAUTHENTICATED; got ${show(anonymous.body)}`).toEqual([['users', 'UNAUTHENTICATED']]);
  });

  it('still shows each user only their own email', async () => {
    const server = await startCheckServer();
    const { body } = await server.request('{ book(id: "b2") { reviews { reviewer { name email } } } }', { token: BOB });
    expect(body.data?.book.reviews, `Bob reads his own email and not Carol’s; got ${show(body)}`).toEqual([
      { reviewer: { name: 'Bob', email: 'bob@example.com' } },
      { reviewer: { name: 'Carol', email: null } },
    ]);
    expect(errorCodes(body)).toEqual([['book.reviews.1.reviewer.email', 'FORBIDDEN']]);
  });
});
