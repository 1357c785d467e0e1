// Shared by the exercise checks: the services wired together in one process on the in-memory broker (no NATS, no
// Docker), a module an exercise asks you to create (so a check fails with "create …" instead of crashing), and the
// YAML files the configuration exercises ask for.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import YAML from 'yaml';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';

export const projectDir = fileURLToPath(new URL('..', import.meta.url));

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

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retries an assertion until it passes or the time is up: for what the services do asynchronously. */
export async function eventually<T>(assertion: () => T | Promise<T>, timeoutMs = 3_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(10);
    }
  }
}

/** Keeps the apps a test starts, to close them afterwards (`afterEach(apps.closeAll)`). */
export function appTracker() {
  const apps: FastifyInstance[] = [];
  return {
    add<T extends FastifyInstance>(app: T): T {
      apps.push(app);
      return app;
    },
    /** Listens on a free port of the loopback interface; resolves with the base URL. */
    async listen(app: FastifyInstance): Promise<string> {
      apps.push(app);
      await app.listen({ host: '127.0.0.1', port: 0 });
      return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    },
    async closeAll(): Promise<void> {
      for (const app of apps.splice(0).reverse()) await app.close();
    },
  };
}

export interface SentMessage {
  kind: 'request' | 'publish';
  subject: string;
  payload: unknown;
  /** The message headers the sender passed (`options.headers`), if any. */
  headers: Record<string, string> | undefined;
}

export interface ReceivedMessage {
  subject: string;
  /** The headers the handler was given (its second argument, `{ headers }`), if any. */
  headers: Record<string, string> | undefined;
}

/** The in-memory broker, recording every command and event the services send through it, and what handlers get. */
export class RecordingBroker extends InMemoryBroker {
  readonly sent: SentMessage[] = [];
  readonly received: ReceivedMessage[] = [];

  constructor() {
    super({ onError: () => {} });
  }

  // `any` so the check keeps working whatever options and arguments you add to the Broker interface.
  override request(subject: any, payload: any, ...rest: any[]): any {
    this.sent.push({ kind: 'request', subject, payload, headers: rest[0]?.headers });
    return (super.request as any).call(this, subject, payload, ...rest);
  }

  override publish(subject: any, event: any, ...rest: any[]): any {
    this.sent.push({ kind: 'publish', subject, payload: event, headers: rest[0]?.headers });
    return (super.publish as any).call(this, subject, event, ...rest);
  }

  override respond(subject: any, queue: any, handler: any): any {
    return super.respond(subject, queue, this.#recording(subject, handler));
  }

  override subscribe(subject: any, handler: any): any {
    return super.subscribe(subject, this.#recording(subject, handler));
  }

  #recording(subject: string, handler: (...args: any[]) => any) {
    return (payload: unknown, ...rest: any[]) => {
      this.received.push({ subject, headers: rest[0]?.headers });
      return handler(payload, ...rest);
    };
  }

  subjects(): string[] {
    return this.sent.map((message) => message.subject);
  }
}

/** Waits until the saga has settled the order (any status but `pending`) and returns it, as GET /orders/:id shows it. */
export async function settledOrder(orders: FastifyInstance, id: string, headers: Record<string, string> = {}) {
  return eventually(async () => {
    const response = await orders.inject({ method: 'GET', url: `/orders/${id}`, headers });
    const order = response.json();
    expect(order.status, `order ${id} is still pending`).not.toBe('pending');
    return order;
  });
}

/** A project file as text, or a failure asking for it. */
export function projectFile(file: string, what: string): string {
  const full = path.join(projectDir, file);
  if (!existsSync(full)) expect.fail(`create ${file}: ${what}`);
  return readFileSync(full, 'utf8');
}

/** Parses YAML the way Kubernetes and Compose tools do (merge keys on, duplicate keys refused); fails with the file. */
export function parseYamlDocuments(text: string, file: string): unknown[] {
  const documents = YAML.parseAllDocuments(text, { merge: true, uniqueKeys: true });
  const problems = documents.flatMap((document) => [...document.errors, ...document.warnings]);
  if (problems.length > 0) expect.fail(`${file} is not valid YAML: ${problems.map((p) => p.message).join('; ')}`);
  return documents.map((document) => document.toJS() as unknown).filter((document) => document !== null && document !== undefined);
}

export interface YamlDocument {
  file: string;
  doc: any;
}

/** Every document of every .yaml/.yml file under dir (recursively), or a failure when there is none. */
export function readYamlTree(dir: string, what: string): YamlDocument[] {
  const root = path.join(projectDir, dir);
  if (!existsSync(root)) expect.fail(`create the folder ${dir}/ with ${what}`);
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const documents = files.flatMap((name) => {
    const file = `${dir}/${name.split(path.sep).join('/')}`;
    return parseYamlDocuments(readFileSync(path.join(root, name), 'utf8'), file).map((doc) => ({ file, doc }));
  });
  if (documents.length === 0) expect.fail(`${dir}/ has no YAML documents yet: write ${what}`);
  return documents;
}

/** docker-compose.yml, parsed. */
export function readCompose(): any {
  const [compose] = parseYamlDocuments(projectFile('docker-compose.yml', 'the Compose file'), 'docker-compose.yml');
  return compose;
}

/** The promise, or a rejection with `message` if it takes longer than ms. */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
