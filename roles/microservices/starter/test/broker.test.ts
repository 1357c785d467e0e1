// One contract, two implementations: the in-memory broker always, a real NATS server when NATS_URL is set
// (`docker compose up -d nats`, then `NATS_URL=nats://127.0.0.1:4222 npm test`). Against NATS every test gets
// its own subject prefix, so services running on the same server never see the test traffic.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Broker, NoRespondersError, RemoteError, RequestTimeoutError } from '../src/shared/broker.js';
import { InMemoryBroker } from '../src/shared/in-memory-broker.js';
import { NatsBroker } from '../src/shared/nats-broker.js';
import { eventually } from './helpers.js';

const natsUrl = process.env.NATS_URL;
const implementations: [string, (() => Promise<Broker>) | undefined][] = [
  ['InMemoryBroker', async () => new InMemoryBroker({ onError: () => {} })],
  [
    'NatsBroker',
    natsUrl
      ? () => NatsBroker.connect(natsUrl, 'broker-test', { subjectPrefix: `test-${randomUUID()}.`, onError: () => {} })
      : undefined,
  ],
];

describe.each(implementations)('%s', (_name, connect) => {
  const brokers: Broker[] = [];
  const open = async () => {
    const broker = await connect!();
    brokers.push(broker);
    return broker;
  };
  afterEach(async () => {
    await Promise.all(brokers.splice(0).map((broker) => broker.close()));
  });

  const orderId = () => randomUUID();

  it.skipIf(!connect)('delivers a command to a responder and its reply back, as JSON', async () => {
    const broker = await open();
    broker.respond('inventory.release', 'inventory', ({ orderId }) => ({ released: orderId.startsWith('yes') }));
    await expect(broker.request('inventory.release', { orderId: 'yes-1' })).resolves.toEqual({ released: true });
  });

  it.skipIf(!connect)('fails fast when nobody answers', async () => {
    const broker = await open();
    const started = Date.now();
    await expect(broker.request('payments.charge', { orderId: orderId(), customerId: 'c', amount: 1 })).rejects.toBeInstanceOf(
      NoRespondersError,
    );
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it.skipIf(!connect)('times out when the responder is too slow', async () => {
    const broker = await open();
    broker.respond('inventory.release', 'inventory', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { released: true };
    });
    await expect(broker.request('inventory.release', { orderId: orderId() }, { timeoutMs: 50 })).rejects.toBeInstanceOf(
      RequestTimeoutError,
    );
  });

  it.skipIf(!connect)("reports a responder's error to the caller", async () => {
    const broker = await open();
    broker.respond('inventory.release', 'inventory', () => {
      throw new Error('disk full');
    });
    const failure = broker.request('inventory.release', { orderId: orderId() });
    await expect(failure).rejects.toBeInstanceOf(RemoteError);
    await expect(failure).rejects.toThrow('disk full');
  });

  it.skipIf(!connect)('gives each command to exactly one member of a queue group', async () => {
    const broker = await open();
    const handledBy: string[] = [];
    for (const instance of ['a', 'b']) {
      broker.respond('inventory.release', 'inventory', () => {
        handledBy.push(instance);
        return { released: true };
      });
    }
    for (let i = 0; i < 6; i++) await broker.request('inventory.release', { orderId: orderId() });
    expect(handledBy).toHaveLength(6);
  });

  it.skipIf(!connect)('publishes an event to every subscriber', async () => {
    const broker = await open();
    const received: string[] = [];
    for (const who of ['inventory', 'notifications']) {
      broker.subscribe('orders.rejected', (event) => {
        received.push(`${who}: ${event.reason}`);
      });
    }
    await broker.publish('orders.rejected', { orderId: orderId(), reason: 'out of stock' });
    await eventually(() => expect(received.sort()).toEqual(['inventory: out of stock', 'notifications: out of stock']));
  });

  it.skipIf(!connect)('stops delivering after unsubscribe', async () => {
    const broker = await open();
    const subscription = broker.respond('inventory.release', 'inventory', () => ({ released: true }));
    subscription.unsubscribe();
    await expect(broker.request('inventory.release', { orderId: orderId() }, { timeoutMs: 200 })).rejects.toBeInstanceOf(
      NoRespondersError,
    );
  });
});
