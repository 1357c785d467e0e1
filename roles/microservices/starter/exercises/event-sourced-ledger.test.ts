// Check of the exercise "An event-sourced ledger with a statement read model" (README): the event store, Payments
// keeping its state only as events, the events published on payments.ledger, and the statement projection fed by
// the broker, with the payments service running in-process on the in-memory broker.
import { afterEach, describe, expect, it } from 'vitest';
import { Payments } from '../src/payments/payments.js';
import { createPaymentsService } from '../src/payments/service.js';
import { appTracker, eventually, projectExport, RecordingBroker } from './helpers.js';

const apps = appTracker();
afterEach(apps.closeAll);

type Store = {
  append(streamId: string, events: unknown[], expectedVersion: number): any[];
  read(streamId: string): any[];
  readAll(afterPosition?: number): any[];
};
type StoreClass = new () => Store;
type Projection = { apply(stored: unknown): void; statement(customerId: string): any };

const loadStore = () =>
  projectExport<StoreClass>(
    'src/payments/ledger.ts',
    'InMemoryEventStore',
    'the class InMemoryEventStore with append(streamId, events, expectedVersion), read(streamId) and readAll(afterPosition)',
  );
const loadProjection = () =>
  projectExport<new () => Projection>(
    'src/payments/statements.ts',
    'StatementProjection',
    'the class StatementProjection with apply(storedEvent) and statement(customerId)',
  );

/** Payments over an event store of your own, or a failure saying what the constructor should take. */
async function eventSourcedPayments(balances: Record<string, number>, store?: Store) {
  const theStore = store ?? new (await loadStore())();
  const payments = new (Payments as any)(balances, theStore) as Payments & { store?: Store };
  expect(payments.store, 'Payments should take the event store as its second argument and expose it as payments.store').toBe(theStore);
  return { payments, store: theStore };
}

const types = (events: any[]) => events.map((stored) => stored.event?.type);
const refund = (payments: Payments, orderId: string, customerId: string) => (payments as any).refund(orderId, customerId);

describe('InMemoryEventStore in src/payments/ledger.ts', () => {
  it('appends events to a stream with versions 1, 2, … and global positions', async () => {
    const store = new (await loadStore())();
    store.append('account-a', [{ type: 'AccountOpened', customerId: 'a', balance: 5 }], 0);
    store.append('account-b', [{ type: 'AccountOpened', customerId: 'b', balance: 7 }], 0);
    store.append('account-a', [{ type: 'PaymentCharged', customerId: 'a', orderId: 'o1', paymentId: 'p1', amount: 2 }], 1);

    expect(store.read('account-a').map(({ streamId, version, position }) => ({ streamId, version, position }))).toEqual([
      { streamId: 'account-a', version: 1, position: 1 },
      { streamId: 'account-a', version: 2, position: 3 },
    ]);
    expect(store.read('account-a')[1].event).toEqual({
      type: 'PaymentCharged',
      customerId: 'a',
      orderId: 'o1',
      paymentId: 'p1',
      amount: 2,
    });
    expect(
      store.readAll().map((stored) => stored.position),
      'readAll() returns every stream in the order of appending',
    ).toEqual([1, 2, 3]);
    expect(
      store.readAll(2).map((stored) => stored.streamId),
      'readAll(2) returns what was appended after position 2',
    ).toEqual(['account-a']);
    expect(store.read('account-unknown')).toEqual([]);
  });

  it('refuses an append whose expected version is not the current one (optimistic concurrency)', async () => {
    const ConcurrencyError = await projectExport<new (...args: any[]) => Error>(
      'src/payments/ledger.ts',
      'ConcurrencyError',
      'the class ConcurrencyError, thrown by append when expectedVersion is not the stream version',
    );
    const store = new (await loadStore())();
    store.append('account-a', [{ type: 'AccountOpened', customerId: 'a', balance: 5 }], 0);
    expect(() => store.append('account-a', [{ type: 'AccountOpened', customerId: 'a', balance: 5 }], 0)).toThrow(ConcurrencyError);
    expect(store.read('account-a'), 'a refused append writes nothing').toHaveLength(1);
  });
});

describe('Payments, event-sourced', () => {
  it('records every change as an event on the stream account-<customerId>', async () => {
    const { payments, store } = await eventSourcedPayments({ alice: 1_000 });
    payments.charge('o1', 'alice', 400);
    payments.charge('o2', 'alice', 5_000);
    refund(payments, 'o1', 'alice');

    expect(types(store.read('account-alice')), 'opening, the charge and the refund; a declined charge changes nothing').toEqual([
      'AccountOpened',
      'PaymentCharged',
      'PaymentRefunded',
    ]);
    expect(store.read('account-alice')[1].event).toMatchObject({ type: 'PaymentCharged', customerId: 'alice', orderId: 'o1', amount: 400 });
    expect(store.read('account-alice')[2].event).toMatchObject({
      type: 'PaymentRefunded',
      customerId: 'alice',
      orderId: 'o1',
      amount: 400,
    });
  });

  it('rebuilds its state by replaying the events: balances, and which orders were charged', async () => {
    const { payments, store } = await eventSourcedPayments({ alice: 1_000 });
    const first = payments.charge('o1', 'alice', 400);

    const { payments: restarted } = await eventSourcedPayments({ alice: 1_000 }, store);
    expect(types(store.read('account-alice')), 'an account that already has a stream is not opened again').toEqual([
      'AccountOpened',
      'PaymentCharged',
    ]);
    expect(restarted.balance('alice')).toBe(600);
    expect(restarted.charge('o1', 'alice', 400), 'a retried charge is still idempotent after a restart').toEqual(first);
    expect(store.read('account-alice'), 'the retried charge appended nothing').toHaveLength(2);
  });

  it('keeps no copy of the state: an event appended to the store changes the balance', async () => {
    const { payments, store } = await eventSourcedPayments({ alice: 1_000 });
    store.append(
      'account-alice',
      [{ type: 'PaymentCharged', customerId: 'alice', orderId: 'elsewhere', paymentId: 'p-9', amount: 100 }],
      1,
    );
    expect(payments.balance('alice'), 'balance() folds the events of the stream every time').toBe(900);
  });
});

