// Reference solution of microservices/event-sourced-ledger: payments keeps its state only as events in an
// append-only store (one stream per account), publishes each new event on payments.ledger (the store is its own
// outbox), and serves statements from a projection fed by that subject and rebuilt from the log at start.
const contracts = `/** What happens to a customer's account, as stored in the payments ledger and published on payments.ledger. */
export type LedgerEvent =
  | { type: 'AccountOpened'; customerId: string; balance: number }
  | { type: 'PaymentCharged'; customerId: string; orderId: string; paymentId: string; amount: number }
  | { type: 'PaymentRefunded'; customerId: string; orderId: string; paymentId: string; amount: number }
  /** A refund arrived before any charge for the order: a late charge for it is declined. */
  | { type: 'ChargeCancelled'; customerId: string; orderId: string };

/** An event as the store keeps it: its place in its stream (version) and in the whole log (position). */
export interface StoredLedgerEvent {
  streamId: string;
  version: number;
  position: number;
  event: LedgerEvent;
}

/** Publish/subscribe subjects: facts that already happened; any number of services may listen. */`;

const ledger = `import type { LedgerEvent, StoredLedgerEvent } from '../shared/contracts.js';

export type { LedgerEvent, StoredLedgerEvent };

/** Someone else appended to the stream since it was read: read it again and decide again. */
export class ConcurrencyError extends Error {
  override name = 'ConcurrencyError';
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(\`stream \${streamId} is at version \${actualVersion}, not \${expectedVersion}\`);
  }
}

/**
 * An append-only log of events, one stream per account. The payments service's only storage: in production a
 * table with a unique (stream_id, version) key, or an event store such as EventStoreDB, does the same.
 */
export class InMemoryEventStore {
  readonly #log: StoredLedgerEvent[] = [];
  readonly #streams = new Map<string, StoredLedgerEvent[]>();
  readonly #listeners = new Set<() => void>();

  /** Appends after \`expectedVersion\` (0 for a new stream), or throws ConcurrencyError and writes nothing. */
  append(streamId: string, events: LedgerEvent[], expectedVersion: number): StoredLedgerEvent[] {
    const stream = this.#streams.get(streamId) ?? [];
    if (stream.length !== expectedVersion) throw new ConcurrencyError(streamId, expectedVersion, stream.length);
    const stored = events.map((event, i) => ({
      streamId,
      version: expectedVersion + i + 1,
      position: this.#log.length + i + 1,
      event: structuredClone(event),
    }));
    this.#streams.set(streamId, [...stream, ...stored]);
    this.#log.push(...stored);
    for (const listener of this.#listeners) listener();
    return structuredClone(stored);
  }

  read(streamId: string): StoredLedgerEvent[] {
    return structuredClone(this.#streams.get(streamId) ?? []);
  }

  /** Every stream, in the order the events were appended, after \`afterPosition\`. */
  readAll(afterPosition = 0): StoredLedgerEvent[] {
    return structuredClone(this.#log.slice(afterPosition));
  }

  /** Calls \`listener\` after every append; returns the function that stops it. */
  onAppend(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
`;

