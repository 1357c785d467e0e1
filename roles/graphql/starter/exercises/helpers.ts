// Shared by the exercise checks: your server on a free port with data the check controls, requests over HTTP and
// WebSocket as a client sends them, and loading a module an exercise asks you to create (so a check fails with
// "create …" instead of crashing). Only src/ is used, never test/, so your own tests can change freely.
import type { FormattedExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { existsSync } from 'node:fs';
import { afterEach, expect, type MockInstance } from 'vitest';
import { WebSocket } from 'ws';
import { Database } from '../src/db.js';
import { createPubSub, type AppPubSub } from '../src/pubsub.js';
import { startServer, type RunningServer } from '../src/server.js';

export const ALICE = 'alice-token'; // ADMIN, user u1
export const BOB = 'bob-token'; // READER, user u2
export const CAROL = 'carol-token'; // READER, user u3

export interface Response<Data = Record<string, any>> {
  status: number;
  headers: Headers;
  body: FormattedExecutionResult<Data>;
}

export interface CheckServer extends RunningServer {
  db: Database;
  pubsub: AppPubSub;
  /** POSTs one operation, signed in with `token` when there is one. */
  request<Data = Record<string, any>>(query: string, options?: { variables?: Record<string, unknown>; token?: string }): Promise<Response<Data>>;
  /** A graphql-ws client, signed in with `token` when there is one; disposed after the test. */
  connect(token?: string): Client;
}

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** Your server (startServer from src/server.ts) on a free port, with its own data; stopped after the test. */
export async function startCheckServer({ db = new Database(), pubsub = createPubSub() } = {}): Promise<CheckServer> {
  const server = await startServer({ port: 0, db, pubsub });
  cleanups.push(() => server.stop());
  return {
    ...server,
    db,
    pubsub,
    async request(query, { variables, token } = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as FormattedExecutionResult<any>;
      return { status: response.status, headers: response.headers, body };
    },
    connect(token) {
      const client = createClient({
        url: server.wsUrl,
        webSocketImpl: WebSocket,
        connectionParams: token ? { authorization: `Bearer ${token}` } : {},
        retryAttempts: 0,
      });
      cleanups.push(async () => {
        await client.dispose();
      });
      return client;
    },
  };
}

/** The path and code of each error of a response, sorted by path: `[['book.reviews.0.id', 'FORBIDDEN']]`. */
export function errorCodes(body: Pick<FormattedExecutionResult, 'errors'>): [string, unknown][] {
  const codes = (body.errors ?? []).map((error): [string, unknown] => [error.path?.join('.') ?? '', error.extensions?.code]);
  return codes.sort(([a], [b]) => a.localeCompare(b));
}

/** A short form of a response for assertion messages. */
export function show(body: unknown): string {
  const text = JSON.stringify(body);
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/** An export of a project file the exercise asks for; fails the test with what to create when it is missing. */
export async function projectExport<T = unknown>(file: string, name: string, what: string): Promise<T> {
  const url = new URL(`../${file}`, import.meta.url);
  if (!existsSync(url)) expect.fail(`create ${file} exporting ${what}`);
  const module = (await import(/* @vite-ignore */ url.href)) as Record<string, unknown>;
  if (module[name] === undefined) {
    const exported = Object.keys(module);
    expect.fail(`${file} should export ${what}; it exports ${exported.length > 0 ? exported.join(', ') : 'nothing'}`);
  }
  return module[name] as T;
}

/**
 * Waits until `subscribe` (a spy on the server's pubsub) has been called `count` times, that is, until that many
 * subscriptions listen for events; fails at once if one of the `pending` first events is an error instead.
 */
export async function untilListening(subscribe: MockInstance, count: number, pending: Promise<unknown>[], timeoutMs = 5_000) {
  let failure: unknown;
  for (const promise of pending) promise.catch((error: unknown) => (failure ??= error));
  const deadline = Date.now() + timeoutMs;
  while (subscribe.mock.calls.length < count) {
    if (failure !== undefined) expect.fail(`the subscription failed: ${failure instanceof Error ? failure.message : show(failure)}`);
    if (Date.now() > deadline) expect.fail(`${count} subscription(s) should listen on context.pubsub; ${subscribe.mock.calls.length} did`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
