import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { authenticate, createContext, type Context } from './context.js';
import { Database } from './db.js';
import { createPubSub, type AppPubSub } from './pubsub.js';
import { createSchema } from './schema.js';

export interface RunningServer {
  /** http://host:port/graphql for queries and mutations. */
  url: string;
  /** ws://host:port/graphql for subscriptions (graphql-transport-ws protocol). */
  wsUrl: string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  port?: number;
  db?: Database;
  pubsub?: AppPubSub;
}

export async function startServer({
  port = 4000,
  db = new Database(),
  pubsub = createPubSub(),
}: ServerOptions = {}): Promise<RunningServer> {
  const schema = createSchema();

  const app = express();
  const httpServer = createServer(app);

  // Subscriptions share the HTTP port: the WebSocket server takes over upgrade requests on /graphql.
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<{ authorization?: string }>(
    {
      schema,
      // Browsers cannot set headers on a WebSocket, so the token travels in connection_init's payload.
      onConnect: ({ connectionParams }) => {
        try {
          authenticate(db, connectionParams?.authorization);
          return true;
        } catch {
          return false; // closes the socket with 4403 Forbidden
        }
      },
      // Called once per subscription, so its loaders cache for all of that subscription's events.
      context: ({ connectionParams }): Context => createContext(db, pubsub, connectionParams?.authorization),
    },
    wsServer,
  );

  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json(),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, pubsub, req.headers.authorization),
    }),
  );

  await new Promise<void>((resolve) => httpServer.listen(port, resolve));
  const { port: boundPort } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${boundPort}/graphql`,
    wsUrl: `ws://localhost:${boundPort}/graphql`,
    stop: () => apollo.stop(),
  };
}
