import { connect, type Msg, type NatsConnection, RequestError, TimeoutError } from '@nats-io/transport-node';
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

export interface NatsBrokerOptions {
  /** Put in front of every subject, e.g. `staging.`, so several environments or test runs can share a server. */
  subjectPrefix?: string;
  onError?: ErrorReporter;
}

/** The Broker on core NATS: request/reply with queue groups for commands, plain subjects for events. */
export class NatsBroker implements Broker {
  readonly #nc: NatsConnection;
  readonly #prefix: string;
  readonly #onError: ErrorReporter;

  private constructor(nc: NatsConnection, options: NatsBrokerOptions) {
    this.#nc = nc;
    this.#prefix = options.subjectPrefix ?? '';
    this.#onError = options.onError ?? logToStderr;
  }

  /** `name` shows up in the NATS server's connection list (http://localhost:8222/connz), which helps debugging. */
  static async connect(url: string, name: string, options: NatsBrokerOptions = {}): Promise<NatsBroker> {
    const nc = await connect({ servers: url, name, maxReconnectAttempts: -1 });
    return new NatsBroker(nc, options);
  }

  async request<S extends CommandSubject>(
    subject: S,
    payload: RequestOf<S>,
    { timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS }: RequestOptions = {},
  ): Promise<ReplyOf<S>> {
    let reply: Msg;
    try {
      reply = await this.#nc.request(this.#prefix + subject, JSON.stringify(payload), { timeout: timeoutMs });
    } catch (error) {
      if (error instanceof TimeoutError) throw new RequestTimeoutError(subject, timeoutMs);
      if (error instanceof RequestError && error.isNoResponders()) throw new NoRespondersError(subject);
      throw error;
    }
    return unwrapReply<ReplyOf<S>>(subject, reply.json<ReplyEnvelope>());
  }

  respond<S extends CommandSubject>(
    subject: S,
    queue: string,
    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      queue,
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        void handleSafely(() => handler(msg.json())).then((envelope) => msg.respond(JSON.stringify(envelope)));
      },
    });
  }

  async publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void> {
    this.#nc.publish(this.#prefix + subject, JSON.stringify(event));
  }

  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription {
    return this.#nc.subscribe(this.#prefix + subject, {
      callback: (error, msg) => {
        if (error) return this.#onError(error, subject);
        Promise.resolve()
          .then(() => handler(msg.json<Events[S]>()))
          .catch((handlerError: unknown) => this.#onError(handlerError, subject));
      },
    });
  }

  async close(): Promise<void> {
    if (!this.#nc.isClosed()) await this.#nc.drain();
  }
}
