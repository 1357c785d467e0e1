// Check for the exercise "A WebSocket protocol, described in AsyncAPI": the tasks.v1 subprotocol on /stream, and
// asyncapi.yaml describing every message the check sends and receives.
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, it } from 'node:test';
import { WebSocket } from 'ws';
import { parse } from 'yaml';
import { TaskStore } from '../src/store.js';
import { KEY, changeTask, createTask, projectExport, startApi } from './support/api.js';

const PROTOCOL = 'tasks.v1';

/** @type {Set<WebSocket>} */
const sockets = new Set();
// After each test, not after all of them: the server closes after the last test, and waits for open sockets.
afterEach(() => {
  sockets.forEach((socket) => socket.terminate());
  sockets.clear();
});

// --- asyncapi.yaml --------------------------------------------------------------------------------------------

/** @type {{ doc: any, ajv: Ajv, sent: { name: string, pointer: string }[], received: { name: string, pointer: string }[] } | undefined} */
let description;

/** asyncapi.yaml, and the messages its operations say the server sends and receives (JSON pointers to them). */
function asyncApi() {
  if (description) return description;
  assert.ok(existsSync('asyncapi.yaml'), 'asyncapi.yaml is missing: describe the protocol in it (AsyncAPI 3.0)');
  const doc = parse(readFileSync('asyncapi.yaml', 'utf8'));
  assert.match(String(doc?.asyncapi), /^3\./, 'asyncapi.yaml should be an AsyncAPI 3 document (asyncapi: 3.0.0)');
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema(doc, 'asyncapi');
  const resolve = (ref) => ref.slice(2).split('/').reduce((node, key) => node?.[key.replaceAll('~1', '/').replaceAll('~0', '~')], doc);
  const sent = [];
  const received = [];
  for (const [name, operation] of Object.entries(doc.operations ?? {})) {
    assert.ok(['send', 'receive'].includes(operation.action), `operation ${name} should have "action": send or receive`);
    for (const { $ref } of operation.messages ?? []) {
      let pointer = $ref;
      // A channel's message is usually itself a $ref to components/messages.
      while (resolve(pointer)?.$ref) pointer = resolve(pointer).$ref;
      assert.ok(resolve(pointer)?.payload, `operation ${name}: the message ${$ref} should have a payload schema`);
      (operation.action === 'send' ? sent : received).push({ name: pointer.split('/').pop(), pointer: `${pointer}/payload` });
    }
  }
  description = { doc, ajv, sent, received };
  return description;
}

/** Asserts that a message matches one of the documented messages the given side sends; returns its name. */
function assertDocumented(message, side) {
  const { ajv, sent, received } = asyncApi();
  const candidates = side === 'server' ? sent : received;
  const matched = candidates.find(({ pointer }) => ajv.validate({ $ref: `asyncapi${pointer}` }, message));
  const who = side === 'server' ? 'the server sends (an operation with "action: send")' : 'the server receives (an operation with "action: receive")';
  assert.ok(matched, `${JSON.stringify(message)} matches none of the messages asyncapi.yaml says ${who}: ${candidates.map((c) => c.name).join(', ') || 'none'}`);
  return matched.name;
}

// --- a client -------------------------------------------------------------------------------------------------

/** @type {Promise<Awaited<ReturnType<typeof startApi>>> | undefined} */
let server;

/** Your app on a free port with attachTaskStream on its server, both on one store; one for the whole check. */
function startServer() {
  server ??= (async () => {
    const attachTaskStream = await projectExport('src/stream.js', 'attachTaskStream');
    const store = new TaskStore();
    const api = await startApi({ store });
    attachTaskStream(api.server, { store, apiKeys: [KEY] });
    return api;
  })();
  return server;
}

/**
 * Connects to ws://…/stream offering `protocols`. Resolves once open with `send(message)` (checked against the
 * description first), `next(what)` for the next message (checked too), `silent(ms)` and `closed()`.
 */
function connect(api, protocols = [PROTOCOL]) {
  const socket = new WebSocket(`${api.origin.replace('http', 'ws')}/stream`, protocols);
  sockets.add(socket);
  const inbox = [];
  const waiting = [];
  socket.on('message', (data, isBinary) => {
    const text = data.toString();
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      message = { unparsable: text, isBinary };
    }
    (waiting.shift() ?? ((m) => inbox.push(m)))(message);
  });
  const closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (req, res) => {
      req.destroy(); // ws leaves a refused handshake's connection to whoever handles this event
      resolve({ refused: res.statusCode });
    });
    socket.once('error', reject);
    socket.once('open', () =>
      resolve({
        socket,
        send(message, { documented = true } = {}) {
          if (documented) assertDocumented(message, 'client');
          socket.send(typeof message === 'string' ? message : JSON.stringify(message));
        },
        async next(what, ms = 5000) {
          const message = inbox.shift() ?? (await Promise.race([new Promise((r) => waiting.push(r)), new Promise((r) => setTimeout(r, ms, undefined))]));
          assert.ok(message, `no message arrived within ${ms} ms; expected ${what}`);
          assert.ok(!message.unparsable, `every message from the server should be JSON text; got ${message.unparsable}`);
          assertDocumented(message, 'server');
          return message;
        },
        async silent(ms) {
          await new Promise((r) => setTimeout(r, ms));
          return inbox.length === 0;
        },
        closed: (ms = 5000) => Promise.race([closed, new Promise((r) => setTimeout(r, ms, { code: 'still open' }))]),
      }),
    );
  });
}