const payments = `import { randomUUID } from 'node:crypto';
import type { LedgerEvent, ReplyOf } from '../shared/contracts.js';
import { InMemoryEventStore } from './ledger.js';

/** What the events of one account add up to; rebuilt for every decision, never stored. */
interface Account {
  version: number;
  balance: number;
  charges: Map<string, { paymentId: string; amount: number }>;
  /** Orders refunded, or cancelled before any charge: a charge for them is declined. */
  closed: Set<string>;
}

export const accountStream = (customerId: string) => \`account-\${customerId}\`;

/**
 * Customer balances stand in for a payment provider; the payments service owns this data. Event-sourced: the
 * events of each account's stream are the only state, and every decision replays them.
 */
export class Payments {
  readonly store: InMemoryEventStore;

  constructor(balances: Record<string, number>, store = new InMemoryEventStore()) {
    this.store = store;
    for (const [customerId, balance] of Object.entries(balances)) {
      if (store.read(accountStream(customerId)).length === 0) {
        store.append(accountStream(customerId), [{ type: 'AccountOpened', customerId, balance }], 0);
      }
    }
  }

  /** Idempotent per order: the saga may retry a charge whose reply got lost, and must not take the money twice. */
  charge(orderId: string, customerId: string, amount: number): ReplyOf<'payments.charge'> {
    const account = this.#load(customerId);
    if (!account) return { charged: false, reason: \`unknown customer \${customerId}\` };
    // A refund can overtake a slow charge (the saga timed out and compensated); the late charge must not win.
    if (account.closed.has(orderId)) return { charged: false, reason: \`order \${orderId} was already refunded\` };
    const existing = account.charges.get(orderId);
    if (existing) return { charged: true, paymentId: existing.paymentId };
    if (account.balance < amount) return { charged: false, reason: 'insufficient funds' };

    const paymentId = randomUUID();
    // The expected version makes a concurrent charge by another instance fail instead of overdrawing the account.
    this.store.append(accountStream(customerId), [{ type: 'PaymentCharged', customerId, orderId, paymentId, amount }], account.version);
    return { charged: true, paymentId };
  }

  /** The compensation for charge: gives the money back once. Safe for an order that was never charged (false). */
  refund(orderId: string, customerId: string): boolean {
    const account = this.#load(customerId);
    if (!account || account.closed.has(orderId)) return false;
    const charge = account.charges.get(orderId);
    const event: LedgerEvent = charge
      ? { type: 'PaymentRefunded', customerId, orderId, paymentId: charge.paymentId, amount: charge.amount }
      : { type: 'ChargeCancelled', customerId, orderId };
    this.store.append(accountStream(customerId), [event], account.version);
    return charge !== undefined;
  }

  balance(customerId: string): number | undefined {
    return this.#load(customerId)?.balance;
  }

  #load(customerId: string): Account | undefined {
    const events = this.store.read(accountStream(customerId));
    if (events.length === 0) return undefined;
    const account: Account = { version: events.length, balance: 0, charges: new Map(), closed: new Set() };
    for (const { event } of events) evolve(account, event);
    return account;
  }
}

function evolve(account: Account, event: LedgerEvent): void {
  switch (event.type) {
    case 'AccountOpened':
      account.balance = event.balance;
      break;
    case 'PaymentCharged':
      account.balance -= event.amount;
      account.charges.set(event.orderId, { paymentId: event.paymentId, amount: event.amount });
      break;
    case 'PaymentRefunded':
      account.balance += event.amount;
      account.closed.add(event.orderId);
      break;
    case 'ChargeCancelled':
      account.closed.add(event.orderId);
      break;
  }
}

/** Balances in cents. */
export const sampleBalances: Record<string, number> = {
  alice: 50_000,
  bob: 1_000,
};
`;

const statements = `import type { StoredLedgerEvent } from '../shared/contracts.js';

export interface StatementEntry {
  orderId: string;
  kind: 'charge' | 'refund';
  amount: number;
  balanceAfter: number;
}

export interface Statement {
  customerId: string;
  balance: number;
  entries: StatementEntry[];
}

/**
 * The read side (CQRS): one statement per customer, shaped for the query and built only from ledger events, so it
 * could live in a service of its own and be rebuilt at any time by replaying the log. It lags behind the write
 * side (eventual consistency). Delivery is at least once: an event at or below the version already applied for
 * its stream is a duplicate and is skipped. (A gap, a version further ahead, would mean a lost event: a real
 * projection would then re-read the stream from the store.)
 */
export class StatementProjection {
  readonly #statements = new Map<string, Statement>();
  readonly #versions = new Map<string, number>();

  apply({ streamId, version, event }: StoredLedgerEvent): void {
    if (version <= (this.#versions.get(streamId) ?? 0)) return;
    this.#versions.set(streamId, version);
    const statement = this.#statements.get(event.customerId) ?? { customerId: event.customerId, balance: 0, entries: [] };
    this.#statements.set(event.customerId, statement);
    switch (event.type) {
      case 'AccountOpened':
        statement.balance = event.balance;
        break;
      case 'PaymentCharged':
        statement.balance -= event.amount;
        statement.entries.push({ orderId: event.orderId, kind: 'charge', amount: event.amount, balanceAfter: statement.balance });
        break;
      case 'PaymentRefunded':
        statement.balance += event.amount;
        statement.entries.push({ orderId: event.orderId, kind: 'refund', amount: event.amount, balanceAfter: statement.balance });
        break;
      case 'ChargeCancelled':
        break;
    }
  }

  statement(customerId: string): Statement | undefined {
    const statement = this.#statements.get(customerId);
    return statement && structuredClone(statement);
  }
}
`;

