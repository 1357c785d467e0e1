import type { FormattedExecutionResult } from 'graphql';
import { afterEach } from 'vitest';
import { Database } from '../src/db.js';
import { createPubSub, type AppPubSub } from '../src/pubsub.js';
import { startServer, type RunningServer } from '../src/server.js';

export const ALICE = 'alice-token'; // ADMIN, user u1
export const BOB = 'bob-token'; // READER, user u2

export interface TestServer extends RunningServer {
  db: Database;
  pubsub: AppPubSub;
  request: typeof request;
}

/** POSTs one operation to the server, as any HTTP client would. */
async function request<Data = Record<string, any>>(
  this: RunningServer,
  query: string,
  { variables, token }: { variables?: Record<string, unknown>; token?: string } = {},
) {
  const response = await fetch(this.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as FormattedExecutionResult<Data> };
}

const running: RunningServer[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((server) => server.stop()));
});

/** A fresh server with its own data on a free port; stopped after each test. */
export async function startTestServer(): Promise<TestServer> {
  const db = new Database();
  const pubsub = createPubSub();
  const server = await startServer({ port: 0, db, pubsub });
  running.push(server);
  return { ...server, db, pubsub, request };
}
