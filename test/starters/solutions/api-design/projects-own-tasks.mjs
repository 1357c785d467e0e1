// Reference solution of api-design/projects-own-tasks: projects in the store, a projects router with the nested
// collection of a project's tasks (409 while a project has tasks), keyset pages shared by both collections
// (src/pages.js), the description of it all, and contract cases for every new response.
export default () => [
  {
    file: 'openapi.yaml',
    replace: `    description: Units of work with a status and an optional assignee.
paths:
`,
    with: `    description: Units of work with a status and an optional assignee.
  - name: Projects
    description: Groups of tasks. A task belongs to at most one project, for its whole life.
paths:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `        - name: status
          in: query
          description: Only tasks with this status.
          schema:
            $ref: '#/components/schemas/TaskStatus'
        - name: assignee
          in: query
          description: Only tasks assigned to this person.
          schema:
            type: string
            minLength: 1
            maxLength: 100
`,
    with: `        - $ref: '#/components/parameters/StatusFilter'
        - $ref: '#/components/parameters/AssigneeFilter'
`,
  },
  {
    file: 'openapi.yaml',
    replace: `              description: RFC 8288 link to the next page (\`rel="next"\`), when there is one.
              schema:
                type: string
`,
    with: `              $ref: '#/components/headers/Link'
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          $ref: '#/components/responses/TooManyRequests'
components:
`,
    with: `          $ref: '#/components/responses/TooManyRequests'
  /projects:
    get:
      operationId: listProjects
      tags: [Projects]
      summary: List projects
      description: Returns projects oldest first, one page at a time, like \`GET /tasks\`.
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
      responses:
        '200':
          description: One page of projects.
          headers:
            Link:
              $ref: '#/components/headers/Link'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ProjectPage'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    post:
      operationId: createProject
      tags: [Projects]
      summary: Create a project
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewProject'
      responses:
        '201':
          description: The project was created.
          headers:
            Location:
              description: URL of the new project.
              schema:
                type: string
                format: uri-reference
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Project'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /projects/{projectId}:
    parameters:
      - $ref: '#/components/parameters/ProjectId'
    get:
      operationId: getProject
      tags: [Projects]
      summary: Get a project
      responses:
        '200':
          description: The project.
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
                $ref: '#/components/schemas/Project'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    delete:
      operationId: deleteProject
      tags: [Projects]
      summary: Delete a project
      description: Only an empty project can be deleted; delete its tasks first.
      responses:
        '204':
          description: The project was deleted.
          headers:
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
        '409':
          description: The project still has tasks (\`type\` is \`/problems/project-not-empty\`); nothing was deleted.
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
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /projects/{projectId}/tasks:
    parameters:
      - $ref: '#/components/parameters/ProjectId'
    get:
      operationId: listProjectTasks
      tags: [Projects, Tasks]
      summary: List a project's tasks
      description: Like \`GET /tasks\`, limited to the tasks of one project.
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
        - $ref: '#/components/parameters/StatusFilter'
        - $ref: '#/components/parameters/AssigneeFilter'
      responses:
        '200':
          description: One page of the project's tasks.
          headers:
            Link:
              $ref: '#/components/headers/Link'
            RateLimit-Limit:
              $ref: '#/components/headers/RateLimit-Limit'
            RateLimit-Remaining:
              $ref: '#/components/headers/RateLimit-Remaining'
            RateLimit-Reset:
              $ref: '#/components/headers/RateLimit-Reset'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/TaskPage'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '404':
          $ref: '#/components/responses/NotFound'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    post:
      operationId: createProjectTask
      tags: [Projects, Tasks]
      summary: Create a task in a project
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewTask'
      responses:
        '201':
          description: The task was created in the project.
          headers:
            Location:
              description: URL of the new task, under \`/tasks\`.
              schema:
                type: string
                format: uri-reference
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
components:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `        maxLength: 200
    IfMatch:
`,
    with: `        maxLength: 200
    StatusFilter:
      name: status
      in: query
      description: Only tasks with this status.
      schema:
        $ref: '#/components/schemas/TaskStatus'
    AssigneeFilter:
      name: assignee
      in: query
      description: Only tasks assigned to this person.
      schema:
        type: string
        minLength: 1
        maxLength: 100
    ProjectId:
      name: projectId
      in: path
      required: true
      description: The project's id.
      schema:
        $ref: '#/components/schemas/ProjectId'
    IfMatch:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `  headers:
    ETag:
`,
    with: `  headers:
    Link:
      description: RFC 8288 links; \`rel="next"\` points to the next page, when there is one.
      schema:
        type: string
    ETag:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `      description: There is no task with this id.
`,
    with: `      description: There is no task (or project) with this id.
`,
  },
  {
    file: 'openapi.yaml',
    replace: `      required: [id, title, status, assignee, dueDate, createdAt, updatedAt]
`,
    with: `      required: [id, title, status, assignee, dueDate, projectId, createdAt, updatedAt]
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          format: date
        createdAt:
`,
    with: `          format: date
        projectId:
          description: The project the task belongs to, or \`null\`.
          oneOf:
            - $ref: '#/components/schemas/ProjectId'
            - type: 'null'
        createdAt:
`,
  },
  {
    file: 'openapi.yaml',
    replace: `          type: [string, 'null']
    Problem:
`,
    with: `          type: [string, 'null']
    ProjectId:
      type: string
      pattern: '^prj_[0-9a-f]{12}$'
      examples: [prj_91c3e0aa4b27]
    Project:
      type: object
      additionalProperties: false
      required: [id, name, createdAt]
      properties:
        id:
          $ref: '#/components/schemas/ProjectId'
        name:
          type: string
          minLength: 1
          maxLength: 100
        createdAt:
          type: string
          format: date-time
    NewProject:
      type: object
      additionalProperties: false
      required: [name]
      properties:
        name:
          type: string
          minLength: 1
          maxLength: 100
      examples:
        - name: Launch
    ProjectPage:
      type: object
      additionalProperties: false
      required: [data, nextCursor]
      properties:
        data:
          type: array
          items:
            $ref: '#/components/schemas/Project'
        nextCursor:
          description: Pass as \`cursor\` to get the next page; \`null\` on the last page.
          type: [string, 'null']
    Problem:
`,
  },
  {
    file: 'src/app.js',
    replace: `import { HttpProblem, problemHandler, sendProblem } from './problems.js';
import { TaskStore } from './store.js';
`,
    with: `import { HttpProblem, problemHandler, sendProblem } from './problems.js';
import { projectsRouter } from './projects.js';
import { TaskStore } from './store.js';
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', tasksRouter(store));
  app.use(problemHandler);
`,
    with: `  app.use('/v1', tasksRouter(store));
  app.use('/v1', projectsRouter(store));
  app.use(problemHandler);
`,
  },
  {
    file: 'src/pages.js',
    content: `// Keyset pagination shared by every collection: opaque cursors and the Link to the next page.
import { HttpProblem } from './problems.js';

/**
 * The position after which the requested page starts: 0 without a \`cursor\` query parameter.
 * @param {import('express').Request} req
 */
export function pagePosition(req) {
  const { cursor } = req.query;
  return cursor === undefined ? 0 : decodeCursor(String(cursor));
}

/**
 * Sends one page, \`{ data, nextCursor }\`, with a Link to the next page when there is one.
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {string} path the collection's URL path, e.g. /v1/tasks
 * @param {{ items: object[], lastSeq: number | null }} page
 */
export function sendPage(req, res, path, { items, lastSeq }) {
  const nextCursor = lastSeq === null ? null : encodeCursor(lastSeq);
  if (nextCursor) {
    const next = new URLSearchParams({ ...req.query, cursor: nextCursor });
    res.append('Link', \`<\${path}?\${next}>; rel="next"\`);
  }
  res.json({ data: items, nextCursor });
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
    file: 'src/projects.js',
    content: `// Handlers for /v1/projects and the nested collection of a project's tasks. A project cannot be deleted while it
// still has tasks (409): deleting a project should never delete work by surprise.
import { Router } from 'express';
import { pagePosition, sendPage } from './pages.js';
import { HttpProblem } from './problems.js';
import { etagOf, sendTaskPage } from './tasks.js';

/** @param {import('./store.js').TaskStore} store */
export function projectsRouter(store) {
  const router = Router();

  router.get('/projects', (req, res) => {
    sendPage(req, res, \`\${req.baseUrl}/projects\`, store.listProjects({ limit: Number(req.query.limit), afterSeq: pagePosition(req) }));
  });

  router.post('/projects', (req, res) => {
    const project = store.createProject(req.body);
    res.status(201).location(\`\${req.baseUrl}/projects/\${project.id}\`).json(project);
  });

  router.get('/projects/:projectId', (req, res) => {
    res.json(findProject(store, req.params.projectId));
  });

  router.delete('/projects/:projectId', (req, res) => {
    const project = findProject(store, req.params.projectId);
    if (store.hasTasks(project.id)) {
      throw new HttpProblem(409, {
        type: '/problems/project-not-empty',
        title: 'The project still has tasks.',
        detail: \`Delete or move the tasks of \${project.id} first.\`,
      });
    }
    store.deleteProject(project.id);
    res.status(204).end();
  });

  router.get('/projects/:projectId/tasks', (req, res) => {
    const project = findProject(store, req.params.projectId);
    sendTaskPage(req, res, store, \`\${req.baseUrl}/projects/\${project.id}/tasks\`, project.id);
  });

  router.post('/projects/:projectId/tasks', (req, res) => {
    const project = findProject(store, req.params.projectId);
    const task = store.create({ ...req.body, projectId: project.id });
    res.status(201).location(\`\${req.baseUrl}/tasks/\${task.id}\`).set('ETag', etagOf(task)).json(task);
  });

  return router;
}

/** @param {import('./store.js').TaskStore} store @param {string} id */
function findProject(store, id) {
  const project = store.getProject(id);
  if (!project) throw new HttpProblem(404, { detail: \`There is no project \${id}.\` });
  return project;
}
`,
  },
  {
    file: 'src/store.js',
    content: `// In-memory storage of projects and tasks. Swapping it for a database changes nothing above this module.
import { randomBytes } from 'node:crypto';

/**
 * @typedef {'todo' | 'in_progress' | 'done'} TaskStatus
 * @typedef {{ id: string, title: string, status: TaskStatus, assignee: string | null, dueDate: string | null,
 *             projectId: string | null, createdAt: string, updatedAt: string }} Task
 * @typedef {{ id: string, name: string, createdAt: string }} Project
 */

export class TaskStore {
  /** @type {Map<string, { seq: number, task: Task }>} insertion order = creation order */
  #rows = new Map();
  /** @type {Map<string, { seq: number, project: Project }>} */
  #projects = new Map();
  #seq = 0;

  /**
   * Keyset pagination: \`afterSeq\` is the position of the last task the client has seen, so pages stay
   * stable while tasks are created or deleted between requests (offsets would skip or repeat rows).
   * @param {{ limit: number, afterSeq?: number, status?: TaskStatus, assignee?: string, projectId?: string }} query
   * @returns {{ items: Task[], lastSeq: number | null }} lastSeq is null when there is no further page
   */
  list({ limit, afterSeq = 0, status, assignee, projectId }) {
    const matches = [...this.#rows.values()].filter(
      ({ seq, task }) =>
        seq > afterSeq &&
        (status === undefined || task.status === status) &&
        (assignee === undefined || task.assignee === assignee) &&
        (projectId === undefined || task.projectId === projectId),
    );
    return page(matches.map(({ seq, task }) => ({ seq, item: task })), limit);
  }

  /** @param {string} id */
  get(id) {
    return this.#rows.get(id)?.task;
  }

  /** @param {{ title: string, status?: TaskStatus, assignee?: string | null, dueDate?: string | null, projectId?: string | null }} fields */
  create({ title, status = 'todo', assignee = null, dueDate = null, projectId = null }) {
    const now = new Date().toISOString();
    /** @type {Task} */
    const task = { id: \`tsk_\${randomBytes(6).toString('hex')}\`, title, status, assignee, dueDate, projectId, createdAt: now, updatedAt: now };
    this.#rows.set(task.id, { seq: ++this.#seq, task });
    return task;
  }

  /** @param {string} id @param {Partial<Pick<Task, 'title' | 'status' | 'assignee' | 'dueDate'>>} changes */
  update(id, changes) {
    const row = this.#rows.get(id);
    if (!row) return undefined;
    row.task = { ...row.task, ...changes, updatedAt: new Date().toISOString() };
    return row.task;
  }

  /** @param {string} id */
  delete(id) {
    return this.#rows.delete(id);
  }

  /** @param {{ limit: number, afterSeq?: number }} query @returns {{ items: Project[], lastSeq: number | null }} */
  listProjects({ limit, afterSeq = 0 }) {
    const rows = [...this.#projects.values()].filter(({ seq }) => seq > afterSeq);
    return page(rows.map(({ seq, project }) => ({ seq, item: project })), limit);
  }

  /** @param {string} id */
  getProject(id) {
    return this.#projects.get(id)?.project;
  }

  /** @param {{ name: string }} fields */
  createProject({ name }) {
    /** @type {Project} */
    const project = { id: \`prj_\${randomBytes(6).toString('hex')}\`, name, createdAt: new Date().toISOString() };
    this.#projects.set(project.id, { seq: ++this.#seq, project });
    return project;
  }

  /** @param {string} id */
  hasTasks(id) {
    return [...this.#rows.values()].some(({ task }) => task.projectId === id);
  }

  /** @param {string} id */
  deleteProject(id) {
    return this.#projects.delete(id);
  }
}

/**
 * The first \`limit\` rows, and the position of the last one when more follow.
 * @template T @param {{ seq: number, item: T }[]} rows @param {number} limit
 */
function page(rows, limit) {
  const items = rows.slice(0, limit);
  return { items: items.map(({ item }) => item), lastSeq: rows.length > limit ? items[items.length - 1].seq : null };
}
`,
  },
  {
    file: 'src/tasks.js',
    replace: `import { createHash } from 'node:crypto';
import { HttpProblem } from './problems.js';
`,
    with: `import { createHash } from 'node:crypto';
import { pagePosition, sendPage } from './pages.js';
import { HttpProblem } from './problems.js';
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    const { limit, cursor, status, assignee } = req.query;
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
`,
    with: `    sendTaskPage(req, res, store, \`\${req.baseUrl}/tasks\`);
`,
  },
  {
    file: 'src/tasks.js',
    replace: `
/** @param {import('./store.js').TaskStore} store @param {string} id */
`,
    with: `
/**
 * One page of tasks, filtered by the query's status and assignee (and by project when projectId is given).
 * @param {import('express').Request} req
 * @param {import('express').Response} res
 * @param {import('./store.js').TaskStore} store
 * @param {string} path
 * @param {string} [projectId]
 */
export function sendTaskPage(req, res, store, path, projectId) {
  const { limit, status, assignee } = req.query;
  const page = store.list({ limit: Number(limit), afterSeq: pagePosition(req), status, assignee, projectId });
  sendPage(req, res, path, page);
}

/** @param {import('./store.js').TaskStore} store @param {string} id */
`,
  },
  {
    file: 'src/tasks.js',
    replace: `function etagOf(task) {
`,
    with: `export function etagOf(task) {
`,
  },
  {
    file: 'src/tasks.js',
    replace: `
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
    with: ``,
  },
  {
    file: 'tests/contract.test.js',
    content: `// Produces every response that openapi.yaml documents and checks each one against it
// (the client in support/api.js does the checking). The last test fails if the description
// promises a response that no request here produced: add a case when you document one.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { contract, startApi } from './support/api.js';

const MISSING = '/v1/tasks/tsk_000000000000';
const MISSING_PROJECT = '/v1/projects/prj_000000000000';
const MERGE_PATCH = 'application/merge-patch+json';

describe('the server honours openapi.yaml', () => {
  /** @type {Awaited<ReturnType<typeof startApi>>} */
  let api;
  // Resources the cases refer to as {task}, {project} (which has a task) and {emptyProject}.
  const fixtures = { task: '', project: '', emptyProject: '' };
  const resolve = (path) => path.replace(/\\{(\\w+)\\}/g, (_, name) => fixtures[name]);
  before(async () => {
    api = await startApi();
    fixtures.task = (await api.request('POST', '/v1/tasks', { body: { title: 'Contract fixture' } })).body.id;
    fixtures.project = (await api.request('POST', '/v1/projects', { body: { name: 'Contract project' } })).body.id;
    await api.request('POST', \`/v1/projects/\${fixtures.project}/tasks\`, { body: { title: 'Keeps the project busy' } });
    fixtures.emptyProject = (await api.request('POST', '/v1/projects', { body: { name: 'Empty' } })).body.id;
  });
  // The fixture task's current ETag, for the cases that need If-Match or If-None-Match.
  const etag = async () => (await api.request('GET', \`/v1/tasks/\${fixtures.task}\`)).headers.get('etag') ?? '';
  const current = async () => ({ 'if-match': await etag() });
  const stale = { 'if-match': '"stale"' };

  const cases = [
    ['GET', '/v1/tasks', {}, 200],
    ['GET', '/v1/tasks?limit=500', {}, 400],
    ['GET', '/v1/tasks', { apiKey: null }, 401],
    ['POST', '/v1/tasks', { body: { title: 'Write tests', assignee: 'ada', dueDate: '2030-01-31' } }, 201],
    ['POST', '/v1/tasks', { body: { title: 'Bad status', status: 'someday' } }, 400],
    ['POST', '/v1/tasks', { body: { title: 'x' }, apiKey: 'unknown-key' }, 401],
    ['POST', '/v1/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['GET', '/v1/tasks/{task}', {}, 200],
    ['GET', '/v1/tasks/{task}', { headers: async () => ({ 'if-none-match': await etag() }) }, 304],
    ['GET', '/v1/tasks/not-an-id', {}, 400],
    ['GET', '/v1/tasks/{task}', { apiKey: null }, 401],
    ['GET', MISSING, {}, 404],
    ['PATCH', '/v1/tasks/{task}', { body: { status: 'done' }, contentType: MERGE_PATCH, headers: current }, 200],
    ['PATCH', '/v1/tasks/{task}', { body: { status: 'done' }, contentType: MERGE_PATCH, headers: stale }, 412],
    ['PATCH', '/v1/tasks/{task}', { body: { status: 'done' }, contentType: MERGE_PATCH }, 428],
    ['PATCH', '/v1/tasks/{task}', { body: {}, contentType: MERGE_PATCH }, 400],
    ['PATCH', '/v1/tasks/{task}', { body: { status: 'done' }, apiKey: null }, 401],
    ['PATCH', MISSING, { body: { status: 'done' }, contentType: MERGE_PATCH }, 404],
    ['PATCH', '/v1/tasks/{task}', { body: { status: 'done' } }, 415],
    ['DELETE', '/v1/tasks/not-an-id', {}, 400],
    ['DELETE', '/v1/tasks/{task}', { apiKey: null }, 401],
    ['DELETE', '/v1/tasks/{task}', { headers: stale }, 412],
    ['DELETE', '/v1/tasks/{task}', {}, 428],
    ['DELETE', '/v1/tasks/{task}', { headers: current }, 204],
    ['DELETE', '/v1/tasks/{task}', { headers: current }, 404],
    ['GET', '/v1/projects', {}, 200],
    ['GET', '/v1/projects?limit=0', {}, 400],
    ['GET', '/v1/projects', { apiKey: null }, 401],
    ['POST', '/v1/projects', { body: { name: 'Another project' } }, 201],
    ['POST', '/v1/projects', { body: {} }, 400],
    ['POST', '/v1/projects', { body: { name: 'x' }, apiKey: null }, 401],
    ['POST', '/v1/projects', { body: 'name=x', contentType: 'text/plain' }, 415],
    ['GET', '/v1/projects/{project}', {}, 200],
    ['GET', '/v1/projects/not-an-id', {}, 400],
    ['GET', '/v1/projects/{project}', { apiKey: null }, 401],
    ['GET', MISSING_PROJECT, {}, 404],
    ['GET', '/v1/projects/{project}/tasks', {}, 200],
    ['GET', '/v1/projects/{project}/tasks?status=someday', {}, 400],
    ['GET', '/v1/projects/{project}/tasks', { apiKey: null }, 401],
    ['GET', \`\${MISSING_PROJECT}/tasks\`, {}, 404],
    ['POST', '/v1/projects/{project}/tasks', { body: { title: 'In a project' } }, 201],
    ['POST', '/v1/projects/{project}/tasks', { body: {} }, 400],
    ['POST', '/v1/projects/{project}/tasks', { body: { title: 'x' }, apiKey: null }, 401],
    ['POST', \`\${MISSING_PROJECT}/tasks\`, { body: { title: 'x' } }, 404],
    ['POST', '/v1/projects/{project}/tasks', { body: 'title=x', contentType: 'text/plain' }, 415],
    ['DELETE', '/v1/projects/not-an-id', {}, 400],
    ['DELETE', '/v1/projects/{project}', { apiKey: null }, 401],
    ['DELETE', MISSING_PROJECT, {}, 404],
    ['DELETE', '/v1/projects/{project}', {}, 409],
    ['DELETE', '/v1/projects/{emptyProject}', {}, 204],
  ];
  for (const [method, path, options, status] of cases) {
    it(\`\${method} \${path} \${JSON.stringify(options)} -> \${status}\`, async () => {
      const headers = typeof options.headers === 'function' ? await options.headers() : options.headers;
      const response = await api.request(method, resolve(path), { ...options, headers });
      assert.equal(response.status, status);
    });
  }

  describe('429 for every operation', () => {
    /** @type {Awaited<ReturnType<typeof startApi>>} */
    let limited;
    before(async () => {
      limited = await startApi({ rateLimit: { limit: 0, windowMs: 60_000 } });
    });
    const operations = [
      ['GET', '/v1/tasks'],
      ['POST', '/v1/tasks'],
      ['GET', MISSING],
      ['PATCH', MISSING],
      ['DELETE', MISSING],
      ['GET', '/v1/projects'],
      ['POST', '/v1/projects'],
      ['GET', MISSING_PROJECT],
      ['DELETE', MISSING_PROJECT],
      ['GET', \`\${MISSING_PROJECT}/tasks\`],
      ['POST', \`\${MISSING_PROJECT}/tasks\`],
    ];
    for (const [method, path] of operations) {
      it(\`\${method} \${path}\`, async () => {
        const response = await limited.request(method, path, method === 'POST' || method === 'PATCH' ? { body: { title: 'x' } } : {});
        assert.equal(response.status, 429);
      });
    }
  });

  it('every documented response was produced', () => {
    assert.deepEqual(contract.unexercised(), []);
  });
});
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `      { id: undefined, title: 'Design the API', status: 'todo', assignee: 'ada', dueDate: null, createdAt: undefined, updatedAt: undefined },
`,
    with: `      {
        id: undefined,
        title: 'Design the API',
        status: 'todo',
        assignee: 'ada',
        dueDate: null,
        projectId: null,
        createdAt: undefined,
        updatedAt: undefined,
      },
`,
  },
];
