// Reference solution of microservices/trace-a-checkout: W3C trace context kept in AsyncLocalStorage, sent as a
// traceparent header by the gateway and as a message header by both brokers (which run every handler in a child
// span, as OpenTelemetry's instrumentations do), and recorded on the order as traceId.
const traceContext = `// W3C Trace Context (https://www.w3.org/TR/trace-context/): what ties the work of every service for one request
// into one trace. Only the propagation is here; to record and export spans (to Jaeger, Tempo, …) use OpenTelemetry,
// whose W3CTraceContextPropagator reads and writes the same header.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

export interface SpanContext {
  /** 32 hex digits, shared by every span of the trace. */
  traceId: string;
  /** 16 hex digits, this span's own. */
  spanId: string;
  /** 2 hex digits; 01 = sampled. */
  flags: string;
}

export type MessageHeaders = Record<string, string>;

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;
const allZeros = (hex: string) => /^0+$/.test(hex);

/** The caller's span from a traceparent header, or undefined when there is none or it is invalid. */
export function parseTraceparent(header: unknown): SpanContext | undefined {
  if (typeof header !== 'string') return undefined;
  const match = TRACEPARENT.exec(header.trim());
  if (!match) return undefined;
  const [, version, traceId = '', spanId = '', flags = '', rest] = match;
  if (version === 'ff' || (version === '00' && rest) || allZeros(traceId) || allZeros(spanId)) return undefined;
  return { traceId, spanId, flags };
}

export function formatTraceparent({ traceId, spanId, flags }: SpanContext): string {
  return \`00-\${traceId}-\${spanId}-\${flags}\`;
}

/** A new span: a child of \`parent\` in its trace, or the root of a new, sampled trace. */
export function startSpan(parent?: SpanContext): SpanContext {
  return { traceId: parent?.traceId ?? randomHex(16), spanId: randomHex(8), flags: parent?.flags ?? '01' };
}

function randomHex(bytes: number): string {
  const hex = randomBytes(bytes).toString('hex');
  return allZeros(hex) ? randomHex(bytes) : hex;
}

const active = new AsyncLocalStorage<SpanContext>();

/** Runs \`work\` with \`span\` as the current span: whatever it sends, even after an await, carries it. */
export function inSpan<T>(span: SpanContext, work: () => T): T {
  return active.run(span, work);
}

/** \`headers\` plus the current span's traceparent, unless the sender set one itself. */
export function withTraceHeaders(headers: MessageHeaders = {}): MessageHeaders {
  const span = active.getStore();
  return span && headers.traceparent === undefined ? { ...headers, traceparent: formatTraceparent(span) } : headers;
}

/** Runs a message handler in a span of its own, a child of the span the message was sent from. */
export function inConsumerSpan<T>(headers: MessageHeaders, work: () => T): T {
  return inSpan(startSpan(parseTraceparent(headers.traceparent)), work);
}
`;

