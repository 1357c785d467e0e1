// Check of the exercise "Limit depth, hint caches" (README): the depthLimit validation rule (tested on its own, on a
// schema of the check's own, then in your server) and the cache hints behind the Cache-Control header.
import { buildSchema, getIntrospectionQuery, parse, validate, type ValidationRule } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALICE, BOB, projectExport, show, startCheckServer } from './helpers.js';

const loadDepthLimit = () => projectExport<(max: number) => ValidationRule>('src/depthLimit.ts', 'depthLimit', 'function depthLimit(maxDepth): ValidationRule');

// A tree of any depth: { node { child { child { id } } } } has depth 4.
const treeSchema = buildSchema('type Query { node: Node } type Node { id: ID child: Node children: [Node] }');

async function depthErrors(maxDepth: number, query: string): Promise<string[]> {
  const depthLimit = await loadDepthLimit();
  return validate(treeSchema, parse(query), [depthLimit(maxDepth)]).map((error) => error.message);
}

describe('depthLimit (src/depthLimit.ts)', () => {
  it('accepts an operation as deep as the limit', async () => {
    expect(await depthErrors(4, '{ node { child { child { id } } } }'), 'depth 4 with a limit of 4 is fine').toEqual([]);
  });

  it('rejects an operation one level deeper, saying so', async () => {
    const errors = await depthErrors(3, '{ node { child { child { id } } } }');
    expect(errors.length, 'depth 4 with a limit of 3 should give one validation error').toBe(1);
    expect(errors[0], 'the message should mention the depth').toMatch(/depth/i);
  });

  it('follows fragments, named and inline', async () => {
    const named = 'query { node { ...Deep } } fragment Deep on Node { child { child { id } } }';
    expect((await depthErrors(3, named)).length, 'a named fragment adds its depth where it is spread: depth 4 > 3').toBe(1);
    expect(await depthErrors(4, named), 'the same operation is fine with a limit of 4').toEqual([]);
    expect((await depthErrors(3, '{ node { ... on Node { child { child { id } } } } }')).length, 'an inline fragment adds no level of its own, but its fields do').toBe(1);
  });

  it('measures the deepest branch, not the number of fields', async () => {
    const query = '{ node { id child { id } children { id child { id } } } }';
    expect(await depthErrors(4, query), 'node > children > child > id is the deepest branch: depth 4, fine with a limit of 4').toEqual([]);
    expect((await depthErrors(3, query)).length, 'depth 4 over a limit of 3 is one error for the operation, however many fields are too deep').toBe(1);
  });

  it('does not count introspection, so tools like Apollo Sandbox keep working', async () => {
    expect(await depthErrors(3, getIntrospectionQuery()), 'fields under __schema and __type should not count').toEqual([]);
  });
});

describe('the API', () => {
  const deepest = '{ books { reviews { book { reviews { book { reviews { book { title } } } } } } } }'; // depth 8
  const tooDeep = '{ books { reviews { book { reviews { book { reviews { book { reviews { id } } } } } } } } }'; // depth 9

  it('rejects operations deeper than 8 levels before running them', async () => {
    const server = await startCheckServer();
    const ok = await server.request(deepest);
    expect(ok.body.errors, `depth 8 is allowed; got ${show(ok.body)}`).toBeUndefined();
    server.db.queryLog.length = 0;
    const refused = await server.request(tooDeep);
    expect(refused.status, `depth 9 should be refused with status 400; got ${refused.status} ${show(refused.body)}`).toBe(400);
    expect(refused.body.errors?.[0]?.extensions?.code, 'as a validation error (pass depthLimit(8) in validationRules)').toBe('GRAPHQL_VALIDATION_FAILED');
    expect(server.db.queryLog, 'a refused operation should not reach the database').toEqual([]);
  });

  it('still answers introspection', async () => {
    const server = await startCheckServer();
    const { body } = await server.request(getIntrospectionQuery());
    expect(body.errors, `the introspection query should pass the depth limit; got ${show(body)}`).toBeUndefined();
  });

  it.each([
    ['{ books { title author { name } } }', 'max-age=60, public'],
    ['{ book(id: "b2") { title reviews { rating comment } } }', 'max-age=30, public'],
  ])('lets shared caches keep %s', async (query, header) => {
    const server = await startCheckServer();
    const { headers, body } = await server.request(query);
    expect(body.errors, show(body)).toBeUndefined();
    expect(headers.get('cache-control'), `an anonymous ${query} should answer Cache-Control: ${header} (Book and Author 60 s, Review 30 s)`).toBe(header);
  });

  it('keeps answers with an email in private caches only', async () => {
    const server = await startCheckServer();
    // Alice is an admin and may read every email: an answer with errors is never cached, whatever the hints say.
    const { headers, body } = await server.request('{ book(id: "b2") { reviews { reviewer { name email } } } }', { token: ALICE });
    expect(body.errors, show(body)).toBeUndefined();
    expect(
      headers.get('cache-control'),
      'User.email is PRIVATE: the answer may only be cached by the client (Review 30 s, User 60 s)',
    ).toBe('max-age=30, private');
  });

  it('lets no cache keep who is signed in', async () => {
    const server = await startCheckServer();
    const { headers } = await server.request('{ me { name } }', { token: BOB });
    expect(headers.get('cache-control'), 'Query.me depends on the caller: `@cacheControl(maxAge: 0)` on it, whatever User says, so nothing keeps it').toBe('no-store');
  });
});
