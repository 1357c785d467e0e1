import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';
import { typeDefs } from './typeDefs.js';

/** The executable schema, shared by HTTP and WebSocket (and by tests that execute operations without a server). */
export function createSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs, resolvers });
}