const service = `import type { FastifyInstance } from 'fastify';
import type { Broker } from '../shared/broker.js';
import { createHttpApp } from '../shared/runtime.js';
import { Payments, sampleBalances } from './payments.js';
import { StatementProjection } from './statements.js';

export function createPaymentsService(options: { broker: Broker; payments?: Payments; logger?: boolean }): FastifyInstance {
  const { broker, payments = new Payments(sampleBalances) } = options;
  const app = createHttpApp({ name: 'payments', logger: options.logger });

  // The read side: rebuilt from the whole log at start, then fed only by payments.ledger, as a read service of
  // its own would be.
  const statements = new StatementProjection();
  for (const stored of payments.store.readAll()) statements.apply(stored);

  const subscriptions = [
    broker.respond('payments.charge', 'payments', ({ orderId, customerId, amount }) => payments.charge(orderId, customerId, amount)),
    broker.respond('payments.refund', 'payments', ({ orderId, customerId }) => ({ refunded: payments.refund(orderId, customerId) })),
    broker.subscribe('payments.ledger', (stored) => statements.apply(stored)),
  ];

  // The event store is the outbox: a relay publishes what was appended after the last event it published, so an
  // event is published at least once even when the broker fails for a while (the next append retries).
  let published = payments.store.readAll().at(-1)?.position ?? 0;
  let relaying = Promise.resolve();
  const relay = () => {
    relaying = relaying
      .then(async () => {
        for (const stored of payments.store.readAll(published)) {
          await broker.publish('payments.ledger', stored);
          published = stored.position;
        }
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'publishing ledger events failed; retrying on the next one'));
  };
  const stopRelay = payments.store.onAppend(relay);

  app.addHook('onClose', async () => {
    stopRelay();
    await relaying;
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get<{ Params: { customerId: string } }>('/accounts/:customerId', async (request, reply) => {
    const balance = payments.balance(request.params.customerId);
    if (balance === undefined) return reply.code(404).send({ error: 'unknown customer' });
    return { customerId: request.params.customerId, balance };
  });
  app.get<{ Params: { customerId: string } }>('/accounts/:customerId/statement', async (request, reply) => {
    return statements.statement(request.params.customerId) ?? reply.code(404).send({ error: 'unknown customer' });
  });
  return app;
}
`;

export default () => [
  {
    file: 'src/shared/contracts.ts',
    replace: `/** Publish/subscribe subjects: facts that already happened; any number of services may listen. */`,
    with: contracts,
  },
  {
    file: 'src/shared/contracts.ts',
    replace: `  'orders.rejected': { orderId: string; reason: string };
`,
    with: `  'orders.rejected': { orderId: string; reason: string };
  /** Every event of the payments ledger, once stored, in order. */
  'payments.ledger': StoredLedgerEvent;
`,
  },
  { file: 'src/payments/ledger.ts', content: ledger },
  { file: 'src/payments/payments.ts', content: payments },
  { file: 'src/payments/statements.ts', content: statements },
  { file: 'src/payments/service.ts', content: service },
];