export default () => [
  { file: 'src/shared/trace-context.ts', content: traceContext },
  // --- the Broker interface: headers out, headers in ---
  {
    file: 'src/shared/broker.ts',
    replace: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';`,
    with: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';
import type { MessageHeaders } from './trace-context.js';`,
  },
  {
    file: 'src/shared/broker.ts',
    replace: `    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription;
  /** Publishes an event to every subscriber. At most once: a subscriber that is down misses it. */
  publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void>;
  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription;`,
    with: `    handler: (payload: RequestOf<S>, delivery: Delivery) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription;
  /** Publishes an event to every subscriber. At most once: a subscriber that is down misses it. */
  publish<S extends EventSubject>(subject: S, event: Events[S], options?: PublishOptions): Promise<void>;
  subscribe<S extends EventSubject>(
    subject: S,
    handler: (event: Events[S], delivery: Delivery) => Promise<void> | void,
  ): Subscription;`,
  },
  {
    file: 'src/shared/broker.ts',
    replace: `export interface RequestOptions {
  timeoutMs?: number;
}`,
    with: `/**
 * Sending adds the current span's traceparent to the headers; every handler runs in a child span of the span the
 * message came from, and gets the headers as they arrived.
 */
export interface RequestOptions {
  timeoutMs?: number;
  headers?: MessageHeaders;
}

export interface PublishOptions {
  headers?: MessageHeaders;
}

/** What a handler gets beside the payload. */
export interface Delivery {
  headers: MessageHeaders;
}`,
  },
  // --- the in-memory broker ---
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `  type Broker,
  DEFAULT_REQUEST_TIMEOUT_MS,`,
    with: `  type Broker,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type Delivery,`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `  NoRespondersError,
  type ReplyEnvelope,`,
    with: `  NoRespondersError,
  type PublishOptions,
  type ReplyEnvelope,`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';

type AnyHandler = (payload: never) => unknown;`,
    with: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';
import { inConsumerSpan, type MessageHeaders, withTraceHeaders } from './trace-context.js';

type AnyHandler = (payload: never, delivery: Delivery) => unknown;`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: RequestOptions = {},`,
    with: `    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS, headers }: RequestOptions = {},`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `    const reply = this.#track(
      Promise.resolve()
        .then(() => handleSafely(() => handler(overTheWire(payload))))`,
    with: `    const sent = withTraceHeaders(headers);
    const reply = this.#track(
      Promise.resolve()
        .then(() => handleSafely(() => deliver(sent, (delivery) => handler(overTheWire(payload), delivery))))`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {`,
    with: `    handler: (payload: RequestOf<S>, delivery: Delivery) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `  async publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void> {
    this.#assertOpen();
    for (const handler of this.#subscribers.get(subject) ?? []) {
      void this.#track(
        Promise.resolve()
          .then(() => handler(overTheWire(event) as never))`,
    with: `  async publish<S extends EventSubject>(subject: S, event: Events[S], options: PublishOptions = {}): Promise<void> {
    this.#assertOpen();
    const sent = withTraceHeaders(options.headers);
    for (const handler of this.#subscribers.get(subject) ?? []) {
      void this.#track(
        Promise.resolve()
          .then(() => deliver(sent, (delivery) => handler(overTheWire(event) as never, delivery)))`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription {`,
    with: `  subscribe<S extends EventSubject>(
    subject: S,
    handler: (event: Events[S], delivery: Delivery) => Promise<void> | void,
  ): Subscription {`,
  },
  {
    file: 'src/shared/in-memory-broker.ts',
    replace: `function overTheWire<T>(value: unknown): T {`,
    with: `/** Hands a handler its own copy of the headers, in a span that continues the sender's trace. */
function deliver<T>(headers: MessageHeaders, handle: (delivery: Delivery) => T): T {
  const delivery = { headers: { ...headers } };
  return inConsumerSpan(delivery.headers, () => handle(delivery));
}

function overTheWire<T>(value: unknown): T {`,
  },
  // --- the NATS broker: NATS message headers ---
  {
    file: 'src/shared/nats-broker.ts',
    replace: `import { connect, type Msg, type NatsConnection, RequestError, TimeoutError } from '@nats-io/transport-node';`,
    with: `import {
  connect,
  headers as natsHeaders,
  type Msg,
  type MsgHdrs,
  type NatsConnection,
  RequestError,
  TimeoutError,
} from '@nats-io/transport-node';`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `  DEFAULT_REQUEST_TIMEOUT_MS,
  type ErrorReporter,`,
    with: `  DEFAULT_REQUEST_TIMEOUT_MS,
  type Delivery,
  type ErrorReporter,`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `  NoRespondersError,
  type ReplyEnvelope,`,
    with: `  NoRespondersError,
  type PublishOptions,
  type ReplyEnvelope,`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';`,
    with: `import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';
import { inConsumerSpan, type MessageHeaders, withTraceHeaders } from './trace-context.js';`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: RequestOptions = {},
  ): Promise<ReplyOf<S>> {
    let reply: Msg;
    try {
      reply = await this.#nc.request(this.#prefix + subject, JSON.stringify(payload), { timeout: timeoutMs });`,
    with: `    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS, headers }: RequestOptions = {},
  ): Promise<ReplyOf<S>> {
    let reply: Msg;
    try {
      reply = await this.#nc.request(this.#prefix + subject, JSON.stringify(payload), {
        timeout: timeoutMs,
        headers: toNats(withTraceHeaders(headers)),
      });`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      queue,
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        void handleSafely(() => handler(msg.json())).then((envelope) => msg.respond(JSON.stringify(envelope)));`,
    with: `    handler: (payload: RequestOf<S>, delivery: Delivery) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      queue,
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        const delivery = { headers: fromNats(msg.headers) };
        void handleSafely(() => inConsumerSpan(delivery.headers, () => handler(msg.json(), delivery))).then((envelope) =>
          msg.respond(JSON.stringify(envelope)),
        );`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `  async publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void> {
    this.#nc.publish(this.#prefix + subject, JSON.stringify(event));
  }

  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        Promise.resolve()
          .then(() => handler(msg.json<Events[S]>()))`,
    with: `  async publish<S extends EventSubject>(subject: S, event: Events[S], options: PublishOptions = {}): Promise<void> {
    this.#nc.publish(this.#prefix + subject, JSON.stringify(event), { headers: toNats(withTraceHeaders(options.headers)) });
  }

  subscribe<S extends EventSubject>(
    subject: S,
    handler: (event: Events[S], delivery: Delivery) => Promise<void> | void,
  ): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        const delivery = { headers: fromNats(msg.headers) };
        Promise.resolve()
          .then(() => inConsumerSpan(delivery.headers, () => handler(msg.json<Events[S]>(), delivery)))`,
  },
  {
    file: 'src/shared/nats-broker.ts',
    replace: `  async close(): Promise<void> {
    if (!this.#nc.isClosed()) await this.#nc.drain();
  }
}`,
    with: `  async close(): Promise<void> {
    if (!this.#nc.isClosed()) await this.#nc.drain();
  }
}

function toNats(headers: MessageHeaders): MsgHdrs | undefined {
  const entries = Object.entries(headers);
  if (entries.length === 0) return undefined;
  const nats = natsHeaders();
  for (const [name, value] of entries) nats.set(name, value);
  return nats;
}

function fromNats(headers: MsgHdrs | undefined): MessageHeaders {
  return Object.fromEntries((headers?.keys() ?? []).map((name) => [name.toLowerCase(), headers?.get(name) ?? '']));
}`,
  },
  // --- the services ---
  {
    file: 'src/gateway/upstream.ts',
    replace: `import { CircuitBreaker, type CircuitBreakerOptions, CircuitOpenError } from '../shared/circuit-breaker.js';`,
    with: `import { CircuitBreaker, type CircuitBreakerOptions, CircuitOpenError } from '../shared/circuit-breaker.js';
import { formatTraceparent, parseTraceparent, startSpan } from '../shared/trace-context.js';`,
  },
  {
    file: 'src/gateway/upstream.ts',
    replace: `      headers: { 'content-type': 'application/json', 'x-request-id': request.id, ...extra.headers },`,
    with: `      headers: {
        'content-type': 'application/json',
        'x-request-id': request.id,
        // Each call is a span of the client's trace, or the first span of a new one.
        traceparent: formatTraceparent(startSpan(parseTraceparent(request.headers.traceparent))),
        ...extra.headers,
      },`,
  },
  {
    file: 'src/orders/orders.ts',
    replace: `  history: string[];
  createdAt: string;`,
    with: `  history: string[];
  /** The trace the order was placed in: where to look in the tracing backend for everything its saga did. */
  traceId?: string;
  createdAt: string;`,
  },
  {
    file: 'src/orders/service.ts',
    replace: `import { createHttpApp } from '../shared/runtime.js';`,
    with: `import { createHttpApp } from '../shared/runtime.js';
import { inSpan, parseTraceparent, startSpan } from '../shared/trace-context.js';`,
  },
  {
    file: 'src/orders/service.ts',
    replace: `      const now = new Date().toISOString();
      const order = {`,
    with: `      // Continue the caller's trace (or start one); the saga runs in this span, so every message it sends carries it.
      const span = startSpan(parseTraceparent(request.headers.traceparent));
      const now = new Date().toISOString();
      const order = {
        traceId: span.traceId,`,
  },
  {
    file: 'src/orders/service.ts',
    replace: `      const run = saga.run(order.id).catch(`,
    with: `      const run = inSpan(span, () => saga.run(order.id)).catch(`,
  },
  // --- the broker contract, for both brokers ---
  {
    file: 'test/broker.test.ts',
    replace: `  it.skipIf(!connect)('fails fast when nobody answers', async () => {`,
    with: `  it.skipIf(!connect)('carries message headers to responders and subscribers', async () => {
    const broker = await open();
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    const seen: (string | undefined)[] = [];
    broker.respond('inventory.release', 'inventory', (_payload, { headers }) => {
      seen.push(headers.traceparent);
      return { released: true };
    });
    broker.subscribe('orders.rejected', (_event, { headers }) => void seen.push(headers.traceparent));
    await broker.request('inventory.release', { orderId: orderId() }, { headers: { traceparent } });
    await broker.publish('orders.rejected', { orderId: orderId(), reason: 'test' }, { headers: { traceparent } });
    await eventually(() => expect(seen).toEqual([traceparent, traceparent]));
  });

  it.skipIf(!connect)('fails fast when nobody answers', async () => {`,
  },
];
