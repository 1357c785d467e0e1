// Reference solution of api-design/task-events-sse: a TaskEventLog numbers every change the store emits and keeps
// the latest 1000; GET /v1/tasks/events (mounted before /tasks/:taskId) replays the events after Last-Event-ID, then
// streams new ones with keep-alive comments; described in openapi.yaml, with contract cases.
export default () => [
  {
    file: 'openapi.yaml',
    replace: `          $ref: '#/components/responses/Unauthorized'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /tasks/{taskId}:
`,
    with: `          $ref: '#/components/responses/Unauthorized'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /tasks/events:
    get:
      operationId: streamTaskEvents
      tags: [Tasks]
      summary: Stream task changes
      description: |
        A Server-Sent Events stream (\`text/event-stream\`) of every change to a task from now on, one event per
        change: \`event\` is \`task.created\`, \`task.updated\` or \`task.deleted\`, \`id\` an increasing number, and
        \`data\` the task as JSON (as it was, for \`task.deleted\`). Lines starting with \`:\` are keep-alive
        comments. The stream stays open; to resume after a disconnection, reconnect with \`Last-Event-ID\`.
      parameters:
        - name: Last-Event-ID
          in: header
          description: |
            The id of the last event you received: the stream starts with the events after it (the latest
            1000 events are kept), then goes on live.
          schema:
            type: string
            pattern: '^\\d+$'
      responses:
        '200':
          description: The stream of events.
          headers:
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
          content:
            text/event-stream:
              schema:
                type: string
              example: |
                id: 42
                event: task.updated
                data: {"id":"tsk_4f2a9c01b7de","title":"Write the description first","status":"done"}
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /tasks/{taskId}:
`,
  },
  {
    file: 'src/app.js',
    replace: `import { fileURLToPath } from 'node:url';
import { HttpProblem, problemHandler, sendProblem } from './problems.js';
`,
    with: `import { fileURLToPath } from 'node:url';
import { TaskEventLog, taskEventsRouter } from './events.js';
import { HttpProblem, problemHandler, sendProblem } from './problems.js';
`,
  },
  {
    file: 'src/app.js',
    replace: `
  app.use('/v1', tasksRouter(store));
`,
    with: `
  app.use('/v1', taskEventsRouter(new TaskEventLog(store)));
  app.use('/v1', tasksRouter(store));
`,
  },
  {
    file: 'src/events.js',
    content: `// Server-Sent Events for task changes. Every change gets the next id; the latest ones are kept, so that a client
// that reconnects with Last-Event-ID (browsers' EventSource does it by itself) gets what it missed.
import { Router } from 'express';

/** @typedef {{ id: number, type: string, data: object }} TaskEvent */

const KEEP = 1000;
const KEEP_ALIVE_MS = 15_000;

export class TaskEventLog {
  /** @type {TaskEvent[]} */
  #recent = [];
  #lastId = 0;
  /** @type {Set<(event: TaskEvent) => void>} */
  #listeners = new Set();

  /** @param {import('./store.js').TaskStore} store */
  constructor(store) {
    store.on('change', (/** @type {import('./store.js').TaskChange} */ { type, task }) => {
      const event = { id: ++this.#lastId, type, data: task };
      this.#recent.push(event);
      if (this.#recent.length > KEEP) this.#recent.shift();
      for (const listener of this.#listeners) listener(event);
    });
  }

  /** The kept events after this id. @param {number} id */
  since(id) {
    return this.#recent.filter((event) => event.id > id);
  }

  /** @param {(event: TaskEvent) => void} listener @returns {() => void} unsubscribes */
  subscribe(listener) {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** GET /tasks/events. Mount it before the /tasks/:taskId routes. @param {TaskEventLog} log */
export function taskEventsRouter(log) {
  const router = Router();

  router.get('/tasks/events', (req, res) => {
    res.status(200).set({ 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.flushHeaders();
    const send = (/** @type {TaskEvent} */ event) => res.write(\`id: \${event.id}\\nevent: \${event.type}\\ndata: \${JSON.stringify(event.data)}\\n\\n\`);

    const lastEventId = Number(req.get('last-event-id'));
    if (Number.isSafeInteger(lastEventId)) log.since(lastEventId).forEach(send);
    const unsubscribe = log.subscribe(send);
    // A comment now and then keeps proxies from closing a quiet connection.
    const keepAlive = setInterval(() => res.write(': keep-alive\\n\\n'), KEEP_ALIVE_MS);
    req.on('close', () => {
      unsubscribe();
      clearInterval(keepAlive);
    });
  });

  return router;
}
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `import { contract, startApi } from './support/api.js';
`,
    with: `import { API_KEY, contract, startApi } from './support/api.js';
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', '/v1/tasks/{task}', {}, 200],
`,
    with: `    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', '/v1/tasks/events', { headers: { 'last-event-id': 'yesterday' } }, 400],
    ['GET', '/v1/tasks/events', { apiKey: null }, 401],
    ['GET', '/v1/tasks/{task}', {}, 200],
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `
  describe('429 for every operation', () => {
`,
    with: `
  // A stream never ends, so the client above cannot read it whole: check its status and media type here.
  it('GET /v1/tasks/events -> 200 text/event-stream', async () => {
    const controller = new AbortController();
    const response = await fetch(\`\${api.origin}/v1/tasks/events\`, { headers: { authorization: \`Bearer \${API_KEY}\` }, signal: controller.signal });
    controller.abort();
    assert.equal(response.status, 200);
    const documented = contract.doc.paths['/tasks/events'].get.responses['200'];
    assert.ok(documented.content[response.headers.get('content-type')?.split(';')[0] ?? '']);
    contract.seen.add('streamTaskEvents 200');
  });

  describe('429 for every operation', () => {
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `      ['GET', '/v1/tasks'],
      ['POST', '/v1/tasks'],
`,
    with: `      ['GET', '/v1/tasks'],
      ['GET', '/v1/tasks/events'],
      ['POST', '/v1/tasks'],
`,
  },
];
