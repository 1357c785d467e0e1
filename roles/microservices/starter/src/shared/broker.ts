import type { CommandSubject, EventSubject, Events, ReplyOf, RequestOf } from './contracts.js';

/**
 * What the services need from a message broker. NatsBroker talks to a real NATS server; InMemoryBroker runs
 * everything inside one process for tests and `npm run dev`. Services only ever see this interface.
 */
export interface Broker {
  /** Sends a command and waits for the one reply. Rejects with NoRespondersError, RequestTimeoutError or RemoteError. */
  request<S extends CommandSubject>(subject: S, payload: RequestOf<S>, options?: RequestOptions): Promise<ReplyOf<S>>;
  /**
   * Answers commands on a subject. Handlers that share a `queue` name form a queue group: each request goes to
   * exactly one of them, which is how several instances of a service share the load.
   */
  respond<S extends CommandSubject>(
    subject: S,
    queue: string,
    handler: (payload: RequestOf<S>) => Promise<ReplyOf<S>> | ReplyOf<S>,
  ): Subscription;
  /** Publishes an event to every subscriber. At most once: a subscriber that is down misses it. */
  publish<S extends EventSubject>(subject: S, event: Events[S]): Promise<void>;
  subscribe<S extends EventSubject>(subject: S, handler: (event: Events[S]) => Promise<void> | void): Subscription;
  /** Stops accepting work, lets in-flight handlers finish, then disconnects. */
  close(): Promise<void>;
}

export interface RequestOptions {
  timeoutMs?: number;
}

export interface Subscription {
  unsubscribe(): void;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 2_000;

/** Nobody is listening on the subject: the target service is down or not deployed. Fails fast, no timeout. */
export class NoRespondersError extends Error {
  override name = 'NoRespondersError';
  constructor(readonly subject: string) {
    super(`no service answers ${subject}`);
  }
}

/** No reply in time. The command may still have been carried out: the caller cannot tell. */
export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
  constructor(
    readonly subject: string,
    readonly timeoutMs: number,
  ) {
    super(`no reply to ${subject} within ${timeoutMs} ms`);
  }
}

/** The responder threw while handling the command. */
export class RemoteError extends Error {
  override name = 'RemoteError';
  constructor(
    readonly subject: string,
    message: string,
  ) {
    super(`${subject} failed: ${message}`);
  }
}

/** What travels back to the requester, so a handler's error reaches the caller instead of looking like a timeout. */
export type ReplyEnvelope = { result: unknown } | { error: string };

export async function handleSafely(work: () => unknown): Promise<ReplyEnvelope> {
  try {
    return { result: await work() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export function unwrapReply<T>(subject: string, envelope: ReplyEnvelope): T {
  if ('error' in envelope) throw new RemoteError(subject, envelope.error);
  return envelope.result as T;
}

export type ErrorReporter = (error: unknown, subject: string) => void;

export const logToStderr: ErrorReporter = (error, subject) => {
  console.error(`event handler for ${subject} failed:`, error);
};
