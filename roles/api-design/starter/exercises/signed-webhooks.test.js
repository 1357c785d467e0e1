// Check for the exercise "Signed webhooks": endpoints registered over the API receive task.completed events,
// signed as Standard Webhooks describes, retried until they are accepted. The check plays the receivers.
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import { after, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { answer, changeTask, closeServer, contractOf, createTask, startApi } from './support/api.js';

/** The retry delays the check gives createApp: short, so that retries happen within the test. */
const RETRY_DELAYS_MS = [50, 150, 300];
/** @type {ReturnType<typeof startApi> | undefined} */
let shared;
/** One app for the whole check (starting one compiles the description). */
const apiWithFastRetries = () => (shared ??= startApi({ webhookRetryDelaysMs: RETRY_DELAYS_MS }));

/** @type {Set<import('node:http').Server>} */
const receivers = new Set();
after(() => Promise.all([...receivers].map(closeServer)));

/**
 * A local webhook receiver. `respond(attempt)` returns the status to answer the nth delivery with (1-based), or
 * 'drop' to close the connection without an answer. Resolves with its URL and the deliveries it has received.
 */
async function startReceiver(respond = () => 204) {
  /** @type {{ headers: import('node:http').IncomingHttpHeaders, body: string, at: number }[]} */
  const deliveries = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      deliveries.push({ headers: req.headers, body, at: Date.now(), method: req.method });
      const outcome = respond(deliveries.length);
      if (outcome === 'drop') req.socket.destroy();
      else res.writeHead(outcome).end();
    });
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  receivers.add(server);
  return { url: `http://127.0.0.1:${server.address().port}/hooks`, deliveries };
}

async function register(api, url) {
  const created = await api.request('POST', '/v1/webhook-endpoints', { body: { url } });
  assert.equal(created.status, 201, `POST /v1/webhook-endpoints {"url": "${url}"} should answer 201; got ${answer(created)}`);
  return created.body;
}

async function completeTask(api) {
  const task = await createTask(api, { title: 'Ship it' });
  const done = await changeTask(api, 'PATCH', `/v1/tasks/${task.id}`, { status: 'done' });
  assert.equal(done.status, 200, `PATCH {"status": "done"} should answer 200; got ${answer(done)}`);
  return task;
}

async function waitFor(what, condition, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!condition()) {
    assert.ok(Date.now() < deadline, `timed out after ${ms} ms waiting for ${what}`);
    await sleep(20);
  }
}

/** Asserts that a delivery is signed with the endpoint's secret as Standard Webhooks says; returns its event. */
function verify(delivery, secret) {
  const id = delivery.headers['webhook-id'];
  const timestamp = delivery.headers['webhook-timestamp'];
  const signature = delivery.headers['webhook-signature'];
  assert.ok(id, 'every delivery should carry a webhook-id header');
  assert.match(String(timestamp), /^\d+$/, `webhook-timestamp should be the unix time in seconds; got ${timestamp}`);
  assert.ok(Math.abs(Number(timestamp) - Date.now() / 1000) < 60, `webhook-timestamp should be the time of the attempt; got ${timestamp}`);
  assert.match(delivery.headers['content-type'] ?? '', /^application\/json/, 'a delivery should be sent as application/json');
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${delivery.body}`).digest('base64');
  const given = String(signature ?? '').split(' ').filter((s) => s.startsWith('v1,')).map((s) => s.slice(3));
  assert.ok(given.includes(expected), `webhook-signature should be "v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">" with the key the secret's base64 part decodes to; got ${signature}`);
  return JSON.parse(delivery.body);
}

describe('webhook endpoints', () => {
  it('POST /v1/webhook-endpoints registers an endpoint and returns its signing secret', async () => {
    const api = await apiWithFastRetries();
    const created = await api.request('POST', '/v1/webhook-endpoints', { body: { url: 'https://example.com/hooks' } });
    assert.equal(created.status, 201, `POST /v1/webhook-endpoints should answer 201; got ${answer(created)}`);
    assert.match(created.body.id ?? '', /^whe_[0-9a-f]{12}$/, `an endpoint id looks like "whe_" and 12 hex digits; got ${answer(created)}`);
    assert.equal(created.body.url, 'https://example.com/hooks');
    assert.match(created.body.secret ?? '', /^whsec_[A-Za-z0-9+/]+={0,2}$/, `the secret looks like "whsec_" and base64; got ${answer(created)}`);
    assert.ok(Buffer.from(created.body.secret.slice(6), 'base64').length >= 24, 'the secret should hold at least 24 random bytes');
    assert.equal(created.headers.get('location'), `/v1/webhook-endpoints/${created.body.id}`, 'the 201 should have Location: /v1/webhook-endpoints/{endpointId}');

    const bad = await api.request('POST', '/v1/webhook-endpoints', { body: { url: 'not a url' } });
    assert.equal(bad.status, 400, `a url that is not a URL should answer 400; got ${answer(bad)}`);
    const deleted = await api.request('DELETE', `/v1/webhook-endpoints/${created.body.id}`);
    assert.equal(deleted.status, 204, `DELETE /v1/webhook-endpoints/{endpointId} should answer 204; got ${answer(deleted)}`);
    const again = await api.request('DELETE', `/v1/webhook-endpoints/${created.body.id}`);
    assert.equal(again.status, 404, `DELETE of an endpoint that no longer exists should answer 404; got ${answer(again)}`);
  });
});

