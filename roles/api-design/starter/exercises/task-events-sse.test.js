// Check for the exercise "Live updates with Server-Sent Events": GET /v1/tasks/events streams task changes, and a
// client that reconnects with Last-Event-ID gets the events it missed.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { KEY, answer, changeTask, contractOf, createTask, sharedApi } from './support/api.js';

/** @type {Set<AbortController>} */
const streams = new Set();
after(() => streams.forEach((controller) => controller.abort()));

/**
 * Opens GET /v1/tasks/events and parses what arrives. `next()` resolves with the next event
 * ({ id, event, data }), failing the test when none arrives in time.
 */
async function openStream(api, headers = {}) {
  const controller = new AbortController();
  streams.add(controller);
  const response = await fetch(`${api.origin}/v1/tasks/events`, {
    headers: { authorization: `Bearer ${KEY}`, accept: 'text/event-stream', ...headers },
    signal: controller.signal,
  });
  assert.equal(response.status, 200, `GET /v1/tasks/events should answer 200; got ${response.status} ${response.status === 200 ? '' : await response.text()}`);
  assert.match(response.headers.get('content-type') ?? '', /^text\/event-stream/, `GET /v1/tasks/events should answer with Content-Type: text/event-stream; got ${response.headers.get('content-type')}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  /** @type {{ id?: string, event: string, data: any }[]} */
  const ready = [];

  async function next(what, ms = 5000) {
    const deadline = Date.now() + ms;
    while (ready.length === 0) {
      const left = deadline - Date.now();
      assert.ok(left > 0, `no event arrived within ${ms} ms; expected ${what}`);
      const timer = new Promise((resolve) => setTimeout(resolve, left, { timeout: true }));
      const chunk = await Promise.race([reader.read(), timer]);
      assert.ok(!chunk.timeout, `no event arrived within ${ms} ms; expected ${what}`);
      assert.ok(!chunk.done, `the stream ended; expected ${what}`);
      buffer += chunk.value.replaceAll('\r\n', '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const fields = { event: 'message', data: [] };
        for (const line of block.split('\n')) {
          if (line.startsWith(':') || line === '') continue; // a comment, e.g. a keep-alive
          const [, name, value] = line.match(/^([^:]*):? ?(.*)$/);
          if (name === 'data') fields.data.push(value);
          else fields[name] = value;
        }
        if (fields.data.length > 0) {
          const text = fields.data.join('\n');
          let data;
          try {
            data = JSON.parse(text);
          } catch {
            assert.fail(`an event's data should be JSON; got ${text}`);
          }
          ready.push({ ...fields, data });
        }
      }
    }
    return ready.shift();
  }

  return { next, close: () => controller.abort() };
}

function checkEvent(received, type, task, what) {
  assert.equal(received.event, type, `${what} should be an event named "${type}" (event: ${type}); got ${JSON.stringify(received)}`);
  assert.match(received.id ?? '', /^\d+$/, `every event should have an id (id: <number>) so that a client can resume; got ${JSON.stringify(received)}`);
  assert.equal(received.data?.id, task.id, `the data of ${what} should be the task as JSON; got ${JSON.stringify(received)}`);
}

describe('GET /v1/tasks/events', () => {
  it('streams created, updated and deleted tasks as they happen', { timeout: 20_000 }, async () => {
    const api = await sharedApi();
    const stream = await openStream(api);
    const task = await createTask(api, { title: 'Watch me' });
    const created = await stream.next('task.created');
    checkEvent(created, 'task.created', task, 'creating a task');
    await changeTask(api, 'PATCH', `/v1/tasks/${task.id}`, { title: 'Watched' });
    const updated = await stream.next('task.updated');
    checkEvent(updated, 'task.updated', task, 'updating a task');
    assert.equal(updated.data.title, 'Watched', 'a task.updated event should carry the task as it is now');
    const deleted = await changeTask(api, 'DELETE', `/v1/tasks/${task.id}`);
    assert.equal(deleted.status, 204, `DELETE should answer 204; got ${answer(deleted)}`);
    checkEvent(await stream.next('task.deleted'), 'task.deleted', task, 'deleting a task');
    assert.ok(Number(updated.id) > Number(created.id), 'event ids should increase');
    stream.close();
  });

  it('replays what a client missed when it reconnects with Last-Event-ID, then goes on live', { timeout: 20_000 }, async () => {
    const api = await sharedApi();
    const first = await openStream(api);
    const seen = await createTask(api, { title: 'Seen' });
    const last = await first.next('task.created');
    checkEvent(last, 'task.created', seen, 'creating a task');
    first.close();

    const missed = await createTask(api, { title: 'Missed' });
    await changeTask(api, 'PATCH', `/v1/tasks/${missed.id}`, { status: 'in_progress' });

    const again = await openStream(api, { 'last-event-id': last.id });
    checkEvent(await again.next('the missed task.created'), 'task.created', missed, 'the first event replayed after Last-Event-ID');
    checkEvent(await again.next('the missed task.updated'), 'task.updated', missed, 'the second event replayed after Last-Event-ID');
    const live = await createTask(api, { title: 'Live' });
    checkEvent(await again.next('a live task.created after the replay'), 'task.created', live, 'a task created after reconnecting');
    again.close();
  });

  it('needs an API key like every other operation', async () => {
    const api = await sharedApi();
    const anonymous = await api.request('GET', '/v1/tasks/events', { apiKey: null });
    assert.equal(anonymous.status, 401, `GET /v1/tasks/events without an API key should answer 401; got ${answer(anonymous)}`);
  });
});

describe('openapi.yaml', () => {
  it('describes GET /tasks/events with its text/event-stream response and the Last-Event-ID header', () => {
    const contract = contractOf('openapi.yaml');
    const operation = contract.doc.paths?.['/tasks/events']?.get;
    assert.ok(operation, 'openapi.yaml should describe GET /tasks/events');
    const ok = contract.deref(operation.responses?.['200'] ?? {});
    assert.ok(ok.content?.['text/event-stream'], 'the 200 response of GET /tasks/events should have text/event-stream content');
    const parameters = (operation.parameters ?? []).map((p) => contract.deref(p));
    assert.ok(
      parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'last-event-id'),
      'GET /tasks/events should document its Last-Event-ID header parameter',
    );
  });
});
