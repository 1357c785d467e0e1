// Reference solution of api-design/conditional-requests: a strong ETag computed from the task's representation,
// 304 for a matching If-None-Match, If-Match required on PATCH and DELETE (428 without it, 412 when stale), the
// description of all of it, and the starter's tests sending If-Match.
export default () => [
  {
    file: 'openapi.yaml',
    replace: `    window resets). Over the limit the API answers \`429\` with \`Retry-After\`.

    **Errors.** Every error is an RFC 9457 problem details object (\`application/problem+json\`).
  license:
    name: MIT
    identifier: MIT
`,
    with: `    window resets). Over the limit the API answers \`429\` with \`Retry-After\`.

    **Errors.** Every error is an RFC 9457 problem details object (\`application/problem+json\`).

    **Concurrency.** Every task comes with a strong \`ETag\`. \`PATCH\` and \`DELETE\` require \`If-Match\` with the
    ETag you last read (\`428\` without it, \`412\` when the task has changed since), so that no update is lost.
    \`GET\` with \`If-None-Match\` answers \`304\` while the task is unchanged.
  license:
    name: MIT
    identifier: MIT
`,
  },
  {
    file: 'openapi.yaml',
    replace: `              schema:
                type: string
                format: uri-reference
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
`,
    with: `              schema:
                type: string
                format: uri-reference
            ETag:
              $ref: '#/components/headers/ETag'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `      operationId: getTask
      tags: [Tasks]
      summary: Get a task
      responses:
        '200':
          description: The task.
          headers:
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
`,
    with: `      operationId: getTask
      tags: [Tasks]
      summary: Get a task
      parameters:
        - $ref: '#/components/parameters/IfNoneMatch'
      responses:
        '200':
          description: The task.
          headers:
            ETag:
              $ref: '#/components/headers/ETag'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Task'
        '304':
          description: The task has not changed since the version in \`If-None-Match\`.
          headers:
            ETag:
              $ref: '#/components/headers/ETag'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    patch:
      operationId: updateTask
      tags: [Tasks]
      summary: Update a task
      description: |
        Changes only the fields present in the body (RFC 7396 JSON Merge Patch). Send \`"assignee": null\`
        to unassign a task. Requires \`If-Match\` with the task's current ETag.
      parameters:
        - $ref: '#/components/parameters/IfMatch'
      requestBody:
        required: true
        content:
          application/merge-patch+json:
            schema:
              $ref: '#/components/schemas/TaskPatch'
      responses:
        '200':
          description: The updated task.
          headers:
            ETag:
              $ref: '#/components/headers/ETag'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    patch:
      operationId: updateTask
      tags: [Tasks]
      summary: Update a task
      description: |
        Changes only the fields present in the body (RFC 7396 JSON Merge Patch). Send \`"assignee": null\`
        to unassign a task.
      requestBody:
        required: true
        content:
          application/merge-patch+json:
            schema:
              $ref: '#/components/schemas/TaskPatch'
      responses:
        '200':
          description: The updated task.
          headers:
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Task'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    delete:
      operationId: deleteTask
      tags: [Tasks]
      summary: Delete a task
      responses:
        '204':
          description: The task was deleted.
`,
    with: `          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '412':
          $ref: '#/components/responses/PreconditionFailed'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '428':
          $ref: '#/components/responses/PreconditionRequired'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    delete:
      operationId: deleteTask
      tags: [Tasks]
      summary: Delete a task
      description: Requires \`If-Match\` with the task's current ETag.
      parameters:
        - $ref: '#/components/parameters/IfMatch'
      responses:
        '204':
          description: The task was deleted.
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
components:
`,
    with: `          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '412':
          $ref: '#/components/responses/PreconditionFailed'
        '428':
          $ref: '#/components/responses/PreconditionRequired'
        '429':
          $ref: '#/components/responses/TooManyRequests'
components:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `        type: string
        minLength: 1
        maxLength: 200
  headers:
    RateLimit-Limit:
      description: Requests allowed per window.
      required: true
`,
    with: `        type: string
        minLength: 1
        maxLength: 200
    IfMatch:
      name: If-Match
      in: header
      description: |
        The ETag of the task as you last read it (or \`*\`). Required in practice: without it the API answers
        \`428\`; it is optional here only so that the answer is that \`428\` rather than a \`400\`.
      schema:
        type: string
    IfNoneMatch:
      name: If-None-Match
      in: header
      description: The ETag of the version you have; the API answers \`304\` while it is still current.
      schema:
        type: string
  headers:
    ETag:
      description: Strong validator of this version of the task, for \`If-Match\` and \`If-None-Match\`.
      required: true
      schema:
        type: string
        pattern: '^"[^"]*"$'
    RateLimit-Limit:
      description: Requests allowed per window.
      required: true
`,
  },
  {
    file: 'openapi.yaml',
    replace: `            $ref: '#/components/schemas/Problem'
    NotFound:
      description: There is no task with this id.
      headers:
        RateLimit-Limit:
          $ref: '#/components/headers/RateLimit-Limit'
`,
    with: `            $ref: '#/components/schemas/Problem'
    NotFound:
      description: There is no task with this id.
      headers:
        RateLimit-Limit:
          $ref: '#/components/headers/RateLimit-Limit'
        RateLimit-Remaining:
          $ref: '#/components/headers/RateLimit-Remaining'
        RateLimit-Reset:
          $ref: '#/components/headers/RateLimit-Reset'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    PreconditionFailed:
      description: The task has changed since the version in \`If-Match\`; nothing was changed.
      headers:
        RateLimit-Limit:
          $ref: '#/components/headers/RateLimit-Limit'
        RateLimit-Remaining:
          $ref: '#/components/headers/RateLimit-Remaining'
        RateLimit-Reset:
          $ref: '#/components/headers/RateLimit-Reset'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    PreconditionRequired:
      description: The request has no \`If-Match\`; nothing was changed.
      headers:
        RateLimit-Limit:
          $ref: '#/components/headers/RateLimit-Limit'
`,
  },
  {
    file: 'src/tasks.js',
    content: `// Handlers for /v1/tasks. By the time they run, express-openapi-validator has checked the request against
// openapi.yaml (types, enums, required fields, unknown fields) and applied parameter defaults.
import { Router } from 'express';
import { createHash } from 'node:crypto';
import { HttpProblem } from './problems.js';

/** @param {import('./store.js').TaskStore} store */
export function tasksRouter(store) {
  const router = Router();

  router.get('/tasks', (req, res) => {
    const { limit, cursor, status, assignee } = req.query;
    const { tasks, lastSeq } = store.list({
      limit: Number(limit),
      afterSeq: cursor === undefined ? 0 : decodeCursor(String(cursor)),
      status,
      assignee,
    });

    const nextCursor = lastSeq === null ? null : encodeCursor(lastSeq);
    if (nextCursor) {
      const next = new URLSearchParams({ ...req.query, cursor: nextCursor });
      res.set('Link', \`<\${req.baseUrl}/tasks?\${next}>; rel="next"\`);
    }
    res.json({ data: tasks, nextCursor });
  });

  router.post('/tasks', (req, res) => {
    const task = store.create(req.body);
    res.status(201).location(\`\${req.baseUrl}/tasks/\${task.id}\`).set('ETag', etagOf(task)).json(task);
  });

  router.get('/tasks/:taskId', (req, res) => {
    const task = findTask(store, req.params.taskId);
    const etag = etagOf(task);
    res.set('ETag', etag);
    // Not req.fresh: Express ignores If-None-Match when the request also says Cache-Control: no-cache, which
    // fetch() adds to every conditional request. That header is meant for caches, not for the origin server.
    if (matches(req.get('if-none-match'), etag)) {
      res.status(304).end();
      return;
    }
    res.json(task);
  });

  router.patch('/tasks/:taskId', (req, res) => {
    requireCurrent(req, findTask(store, req.params.taskId));
    const task = store.update(req.params.taskId, req.body);
    res.set('ETag', etagOf(task)).json(task);
  });

  router.delete('/tasks/:taskId', (req, res) => {
    requireCurrent(req, findTask(store, req.params.taskId));
    store.delete(req.params.taskId);
    res.status(204).end();
  });

  return router;
}

/** @param {import('./store.js').TaskStore} store @param {string} id */
function findTask(store, id) {
  const task = store.get(id);
  if (!task) throw new HttpProblem(404, { detail: \`There is no task \${id}.\` });
  return task;
}

/** A strong validator of the task's representation: it changes whenever any field does. */
function etagOf(task) {
  return \`"\${createHash('sha256').update(JSON.stringify(task)).digest('base64url').slice(0, 22)}"\`;
}

/**
 * Optimistic concurrency: a change must name the version it was based on (If-Match), so two clients that read
 * the same version cannot overwrite each other's changes.
 * @param {import('express').Request} req
 */
function requireCurrent(req, task) {
  const ifMatch = req.get('if-match');
  if (ifMatch === undefined) {
    throw new HttpProblem(428, {
      type: '/problems/precondition-required',
      detail: 'Send If-Match with the ETag of the task as you last read it.',
    });
  }
  if (!matches(ifMatch, etagOf(task))) {
    throw new HttpProblem(412, {
      type: '/problems/precondition-failed',
      detail: 'The task has changed since you read it: read it again and reapply your change.',
    });
  }
}

/** Whether an If-Match or If-None-Match header names this ETag (or is \`*\`). */
function matches(header, etag) {
  if (header === undefined) return false;
  const tags = header.split(',').map((tag) => tag.trim());
  return tags.includes('*') || tags.includes(etag);
}

// Cursors are opaque to clients, so the encoding can change without a new API version.
/** @param {number} seq */
function encodeCursor(seq) {
  return Buffer.from(JSON.stringify({ after: seq })).toString('base64url');
}

/** @param {string} cursor */
function decodeCursor(cursor) {
  try {
    const { after } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(after) && after >= 0) return after;
  } catch {
    // fall through
  }
  throw new HttpProblem(400, {
    type: '/problems/invalid-request',
    title: 'Your request does not match the API description.',
    errors: [{ detail: 'is not a cursor returned by this API', parameter: 'cursor' }],
  });
}
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `  let api;
  let taskPath = '';
  before(async () => {
    api = await startApi();
`,
    with: `  let api;
  let taskPath = '';
  let etag = '';
  before(async () => {
    api = await startApi();
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    taskPath = \`/v1/tasks/\${created.body.id}\`;
  });

  const cases = [
`,
    with: `    taskPath = \`/v1/tasks/\${created.body.id}\`;
  });
  // The ETag of the fixture task as it is now, for the cases that need If-Match or If-None-Match.
  const current = async () => {
    etag = (await api.request('GET', taskPath)).headers.get('etag') ?? '';
    return { 'if-match': etag };
  };
  const stale = { 'if-match': '"stale"' };

  const cases = [
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', () => taskPath, {}, 200],
    ['GET', '/v1/tasks/not-an-id', {}, 400],
    ['GET', () => taskPath, { apiKey: null }, 401],
    ['GET', MISSING, {}, 404],
    ['PATCH', () => taskPath, { body: { status: 'done' }, contentType: 'application/merge-patch+json' }, 200],
    ['PATCH', () => taskPath, { body: {}, contentType: 'application/merge-patch+json' }, 400],
    ['PATCH', () => taskPath, { body: { status: 'done' }, apiKey: null }, 401],
`,
    with: `    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', () => taskPath, {}, 200],
    ['GET', () => taskPath, { headers: async () => ({ 'if-none-match': (await current())['if-match'] }) }, 304],
    ['GET', '/v1/tasks/not-an-id', {}, 400],
    ['GET', () => taskPath, { apiKey: null }, 401],
    ['GET', MISSING, {}, 404],
    ['PATCH', () => taskPath, { body: { status: 'done' }, contentType: 'application/merge-patch+json', headers: current }, 200],
    ['PATCH', () => taskPath, { body: { status: 'done' }, contentType: 'application/merge-patch+json', headers: stale }, 412],
    ['PATCH', () => taskPath, { body: { status: 'done' }, contentType: 'application/merge-patch+json' }, 428],
    ['PATCH', () => taskPath, { body: {}, contentType: 'application/merge-patch+json' }, 400],
    ['PATCH', () => taskPath, { body: { status: 'done' }, apiKey: null }, 401],
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `    ['DELETE', '/v1/tasks/not-an-id', {}, 400],
    ['DELETE', () => taskPath, { apiKey: null }, 401],
    ['DELETE', () => taskPath, {}, 204],
    ['DELETE', () => taskPath, {}, 404],
  ];
  for (const [method, path, options, status] of cases) {
    it(\`\${method} \${typeof path === 'string' ? path : '/v1/tasks/{taskId}'} \${JSON.stringify(options)} -> \${status}\`, async () => {
      const response = await api.request(method, typeof path === 'string' ? path : path(), options);
      assert.equal(response.status, status);
    });
`,
    with: `    ['DELETE', '/v1/tasks/not-an-id', {}, 400],
    ['DELETE', () => taskPath, { apiKey: null }, 401],
    ['DELETE', () => taskPath, { headers: stale }, 412],
    ['DELETE', () => taskPath, {}, 428],
    ['DELETE', () => taskPath, { headers: current }, 204],
    ['DELETE', () => taskPath, { headers: current }, 404],
  ];
  for (const [method, path, options, status] of cases) {
    it(\`\${method} \${typeof path === 'string' ? path : '/v1/tasks/{taskId}'} \${JSON.stringify(options)} -> \${status}\`, async () => {
      const headers = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const response = await api.request(method, typeof path === 'string' ? path : path(), { ...options, headers });
      assert.equal(response.status, status);
    });
`,
  },
  {
    file: 'tests/support/api.js',
    replace: `   * @param {{ body?: unknown, contentType?: string, apiKey?: string | null }} [options] apiKey null sends none
`,
    with: `   * @param {{ body?: unknown, contentType?: string, apiKey?: string | null, headers?: Record<string, string> }} [options]
   *   apiKey null sends none
`,
  },
  {
    file: 'tests/support/api.js',
    replace: `  async function request(method, path, { body, contentType = 'application/json', apiKey = API_KEY } = {}) {
    const headers = new Headers();
`,
    with: `  async function request(method, path, { body, contentType = 'application/json', apiKey = API_KEY, headers: extra = {} } = {}) {
    const headers = new Headers(extra);
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `      contentType: MERGE_PATCH,
    });
`,
    with: `      contentType: MERGE_PATCH,
      headers: { 'if-match': fetched.headers.get('etag') },
    });
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `    assert.equal((await api.request('DELETE', \`/v1/tasks/\${created.body.id}\`)).status, 204);
`,
    with: `    const deleted = await api.request('DELETE', \`/v1/tasks/\${created.body.id}\`, { headers: { 'if-match': patched.headers.get('etag') } });
    assert.equal(deleted.status, 204);
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `    await api.request('DELETE', \`/v1/tasks/\${first.body.data[0].id}\`);
`,
    with: `    await api.request('DELETE', \`/v1/tasks/\${first.body.data[0].id}\`, { headers: { 'if-match': '*' } });
`,
  },
];