describe('task.completed', () => {
  it('is delivered, signed with its own secret, to every endpoint when a task becomes done, and only then', async () => {
    const api = await apiWithFastRetries();
    const [first, second] = [await startReceiver(), await startReceiver()];
    const endpoints = [await register(api, first.url), await register(api, second.url)];
    const task = await completeTask(api);
    await waitFor('a delivery to each endpoint', () => first.deliveries.length > 0 && second.deliveries.length > 0);

    const schema = contractOf('openapi.yaml').doc.webhooks?.['task.completed']?.post?.requestBody?.content?.['application/json']?.schema;
    assert.ok(schema, 'openapi.yaml should describe the event under webhooks: task.completed: post: requestBody (application/json)');
    for (const [receiver, endpoint] of [[first, endpoints[0]], [second, endpoints[1]]]) {
      assert.equal(receiver.deliveries[0].method, 'POST', 'a delivery is a POST');
      const event = verify(receiver.deliveries[0], endpoint.secret);
      assert.equal(event.type, 'task.completed', `the event's "type" should be "task.completed"; got ${receiver.deliveries[0].body}`);
      assert.equal(event.data?.id, task.id, `the event's "data" should be the task; got ${receiver.deliveries[0].body}`);
      assert.equal(event.data?.status, 'done');
      contractOf('openapi.yaml').assertValid(schema, event, 'the event (checked against its schema in openapi.yaml)');
    }

    const path = `/v1/tasks/${task.id}`;
    await changeTask(api, 'PATCH', path, { title: 'Still done' });
    await changeTask(api, 'PATCH', path, { status: 'in_progress' });
    await sleep(300);
    assert.equal(first.deliveries.length, 1, 'only a change to done is a task.completed event: a task that was already done, or that is reopened, sends none');
  });

  it('is retried with the same webhook-id after a failure, until the endpoint accepts it', async () => {
    const api = await apiWithFastRetries();
    const receiver = await startReceiver((attempt) => (attempt === 1 ? 500 : attempt === 2 ? 'drop' : 200));
    const endpoint = await register(api, receiver.url);
    await completeTask(api);
    await waitFor('three delivery attempts (500, a dropped connection, then 200)', () => receiver.deliveries.length >= 3);
    await sleep(500);
    const { deliveries } = receiver;
    assert.equal(deliveries.length, 3, `an accepted delivery should not be retried; got ${deliveries.length} attempts`);
    const ids = new Set(deliveries.map((d) => d.headers['webhook-id']));
    assert.equal(ids.size, 1, 'every attempt at one event should carry the same webhook-id, so receivers can drop duplicates');
    for (const delivery of deliveries) assert.equal(verify(delivery, endpoint.secret).type, 'task.completed');
    assert.ok(deliveries[1].at - deliveries[0].at >= 40, 'the first retry should wait for the first delay (50 ms here)');
    assert.ok(deliveries[2].at - deliveries[1].at >= 130, 'the second retry should wait for the second delay (150 ms here)');
  });

  it('gives up after the last retry, and a deleted endpoint gets nothing', async () => {
    const api = await apiWithFastRetries();
    const failing = await startReceiver(() => 503);
    await register(api, failing.url);
    const removed = await startReceiver();
    const { id } = await register(api, removed.url);
    const deleted = await api.request('DELETE', `/v1/webhook-endpoints/${id}`);
    assert.equal(deleted.status, 204, `DELETE /v1/webhook-endpoints/{endpointId} should answer 204; got ${answer(deleted)}`);
    await completeTask(api);
    await waitFor('four delivery attempts', () => failing.deliveries.length >= 4);
    await sleep(500);
    assert.equal(failing.deliveries.length, 4, `with three retry delays, an event is tried four times in all; got ${failing.deliveries.length}`);
    assert.equal(removed.deliveries.length, 0, 'a deleted endpoint should receive nothing');
  });
});

describe('openapi.yaml', () => {
  it('describes the endpoints and the task.completed webhook with its signature headers', () => {
    const contract = contractOf('openapi.yaml');
    const { doc } = contract;
    assert.ok(doc.paths?.['/webhook-endpoints']?.post, 'openapi.yaml should describe POST /webhook-endpoints');
    assert.ok(doc.paths?.['/webhook-endpoints/{endpointId}']?.delete, 'openapi.yaml should describe DELETE /webhook-endpoints/{endpointId}');
    const webhook = doc.webhooks?.['task.completed']?.post;
    assert.ok(webhook, 'openapi.yaml should describe the event in its webhooks section: webhooks: task.completed: post');
    const headers = (webhook.parameters ?? []).map((p) => contract.deref(p)).filter((p) => p.in === 'header').map((p) => p.name.toLowerCase());
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature'])
      assert.ok(headers.includes(name), `the task.completed webhook should document its ${name} header parameter`);
  });
});
