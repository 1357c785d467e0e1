// Check of the exercise "Federate the catalog" (README): your schema as an Apollo Federation 2 subgraph, plus an
// inventory subgraph that extends Book. The check does what Rover and the router would: it reads each subgraph's
// SDL through `_service`, composes the supergraph, and runs @apollo/gateway in this process in front of both.
import { composeServices } from '@apollo/composition';
import { ApolloGateway, LocalGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createContext, type Context } from '../src/context.js';
import { Database } from '../src/db.js';
import { createPubSub } from '../src/pubsub.js';
import { createSchema } from '../src/schema.js';
import { BOB, projectExport, show } from './helpers.js';

const loadInventory = () =>
  projectExport<() => GraphQLSchema>('src/subgraphs/inventory.ts', 'createInventorySchema', 'function createInventorySchema(): GraphQLSchema');

const context = (db = new Database(), token?: string): Context => createContext(db, createPubSub(), token ? `Bearer ${token}` : undefined);

/** A subgraph's SDL, read as the router's tooling reads it: with the `_service { sdl }` query. */
async function sdlOf(name: string, schema: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema, source: '{ _service { sdl } }', contextValue: context() });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) expect.fail(`the ${name} schema is not a subgraph (no \`_service { sdl }\`): build it with buildSubgraphSchema from @apollo/subgraph; got ${show(result)}`);
  return sdl;
}

async function composeSupergraph() {
  const subgraphs = { books: createSchema(), inventory: (await loadInventory())() };
  const composed = composeServices(
    await Promise.all(
      Object.entries(subgraphs).map(async ([name, schema]) => ({ name, url: `http://${name}.local/graphql`, typeDefs: parse(await sdlOf(name, schema)) })),
    ),
  );
  if (composed.errors) expect.fail(`the subgraphs do not compose into a supergraph:\n${composed.errors.map((error) => error.message).join('\n')}`);
  return { subgraphs, supergraphSdl: composed.supergraphSdl };
}

const gateways: ApolloServer<Context>[] = [];
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((gateway) => gateway.stop()));
});

/** Apollo Gateway in front of both subgraphs, calling them in this process instead of over HTTP. */
async function startGateway() {
  const { subgraphs, supergraphSdl } = await composeSupergraph();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new LocalGraphQLDataSource(subgraphs[name as keyof typeof subgraphs]),
    logger: { debug: () => {}, info: () => {}, warn: () => {}, error: console.error },
  });
  const server = new ApolloServer<Context>({ gateway });
  await server.start();
  gateways.push(server);
  return async (query: string, contextValue = context()) => {
    const response = await server.executeOperation({ query }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
}

describe('the books subgraph (createSchema in src/schema.ts)', () => {
  it('resolves Book entities by id, batched through the loaders', async () => {
    const db = new Database();
    const result = await graphql({
      schema: createSchema(),
      source: 'query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Book { id title } } }',
      variableValues: { representations: ['b3', 'b1', 'nope'].map((id) => ({ __typename: 'Book', id })) },
      contextValue: context(db),
    });
    expect(result.errors, `the router asks a subgraph for entities with _entities: declare \`type Book @key(fields: "id")\` and give Book a __resolveReference; got ${show(result)}`).toBeUndefined();
    expect(result.data?._entities, 'the entities should come back in the order asked, null for an unknown id').toEqual([
      { id: 'b3', title: 'Kindred' },
      { id: 'b1', title: 'A Wizard of Earthsea' },
      null,
    ]);
    expect(db.queryLog, '__resolveReference should load through loaders.book: three references, one query').toEqual(['SELECT * FROM books WHERE id IN (b3, b1, nope)']);
  });
});

describe('the supergraph', () => {
  it('composes the books and inventory subgraphs', async () => {
    const { supergraphSdl } = await composeSupergraph();
    expect(supergraphSdl, 'the supergraph should have Book.copiesAvailable from the inventory subgraph').toMatch(/copiesAvailable: Int!/);
  });

  it('answers one query from both subgraphs', async () => {
    const execute = await startGateway();
    const result = await execute('{ books { title copiesAvailable author { name } } }');
    expect(result.errors, show(result)).toBeUndefined();
    expect(result.data?.books, 'copies: b1 3, b2 0, b3 1, b4 5, b5 2').toEqual([
      { title: 'A Wizard of Earthsea', copiesAvailable: 3, author: { name: 'Ursula K. Le Guin' } },
      { title: 'The Dispossessed', copiesAvailable: 0, author: { name: 'Ursula K. Le Guin' } },
      { title: 'Kindred', copiesAvailable: 1, author: { name: 'Octavia E. Butler' } },
      { title: 'Parable of the Sower', copiesAvailable: 5, author: { name: 'Octavia E. Butler' } },
      { title: 'Exhalation', copiesAvailable: 2, author: { name: 'Ted Chiang' } },
    ]);
  });

  it('completes the inventory’s books from the books subgraph', async () => {
    const execute = await startGateway();
    const result = await execute('{ lowStock { title copiesAvailable reviews { rating } } }');
    expect(result.errors, show(result)).toBeUndefined();
    expect(result.data?.lowStock, 'lowStock lists the books with fewer than 2 copies, in id order; their titles and reviews come from the books subgraph').toEqual([
      { title: 'The Dispossessed', copiesAvailable: 0, reviews: [{ rating: 5 }, { rating: 4 }] },
      { title: 'Kindred', copiesAvailable: 1, reviews: [{ rating: 4 }] },
    ]);
  });

  it('passes the caller through to the subgraphs', async () => {
    const execute = await startGateway();
    const result = await execute('{ me { name email } }', context(new Database(), BOB));
    expect(result.data, show(result)).toEqual({ me: { name: 'Bob', email: 'bob@example.com' } });
  });
});