async function greeted(api) {
  const client = await connect(api);
  assert.ok(client.socket, `the handshake with the ${PROTOCOL} subprotocol should succeed; got ${JSON.stringify(client)}`);
  client.send({ type: 'hello', apiKey: KEY });
  assert.deepEqual(await client.next('{"type": "welcome"}'), { type: 'welcome' }, 'a hello with a valid API key should be answered {"type": "welcome"}');
  return client;
}

describe('the handshake', () => {
  it(`accepts ws://…/stream with the ${PROTOCOL} subprotocol, and refuses it without`, async () => {
    const api = await startServer();
    const client = await connect(api);
    assert.ok(client.socket, `a client offering ${PROTOCOL} should be accepted; got ${JSON.stringify(client)}`);
    assert.equal(client.socket.protocol, PROTOCOL, `the server should select the ${PROTOCOL} subprotocol`);
    for (const protocols of [[], ['chat']]) {
      const refused = await connect(api, protocols);
      assert.equal(refused.refused, 400, `a handshake offering ${JSON.stringify(protocols)} should be refused with 400; got ${refused.socket ? 'accepted' : JSON.stringify(refused)}`);
    }
  });
});

describe('hello', () => {
  it('greets a client whose first message is hello with a valid API key', async () => {
    const api = await startServer();
    await greeted(api);
  });

  it('closes with 4401 for a wrong API key, or for any other first message', async () => {
    const api = await startServer();
    const wrongKey = await connect(api);
    wrongKey.send({ type: 'hello', apiKey: 'not-a-key' });
    assert.equal((await wrongKey.closed()).code, 4401, 'a hello with an unknown API key should close the connection with code 4401');
    const rude = await connect(api);
    rude.send({ type: 'subscribe', id: 'too-early' });
    assert.equal((await rude.closed()).code, 4401, 'a first message other than hello should close the connection with code 4401');
  });
});

describe('subscriptions', () => {
  it('deliver task.created, task.updated and task.deleted to a subscriber until it unsubscribes', async () => {
    const api = await startServer();
    const client = await greeted(api);
    client.send({ type: 'subscribe', id: 'sub-1' });
    assert.deepEqual(await client.next('subscribed'), { type: 'subscribed', id: 'sub-1' }, 'subscribe should be answered {"type": "subscribed", "id": <the same id>}');

    const task = await createTask(api, { title: 'Over the socket' });
    const created = await client.next('task.created');
    assert.equal(created.type, 'task.created', `creating a task should send a task.created message; got ${JSON.stringify(created)}`);
    assert.equal(created.task?.id, task.id, `the message's "task" should be the task; got ${JSON.stringify(created)}`);
    await changeTask(api, 'PATCH', `/v1/tasks/${task.id}`, { status: 'done' });
    const updated = await client.next('task.updated');
    assert.equal(updated.type, 'task.updated');
    assert.equal(updated.task?.status, 'done', 'task.updated should carry the task as it is now');
    await changeTask(api, 'DELETE', `/v1/tasks/${task.id}`);
    assert.equal((await client.next('task.deleted')).type, 'task.deleted');

    client.send({ type: 'unsubscribe', id: 'sub-1' });
    assert.deepEqual(await client.next('unsubscribed'), { type: 'unsubscribed', id: 'sub-1' }, 'unsubscribe should be answered {"type": "unsubscribed", "id": <the same id>}');
    await createTask(api, { title: 'Unheard' });
    assert.ok(await client.silent(300), 'after unsubscribe, no more task events should arrive');
  });

  it('are not sent to a client that has not subscribed', async () => {
    const api = await startServer();
    const client = await greeted(api);
    await createTask(api, { title: 'Nobody asked' });
    assert.ok(await client.silent(300), 'a client that has not subscribed should receive no task events');
  });
});

describe('bad messages', () => {
  it('answers text that is not a known message with an error, and stays open; a binary frame closes with 1003', async () => {
    const api = await startServer();
    const client = await greeted(api);
    for (const bad of ['not json', JSON.stringify({ type: 'dance' })]) {
      client.send(bad, { documented: false });
      const error = await client.next(`an error for ${bad}`);
      assert.equal(error.type, 'error', `${bad} should be answered with {"type": "error", …}; got ${JSON.stringify(error)}`);
      assert.equal(error.code, 'bad_message', `the error's code should be "bad_message"; got ${JSON.stringify(error)}`);
    }
    client.send({ type: 'subscribe', id: 'still-here' });
    assert.equal((await client.next('subscribed')).type, 'subscribed', 'the connection should stay usable after an error');
    client.socket.send(Buffer.from([1, 2, 3]), { binary: true });
    assert.equal((await client.closed()).code, 1003, 'a binary frame should close the connection with 1003 (unsupported data)');
  });
});

describe('asyncapi.yaml', () => {
  it('describes the /stream channel and the messages both ways', () => {
    const { doc, sent, received } = asyncApi();
    const channels = Object.values(doc.channels ?? {});
    assert.ok(channels.some((channel) => channel.address === '/stream'), 'asyncapi.yaml should have a channel whose address is /stream');
    assert.ok(sent.length > 0, 'asyncapi.yaml should have an operation with "action: send" (what the server sends)');
    assert.ok(received.length > 0, 'asyncapi.yaml should have an operation with "action: receive" (what the server receives)');
  });
});
