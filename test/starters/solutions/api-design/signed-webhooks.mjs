// Reference solution of api-design/signed-webhooks: the store emits a change event for every write; a Webhooks
// service (src/webhooks.js) keeps the endpoints, signs each delivery as Standard Webhooks says and retries failures
// after each delay; task.completed is published when a task becomes done; the endpoints and the webhook are
// described in openapi.yaml, and the contract test covers the new responses.
export default () => [
  {
    file: 'openapi.yaml',
    replace: `
    **Errors.** Every error is an RFC 9457 problem details object (\`application/problem+json\`).
`,
    with: `
    **Webhooks.** Register a URL with \`POST /webhook-endpoints\` to be told when a task is done (the
    \`task.completed\` webhook below). Deliveries follow Standard Webhooks: verify \`webhook-signature\` with the
    endpoint's secret, drop a \`webhook-id\` you have seen before, and answer \`2xx\` quickly. Any other answer, or
    none, is retried after 5 seconds, 5 minutes, 30 minutes, 2, 5 and 10 hours, then given up.

    **Errors.** Every error is an RFC 9457 problem details object (\`application/problem+json\`).
`,
  },
  {
    file: 'openapi.yaml',
    replace: `    description: Groups of tasks. A task belongs to at most one project, for its whole life.
paths:
`,
    with: `    description: Groups of tasks. A task belongs to at most one project, for its whole life.
  - name: Webhooks
    description: URLs that receive events as they happen.
paths:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          $ref: '#/components/responses/TooManyRequests'
components:
`,
    with: `          $ref: '#/components/responses/TooManyRequests'
  /webhook-endpoints:
    post:
      operationId: createWebhookEndpoint
      tags: [Webhooks]
      summary: Register a webhook endpoint
      description: The answer holds the endpoint's signing secret; it is shown only once.
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewWebhookEndpoint'
      responses:
        '201':
          description: The endpoint was registered; it receives every event from now on.
          headers:
            Location:
              description: URL of the new endpoint.
              schema:
                type: string
                format: uri-reference
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/WebhookEndpoint'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /webhook-endpoints/{endpointId}:
    parameters:
      - name: endpointId
        in: path
        required: true
        description: The endpoint's id.
        schema:
          type: string
          pattern: '^whe_[0-9a-f]{12}$'
    delete:
      operationId: deleteWebhookEndpoint
      tags: [Webhooks]
      summary: Delete a webhook endpoint
      description: The endpoint receives nothing from now on, retries included.
      responses:
        '204':
          description: The endpoint was deleted.
          headers:
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
webhooks:
  task.completed:
    post:
      operationId: taskCompleted
      tags: [Webhooks]
      summary: A task is done
      description: |
        Sent to every webhook endpoint when a task's status becomes \`done\`. Verify it before you trust it:
        \`webhook-signature\` holds \`v1,\` and the base64 HMAC-SHA256 of \`{webhook-id}.{webhook-timestamp}.{body}\`,
        keyed with the base64-decoded part of the endpoint's secret after \`whsec_\`.
      security: []
      parameters:
        - name: webhook-id
          in: header
          required: true
          description: The event's id, the same on every retry of it. Drop an id you have already handled.
          schema:
            type: string
        - name: webhook-timestamp
          in: header
          required: true
          description: When this attempt was sent, in seconds since the Unix epoch. Refuse old ones (replays).
          schema:
            type: integer
        - name: webhook-signature
          in: header
          required: true
          description: Space-separated signatures, each \`v1,\` and a base64 HMAC-SHA256.
          schema:
            type: string
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/TaskCompletedEvent'
      responses:
        '2XX':
          description: The event was received. Answer quickly, and do the work afterwards.
        '4XX':
          description: The event was refused; it will be retried.
components:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          type: [string, 'null']
    Problem:
`,
    with: `          type: [string, 'null']
    NewWebhookEndpoint:
      type: object
      additionalProperties: false
      required: [url]
      properties:
        url:
          description: Where to POST the events.
          type: string
          format: uri
          pattern: '^https?://'
      examples:
        - url: https://example.com/hooks/tasks
    WebhookEndpoint:
      type: object
      additionalProperties: false
      required: [id, url, secret, createdAt]
      properties:
        id:
          type: string
          pattern: '^whe_[0-9a-f]{12}$'
        url:
          type: string
          format: uri
        secret:
          description: The key that signs the deliveries to this endpoint, \`whsec_\` and base64.
          type: string
          pattern: '^whsec_[A-Za-z0-9+/]+={0,2}$'
        createdAt:
          type: string
          format: date-time
    TaskCompletedEvent:
      type: object
      required: [type, timestamp, data]
      properties:
        type:
          const: task.completed
        timestamp:
          description: When the task became done.
          type: string
          format: date-time
        data:
          $ref: '#/components/schemas/Task'
    Problem:
`,
  },
  {
    file: 'src/app.js',
    replace: `import { tasksRouter } from './tasks.js';

`,
    with: `import { tasksRouter } from './tasks.js';
import { DEFAULT_RETRY_DELAYS_MS, Webhooks, webhooksRouter } from './webhooks.js';

`,
  },
  {
    file: 'src/app.js',
    replace: ` * @param {Quotas} [options.quotas]
 */
export function createApp({ store = new TaskStore(), apiKeys = ['dev-key'], plans = {}, quotas = DEFAULT_QUOTAS } = {}) {
  const keys = new Set(apiKeys);
  const app = express();
`,
    with: ` * @param {Quotas} [options.quotas]
 * @param {number[]} [options.webhookRetryDelaysMs] how long to wait before each retry of a failed delivery
 */
export function createApp({
  store = new TaskStore(),
  apiKeys = ['dev-key'],
  plans = {},
  quotas = DEFAULT_QUOTAS,
  webhookRetryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
} = {}) {
  const keys = new Set(apiKeys);
  const webhooks = new Webhooks({ retryDelaysMs: webhookRetryDelaysMs });
  store.on('change', (/** @type {import('./store.js').TaskChange} */ { type, task, previous }) => {
    if (type === 'task.updated' && previous?.status !== 'done' && task.status === 'done') webhooks.publish('task.completed', task);
  });
  const app = express();
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', projectsRouter(store));
  app.use(problemHandler);
`,
    with: `  app.use('/v1', projectsRouter(store));
  app.use('/v1', webhooksRouter(webhooks));
  app.use(problemHandler);
`,
  },
  {
    file: 'src/store.js',
    replace: `// In-memory storage of projects and tasks. Swapping it for a database changes nothing above this module.
import { randomBytes } from 'node:crypto';

`,
    with: `// In-memory storage of projects and tasks. Swapping it for a database changes nothing above this module.
// Every change to a task is also emitted as a 'change' event ({ type, task, previous }), for whatever publishes
// events to clients (webhooks, streams).
import { randomBytes } from 'node:crypto';
import { EventEmitter } from 'node:events';

`,
  },
  {
    file: 'src/store.js',
    replace: `export class TaskStore {
`,
    with: `/**
 * @typedef {{ type: 'task.created' | 'task.updated' | 'task.deleted', task: Task, previous?: Task }} TaskChange
 */

export class TaskStore extends EventEmitter {
`,
  },
  {
    file: 'src/store.js',
    replace: `    this.#rows.set(task.id, { seq: ++this.#seq, task });
    return task;
`,
    with: `    this.#rows.set(task.id, { seq: ++this.#seq, task });
    this.emit('change', { type: 'task.created', task });
    return task;
`,
  },
  {
    file: 'src/store.js',
    replace: `    row.task = { ...row.task, ...changes, updatedAt: new Date().toISOString() };
`,
    with: `    const previous = row.task;
    row.task = { ...previous, ...changes, updatedAt: new Date().toISOString() };
    this.emit('change', { type: 'task.updated', task: row.task, previous });
`,
  },
  {
    file: 'src/store.js',
    replace: `    return this.#rows.delete(id);
`,
    with: `    const row = this.#rows.get(id);
    if (!row) return false;
    this.#rows.delete(id);
    this.emit('change', { type: 'task.deleted', task: row.task });
    return true;
`,
  },
  {
    file: 'src/webhooks.js',
    content: `// Webhooks as Standard Webhooks (https://www.standardwebhooks.com) describes them: each event is POSTed as JSON to
// every registered endpoint, with a webhook-id that stays the same across retries (receivers drop duplicates by
// it), the time of the attempt, and an HMAC-SHA256 signature over both and the body, made with the endpoint's own
// secret. A failed delivery is retried after each of the delays, then given up.
import { Router } from 'express';
import { createHmac, randomBytes } from 'node:crypto';
import { HttpProblem } from './problems.js';

/** Standard Webhooks' schedule: 5 seconds, 5 minutes, 30 minutes, 2 hours, 5 hours, 10 hours. */
export const DEFAULT_RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000];
const ATTEMPT_TIMEOUT_MS = 15_000;

/** @typedef {{ id: string, url: string, secret: string, createdAt: string }} WebhookEndpoint */

export class Webhooks {
  /** @type {Map<string, WebhookEndpoint>} */
  #endpoints = new Map();
  #retryDelaysMs;

  /** @param {{ retryDelaysMs?: number[] }} [options] */
  constructor({ retryDelaysMs = DEFAULT_RETRY_DELAYS_MS } = {}) {
    this.#retryDelaysMs = retryDelaysMs;
  }

  /** @param {string} url */
  register(url) {
    /** @type {WebhookEndpoint} */
    const endpoint = {
      id: \`whe_\${randomBytes(6).toString('hex')}\`,
      url,
      secret: \`whsec_\${randomBytes(32).toString('base64')}\`,
      createdAt: new Date().toISOString(),
    };
    this.#endpoints.set(endpoint.id, endpoint);
    return endpoint;
  }

  /** @param {string} id */
  remove(id) {
    return this.#endpoints.delete(id);
  }

  /**
   * Sends an event to every endpoint, in the background.
   * @param {string} type e.g. task.completed
   * @param {object} data
   */
  publish(type, data) {
    const message = { id: \`msg_\${randomBytes(12).toString('hex')}\`, body: JSON.stringify({ type, timestamp: new Date().toISOString(), data }) };
    for (const endpoint of this.#endpoints.values()) void this.#deliver(endpoint, message, 0);
  }

  /** @param {WebhookEndpoint} endpoint @param {{ id: string, body: string }} message @param {number} retries so far */
  async #deliver(endpoint, message, retries) {
    if (!this.#endpoints.has(endpoint.id)) return; // deleted in the meantime
    if (await this.#attempt(endpoint, message)) return;
    const delay = this.#retryDelaysMs[retries];
    if (delay === undefined) return; // given up: a real service would disable the endpoint and tell its owner
    setTimeout(() => void this.#deliver(endpoint, message, retries + 1), delay).unref();
  }

  /** @param {WebhookEndpoint} endpoint @param {{ id: string, body: string }} message @returns {Promise<boolean>} accepted */
  async #attempt(endpoint, { id, body }) {
    const timestamp = Math.floor(Date.now() / 1000);
    const key = Buffer.from(endpoint.secret.slice('whsec_'.length), 'base64');
    const signature = createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${body}\`).digest('base64');
    try {
      const response = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(timestamp),
          'webhook-signature': \`v1,\${signature}\`,
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(ATTEMPT_TIMEOUT_MS),
      });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false; // unreachable, connection dropped or timed out: retry
    }
  }
}

/** Handlers for /v1/webhook-endpoints. @param {Webhooks} webhooks */
export function webhooksRouter(webhooks) {
  const router = Router();

  router.post('/webhook-endpoints', (req, res) => {
    const endpoint = webhooks.register(req.body.url);
    res.status(201).location(\`\${req.baseUrl}/webhook-endpoints/\${endpoint.id}\`).json(endpoint);
  });

  router.delete('/webhook-endpoints/:endpointId', (req, res) => {
    if (!webhooks.remove(req.params.endpointId)) throw new HttpProblem(404, { detail: \`There is no webhook endpoint \${req.params.endpointId}.\` });
    res.status(204).end();
  });

  return router;
}
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `const MISSING_PROJECT = '/v1/projects/prj_000000000000';
const MERGE_PATCH = 'application/merge-patch+json';
`,
    with: `const MISSING_PROJECT = '/v1/projects/prj_000000000000';
const MISSING_ENDPOINT = '/v1/webhook-endpoints/whe_000000000000';
const MERGE_PATCH = 'application/merge-patch+json';
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `  // Resources the cases refer to as {task}, {project} (which has a task) and {emptyProject}.
  const fixtures = { task: '', project: '', emptyProject: '' };
`,
    with: `  // Resources the cases refer to as {task}, {project} (which has a task), {emptyProject} and {endpoint}.
  const fixtures = { task: '', project: '', emptyProject: '', endpoint: '' };
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    fixtures.emptyProject = (await api.request('POST', '/v1/projects', { body: { name: 'Empty' } })).body.id;
  });
`,
    with: `    fixtures.emptyProject = (await api.request('POST', '/v1/projects', { body: { name: 'Empty' } })).body.id;
    // No task of this app becomes done after the webhook cases, so nothing is ever sent to these URLs.
    fixtures.endpoint = (await api.request('POST', '/v1/webhook-endpoints', { body: { url: 'https://example.com/hooks' } })).body.id;
  });
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    ['DELETE', '/v1/projects/{emptyProject}', {}, 204],
  ];
`,
    with: `    ['DELETE', '/v1/projects/{emptyProject}', {}, 204],
    ['POST', '/v1/webhook-endpoints', { body: { url: 'https://example.com/other-hooks' } }, 201],
    ['POST', '/v1/webhook-endpoints', { body: { url: 'not a url' } }, 400],
    ['POST', '/v1/webhook-endpoints', { body: { url: 'https://example.com/hooks' }, apiKey: null }, 401],
    ['POST', '/v1/webhook-endpoints', { body: 'url=x', contentType: 'text/plain' }, 415],
    ['DELETE', '/v1/webhook-endpoints/not-an-id', {}, 400],
    ['DELETE', '/v1/webhook-endpoints/{endpoint}', { apiKey: null }, 401],
    ['DELETE', MISSING_ENDPOINT, {}, 404],
    ['DELETE', '/v1/webhook-endpoints/{endpoint}', {}, 204],
  ];
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `      ['POST', \`\${MISSING_PROJECT}/tasks\`],
    ];
`,
    with: `      ['POST', \`\${MISSING_PROJECT}/tasks\`],
      ['POST', '/v1/webhook-endpoints'],
      ['DELETE', MISSING_ENDPOINT],
    ];
`,
  },
];
