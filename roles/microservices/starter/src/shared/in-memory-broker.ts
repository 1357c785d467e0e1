import {
  type Broker,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type ErrorReporter,
  handleSafely,
  logToStderr,
  NoRespondersError,
  type ReplyEnvelope,
  type RequestOptions,
  RequestTimeoutError,
  type Subscription,
  unwrapReply,
} from './broker.js';
import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';

type AnyHandler = (payload: never) => unknown;

/**
 * A broker inside one process, for tests and `npm run dev`. It behaves like NATS where it matters to the
 * services: payloads are copied through JSON (as on the wire), delivery is asynchronous, a request with no
 * responder fails at once, a slow one times out, and responders in a queue group take turns.
 */
export class InMemoryBroker implements Broker {
  readonly #responders = new Map<string, AnyHandler[]>();
  readonly #subscribers = new Map<string, AnyHandler[]>();
  readonly #inFlight = new Set<Promise<unknown>>();
  readonly #onError: ErrorReporter;
  #turn = 0;
  #closed = false;

  constructor(options: { onError?: ErrorReporter } = {}) {
    this.#onError = options.onError ?? logToStderr;
  }

  async request<S extends CommandSubject>(
    subject: S,
    payload: RequestOf<S>,
    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: RequestOptions = {},
  ): Promise<ReplyOf<S>> {
    this.#assertOpen();
    const responders = this.#responders.get(subject) ?? [];
    // Round-robin stands in for NATS picking one member of the queue group.
    const handler = responders[this.#turn++ % responders.length];
    if (!handler) throw new NoRespondersError(subject);

    const reply = this.#track(
      Promise.resolve()
        .then(() => handleSafely(() => handler(overTheWire(payload))))
        .then((envelope) => overTheWire<ReplyEnvelope>(envelope)),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(subject, timeoutMs)), timeoutMs);
    });
    try {
      return unwrapReply<ReplyOf<S>>(subject, await Promise.race([reply, timeout]));
    } finally {
      clearTimeout(timer);
    }
  }

  respond<S extends CommandSubject>(
    subject: S,
    _queue: string,
    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {
    return this.#add(this.#responders, subject, handler);
  }

  async publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void> {
    this.#assertOpen();
    for (const handler of this.#subscribers.get(subject) ?? []) {
      void this.#track(
        Promise.resolve()
          .then(() => handler(overTheWire(event) as never))
          .catch((error: unknown) => this.#onError(error, subject)),
      );
    }
  }

  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription {
    return this.#add(this.#subscribers, subject, handler);
  }

  /** Resolves once every delivered message has been handled; lets tests wait for asynchronous event handlers. */
  async idle(): Promise<void> {
    while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.idle();
    this.#responders.clear();
    this.#subscribers.clear();
  }

  #add(registry: Map<string, AnyHandler[]>, subject: string, handler: AnyHandler): Subscription {
    this.#assertOpen();
    registry.set(subject, [...(registry.get(subject) ?? []), handler]);
    return {
      unsubscribe: () => registry.set(subject, (registry.get(subject) ?? []).filter((h) => h !== handler)),
    };
  }

  #track<T>(work: Promise<T>): Promise<T> {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work)).catch(() => {});
    return work;
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('broker is closed');
  }
}

function overTheWire<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