describe('the payments service and the broker', () => {
  it('publishes each new event on payments.ledger as { streamId, version, position, event }', async () => {
    const broker = new RecordingBroker();
    const { payments } = await eventSourcedPayments({ alice: 1_000 });
    apps.add(createPaymentsService({ broker, payments }));
    const published: any[] = [];
    (broker as any).subscribe('payments.ledger', (event: unknown) => void published.push(event));

    await broker.request('payments.charge', { orderId: 'o1', customerId: 'alice', amount: 400 });
    await eventually(() =>
      expect(published, 'a charge should publish its PaymentCharged event on payments.ledger').toEqual([
        { streamId: 'account-alice', version: 2, position: 2, event: expect.objectContaining({ type: 'PaymentCharged', orderId: 'o1' }) },
      ]),
    );
  });
});

describe('StatementProjection in src/payments/statements.ts (the read side)', () => {
  const opened = {
    streamId: 'account-alice',
    version: 1,
    position: 1,
    event: { type: 'AccountOpened', customerId: 'alice', balance: 1_000 },
  };
  const charged = {
    streamId: 'account-alice',
    version: 2,
    position: 2,
    event: { type: 'PaymentCharged', customerId: 'alice', orderId: 'o1', paymentId: 'p1', amount: 400 },
  };
  const refunded = {
    streamId: 'account-alice',
    version: 3,
    position: 3,
    event: { type: 'PaymentRefunded', customerId: 'alice', orderId: 'o1', paymentId: 'p1', amount: 400 },
  };

  it('builds a statement from the events, and ignores an event delivered twice', async () => {
    const projection = new (await loadProjection())();
    for (const stored of [opened, charged, charged, refunded]) projection.apply(stored);
    expect(projection.statement('alice')).toEqual({
      customerId: 'alice',
      balance: 1_000,
      entries: [
        { orderId: 'o1', kind: 'charge', amount: 400, balanceAfter: 600 },
        { orderId: 'o1', kind: 'refund', amount: 400, balanceAfter: 1_000 },
      ],
    });
    expect(projection.statement('nobody')).toBeUndefined();
  });

  it('is served by GET /accounts/:customerId/statement and kept up to date through the broker', async () => {
    const broker = new RecordingBroker();
    const { payments } = await eventSourcedPayments({ alice: 1_000 });
    const app = apps.add(createPaymentsService({ broker, payments }));

    await broker.request('payments.charge', { orderId: 'o1', customerId: 'alice', amount: 400 });
    const statement = await eventually(async () => {
      const response = await app.inject({ method: 'GET', url: '/accounts/alice/statement' });
      expect(response.statusCode, 'GET /accounts/alice/statement').toBe(200);
      expect(response.json().entries).toHaveLength(1);
      return response.json();
    });
    expect(statement).toEqual({
      customerId: 'alice',
      balance: 600,
      entries: [{ orderId: 'o1', kind: 'charge', amount: 400, balanceAfter: 600 }],
    });
    expect((await app.inject({ method: 'GET', url: '/accounts/nobody/statement' })).statusCode).toBe(404);
  });

  it('is rebuilt from the event store when the service starts', async () => {
    const { payments, store } = await eventSourcedPayments({ alice: 1_000 });
    payments.charge('o1', 'alice', 400);
    const { payments: restarted } = await eventSourcedPayments({ alice: 1_000 }, store);
    const app = apps.add(createPaymentsService({ broker: new RecordingBroker(), payments: restarted }));

    const response = await app.inject({ method: 'GET', url: '/accounts/alice/statement' });
    expect(response.json(), 'a new instance replays readAll() into its projection before it answers').toMatchObject({
      balance: 600,
      entries: [{ orderId: 'o1', kind: 'charge' }],
    });
  });

  it('takes its events from payments.ledger, once each, as a separate read service would', async () => {
    const broker = new RecordingBroker();
    const { payments } = await eventSourcedPayments({ bob: 1_000 });
    const app = apps.add(createPaymentsService({ broker, payments }));
    const fromElsewhere = {
      streamId: 'account-bob',
      version: 2,
      position: 99,
      event: { type: 'PaymentCharged', customerId: 'bob', orderId: 'o7', paymentId: 'p7', amount: 300 },
    };
    await (broker as any).publish('payments.ledger', fromElsewhere);
    await (broker as any).publish('payments.ledger', fromElsewhere);
    await broker.idle();

    const statement = (await app.inject({ method: 'GET', url: '/accounts/bob/statement' })).json();
    expect(statement.entries, 'the statement should follow payments.ledger, and apply a redelivered event only once').toEqual([
      { orderId: 'o7', kind: 'charge', amount: 300, balanceAfter: 700 },
    ]);
  });
});
