// Reference solution of api-design/plan-quotas: a plan per API key (free or pro), two express-rate-limit
// limiters with named draft-8 policies ("requests" for every request, "writes" for POST, PATCH and DELETE), the
// description's headers switched to RateLimit and RateLimit-Policy, and the starter's tests on the new quotas.
export default ({ projectName }) => [
  {
    file: 'openapi.yaml',
    content: `openapi: 3.1.0
info:
  title: '${projectName} Tasks API'
  version: 1.0.0
  summary: Create, list, update and delete tasks.
  description: |
    A small resource-oriented API, written before its implementation.

    **Versioning.** The major version is part of the path (\`/v1\`). Within a major version changes are
    additive only: new endpoints, new optional parameters, new response fields. Clients must ignore
    response fields they do not know.

    **Authentication.** Every request carries an API key: \`Authorization: Bearer <key>\`.

    **Rate limits.** Each API key has a plan, with a quota of requests per minute and a smaller one for
    writes (\`POST\`, \`PATCH\`, \`DELETE\`):

    | plan   | requests | writes |
    | ------ | -------- | ------ |
    | \`free\` | 60       | 10     |
    | \`pro\`  | 600      | 100    |

    Every response announces the quotas that apply in \`RateLimit-Policy\` and what is left of them in
    \`RateLimit\`, one named policy each (\`"requests"\`, \`"writes"\`), as in the IETF draft
    draft-ietf-httpapi-ratelimit-headers-08. Over a quota the API answers \`429\` with \`Retry-After\`.

    **Errors.** Every error is an RFC 9457 problem details object (\`application/problem+json\`).

    **Concurrency.** Every task comes with a strong \`ETag\`. \`PATCH\` and \`DELETE\` require \`If-Match\` with the
    ETag you last read (\`428\` without it, \`412\` when the task has changed since), so that no update is lost.
    \`GET\` with \`If-None-Match\` answers \`304\` while the task is unchanged.
  license:
    name: MIT
    identifier: MIT
servers:
  - url: /v1
    description: Version 1, on the host that serves this description
security:
  - apiKey: []
tags:
  - name: Tasks
    description: Units of work with a status and an optional assignee.
  - name: Projects
    description: Groups of tasks. A task belongs to at most one project, for its whole life.
paths:
  /tasks:
    get:
      operationId: listTasks
      tags: [Tasks]
      summary: List tasks
      description: |
        Returns tasks oldest first, one page at a time. Follow \`nextCursor\` (or the \`Link\` header with
        \`rel="next"\`) until it is \`null\`. Filters combine with AND.
      parameters:
        - $ref: '#/components/parameters/Limit'
        - $ref: '#/components/parameters/Cursor'
        - $ref: '#/components/parameters/StatusFilter'
        - $ref: '#/components/parameters/AssigneeFilter'
      responses:
        '200':
          description: One page of tasks.
          headers:
            Link:
              $ref: '#/components/headers/Link'
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/TaskPage'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '429':
          $ref: '#/components/responses/TooManyRequests'
    post:
      operationId: createTask
      tags: [Tasks]
      summary: Create a task
      requestBody:
        required: true
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/NewTask'
      responses:
        '201':
          description: The task was created.
          headers:
            Location:
              description: URL of the new task.
              schema:
                type: string
                format: uri-reference
            ETag:
              $ref: '#/components/headers/ETag'
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Task'
        '400':
          $ref: '#/components/responses/BadRequest'
        '401':
          $ref: '#/components/responses/Unauthorized'
        '415':
          $ref: '#/components/responses/UnsupportedMediaType'
        '429':
          $ref: '#/components/responses/TooManyRequests'
  /tasks/{taskId}:
    parameters:
      - name: taskId
        in: path
        required: true
        description: The task's id.
        schema:
          $ref: '#/components/schemas/TaskId'
    get:
      operationId: getTask
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Task'
        '304':
          description: The task has not changed since the version in \`If-None-Match\`.
          headers:
            ETag:
              $ref: '#/components/headers/ETag'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
        '412':
          $ref: '#/components/responses/PreconditionFailed'
        '428':
          $ref: '#/components/responses/PreconditionRequired'
        '429':
          $ref: '#/components/responses/TooManyRequests'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
        '409':
          description: The project still has tasks (\`type\` is \`/problems/project-not-empty\`); nothing was deleted.
          headers:
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
            RateLimit:
              $ref: '#/components/headers/RateLimit'
            RateLimit-Policy:
              $ref: '#/components/headers/RateLimit-Policy'
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
  securitySchemes:
    apiKey:
      type: http
      scheme: bearer
      description: An API key, sent as a bearer token.
  parameters:
    Limit:
      name: limit
      in: query
      description: Page size.
      schema:
        type: integer
        minimum: 1
        maximum: 100
        default: 20
    Cursor:
      name: cursor
      in: query
      description: Opaque token from a previous page's \`nextCursor\`. Omit it for the first page.
      schema:
        type: string
        minLength: 1
        maxLength: 200
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
    Link:
      description: RFC 8288 links; \`rel="next"\` points to the next page, when there is one.
      schema:
        type: string
    ETag:
      description: Strong validator of this version of the task, for \`If-Match\` and \`If-None-Match\`.
      required: true
      schema:
        type: string
        pattern: '^"[^"]*"$'
    RateLimit:
      description: |
        What is left of each quota that applies to the request (IETF draft-ietf-httpapi-ratelimit-headers-08),
        one entry per named policy, e.g. \`"requests"; r=59; t=60, "writes"; r=9; t=60\`: \`r\` requests remain,
        and the window resets in \`t\` seconds.
      required: true
      schema:
        type: string
    RateLimit-Policy:
      description: |
        The quotas that apply to the request, e.g. \`"requests"; q=60; w=60; pk=:…:\`: \`q\` requests per window of
        \`w\` seconds. \`"requests"\` counts every request, \`"writes"\` (on \`POST\`, \`PATCH\` and \`DELETE\`) the writes.
      required: true
      schema:
        type: string
  responses:
    BadRequest:
      description: The request does not match this description (see \`errors\`).
      headers:
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    Unauthorized:
      description: The API key is missing or unknown.
      headers:
        WWW-Authenticate:
          description: The authentication scheme to use.
          required: true
          schema:
            type: string
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    NotFound:
      description: There is no task (or project) with this id.
      headers:
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    PreconditionFailed:
      description: The task has changed since the version in \`If-Match\`; nothing was changed.
      headers:
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    PreconditionRequired:
      description: The request has no \`If-Match\`; nothing was changed.
      headers:
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    UnsupportedMediaType:
      description: The request body has a media type this operation does not accept.
      headers:
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
    TooManyRequests:
      description: The API key has used up its requests for the current window.
      headers:
        Retry-After:
          description: Seconds to wait before retrying.
          required: true
          schema:
            type: integer
            minimum: 0
        RateLimit:
          $ref: '#/components/headers/RateLimit'
        RateLimit-Policy:
          $ref: '#/components/headers/RateLimit-Policy'
      content:
        application/problem+json:
          schema:
            $ref: '#/components/schemas/Problem'
  schemas:
    TaskId:
      type: string
      pattern: '^tsk_[0-9a-f]{12}$'
      examples: [tsk_4f2a9c01b7de]
    TaskStatus:
      type: string
      enum: [todo, in_progress, done]
    Task:
      type: object
      additionalProperties: false
      required: [id, title, status, assignee, dueDate, projectId, createdAt, updatedAt]
      properties:
        id:
          $ref: '#/components/schemas/TaskId'
        title:
          type: string
          minLength: 1
          maxLength: 200
        status:
          $ref: '#/components/schemas/TaskStatus'
        assignee:
          type: [string, 'null']
          minLength: 1
          maxLength: 100
        dueDate:
          type: [string, 'null']
          format: date
        projectId:
          description: The project the task belongs to, or \`null\`.
          oneOf:
            - $ref: '#/components/schemas/ProjectId'
            - type: 'null'
        createdAt:
          type: string
          format: date-time
        updatedAt:
          type: string
          format: date-time
    NewTask:
      type: object
      additionalProperties: false
      required: [title]
      properties:
        title:
          type: string
          minLength: 1
          maxLength: 200
        status:
          $ref: '#/components/schemas/TaskStatus'
          default: todo
        assignee:
          type: [string, 'null']
          minLength: 1
          maxLength: 100
        dueDate:
          type: [string, 'null']
          format: date
      examples:
        - title: Write the OpenAPI description first
          assignee: ada
          dueDate: '2030-01-31'
    TaskPatch:
      type: object
      additionalProperties: false
      minProperties: 1
      properties:
        title:
          type: string
          minLength: 1
          maxLength: 200
        status:
          $ref: '#/components/schemas/TaskStatus'
        assignee:
          type: [string, 'null']
          minLength: 1
          maxLength: 100
        dueDate:
          type: [string, 'null']
          format: date
    TaskPage:
      type: object
      additionalProperties: false
      required: [data, nextCursor]
      properties:
        data:
          type: array
          items:
            $ref: '#/components/schemas/Task'
        nextCursor:
          description: Pass as \`cursor\` to get the next page; \`null\` on the last page.
          type: [string, 'null']
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
      description: RFC 9457 problem details.
      type: object
      required: [type, title, status]
      properties:
        type:
          description: URI reference that identifies the problem type.
          type: string
          format: uri-reference
        title:
          description: Short summary of the problem type; the same for every occurrence.
          type: string
        status:
          type: integer
          minimum: 400
          maximum: 599
        detail:
          description: What went wrong this time, for a human.
          type: string
        instance:
          description: The request path the problem occurred on.
          type: string
          format: uri-reference
        errors:
          description: One entry per invalid part of the request.
          type: array
          items:
            type: object
            required: [detail]
            properties:
              detail:
                type: string
              pointer:
                description: JSON Pointer (RFC 6901) into the request body, when the problem is in the body.
                type: string
              parameter:
                description: Name of the invalid query or path parameter, when the problem is in a parameter.
                type: string
`,
  },
  {
    file: 'src/app.js',
    content: `import express from 'express';
import * as OpenApiValidator from 'express-openapi-validator';
import { rateLimit } from 'express-rate-limit';
import { fileURLToPath } from 'node:url';
import { HttpProblem, problemHandler, sendProblem } from './problems.js';
import { projectsRouter } from './projects.js';
import { TaskStore } from './store.js';
import { tasksRouter } from './tasks.js';

export const apiSpecPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

/**
 * @typedef {'free' | 'pro'} Plan
 * @typedef {Record<Plan, { requests: number, writes: number }>} Quotas per API key and minute
 */

/** @type {Quotas} */
export const DEFAULT_QUOTAS = { free: { requests: 60, writes: 10 }, pro: { requests: 600, writes: 100 } };

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * @param {object} [options]
 * @param {TaskStore} [options.store]
 * @param {Iterable<string>} [options.apiKeys] keys accepted in \`Authorization: Bearer <key>\`
 * @param {Record<string, Plan>} [options.plans] the plan of each API key; keys not listed are on \`free\`
 * @param {Quotas} [options.quotas]
 */
export function createApp({ store = new TaskStore(), apiKeys = ['dev-key'], plans = {}, quotas = DEFAULT_QUOTAS } = {}) {
  const keys = new Set(apiKeys);
  const app = express();
  app.disable('x-powered-by');

  app.get('/openapi.yaml', (req, res) => res.type('application/yaml').sendFile(apiSpecPath));

  // Authentication and rate limiting run before validation, so that invalid requests count
  // against the caller's quota and every response to a known caller carries RateLimit headers.
  app.use('/v1', (req, res, next) => {
    const [scheme, key] = (req.get('authorization') ?? '').split(' ');
    if (scheme !== 'Bearer' || !key || !keys.has(key)) {
      throw new HttpProblem(401, {
        detail: 'Send a valid API key as "Authorization: Bearer <key>".',
        headers: { 'WWW-Authenticate': 'Bearer realm="tasks"' },
      });
    }
    res.locals.apiKey = key;
    res.locals.plan = plans[key] ?? 'free';
    next();
  });

  // Two named policies, each announced in the RateLimit and RateLimit-Policy fields (IETF draft 8): every
  // request counts against "requests", writes against "writes" too.
  app.use('/v1', quotaLimiter('requests', quotas), quotaLimiter('writes', quotas, (req) => !WRITES.has(req.method)));

  app.use(express.json({ type: ['application/json', 'application/merge-patch+json'] }));
  app.use(
    OpenApiValidator.middleware({
      apiSpec: apiSpecPath,
      validateRequests: { allowUnknownQueryParameters: false },
      // A response that breaks the contract becomes a 500 instead of reaching the client.
      validateResponses: true,
      validateSecurity: false, // done above
      ignorePaths: (path) => !path.startsWith('/v1/'),
    }),
  );

  app.use('/v1', tasksRouter(store));
  app.use('/v1', projectsRouter(store));
  app.use(problemHandler);
  return app;
}

/**
 * @param {'requests' | 'writes'} name
 * @param {Quotas} quotas
 * @param {(req: import('express').Request) => boolean} [skip] requests this quota does not count
 */
function quotaLimiter(name, quotas, skip = () => false) {
  const quotaOf = (/** @type {import('express').Response} */ res) => quotas[/** @type {Plan} */ (res.locals.plan)][name];
  return rateLimit({
    windowMs: 60_000,
    limit: (req, res) => quotaOf(res),
    identifier: name,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) => res.locals.apiKey,
    skip,
    handler: (req, res) =>
      sendProblem(req, res, new HttpProblem(429, { detail: \`The \${res.locals.plan} plan allows \${quotaOf(res)} \${name} a minute.\` })),
  });
}
`,
  },
  {
    file: 'src/index.js',
    replace: `const apiKeys = (process.env.API_KEYS ?? 'dev-key').split(',').filter(Boolean);
`,
    with: `// API_KEYS=key1:pro,key2 (a key without a plan is on the free plan)
const entries = (process.env.API_KEYS ?? 'dev-key').split(',').filter(Boolean).map((entry) => entry.split(':'));
const apiKeys = entries.map(([key]) => key);
const plans = Object.fromEntries(entries.filter(([, plan]) => plan).map(([key, plan]) => [key, plan]));
`,
  },
  {
    file: 'src/index.js',
    replace: `const server = createApp({ apiKeys }).listen(port, () => {
`,
    with: `const server = createApp({ apiKeys, plans }).listen(port, () => {
`,
  },
  {
    file: 'tests/contract.test.js',
    replace: `      limited = await startApi({ rateLimit: { limit: 0, windowMs: 60_000 } });
`,
    with: `      limited = await startApi({ quotas: { free: { requests: 0, writes: 0 }, pro: { requests: 0, writes: 0 } } });
`,
  },
  {
    file: 'tests/rate-limit.test.js',
    content: `import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { API_KEY, startApi } from './support/api.js';

const quotas = { free: { requests: 3, writes: 1 }, pro: { requests: 6, writes: 2 } };

/** The parameters of one named policy in a RateLimit or RateLimit-Policy field, e.g. { r: 2, t: 60 }. */
function policy(headers, field, name) {
  const item = (headers.get(field) ?? '').split(/,\\s*(?=")/).find((entry) => entry.startsWith(\`"\${name}"\`));
  return Object.fromEntries((item ?? '').split(';').slice(1).map((param) => param.trim().split('=')).map(([k, v]) => [k, /^\\d+$/.test(v) ? Number(v) : v]));
}

describe('rate limiting', () => {
  it('counts down per API key and answers 429 with Retry-After when the quota is used up', async () => {
    const api = await startApi({ apiKeys: [API_KEY, 'other-key'], plans: {}, quotas });

    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const response = await api.request('GET', '/v1/tasks');
      assert.equal(response.status, 200);
      remaining.push(policy(response.headers, 'ratelimit', 'requests').r);
    }
    assert.deepEqual(remaining, [2, 1, 0]);

    const limited = await api.request('GET', '/v1/tasks');
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal(limited.body.title, 'Too Many Requests');

    const otherKey = await api.request('GET', '/v1/tasks', { apiKey: 'other-key' });
    assert.equal(otherKey.status, 200, 'each API key has its own quota');
  });

  it('gives each plan its quotas, and writes a smaller one of their own', async () => {
    const api = await startApi({ apiKeys: [API_KEY, 'free-key'], plans: { [API_KEY]: 'pro' }, quotas });

    const pro = await api.request('GET', '/v1/tasks');
    assert.equal(policy(pro.headers, 'ratelimit-policy', 'requests').q, 6);
    const free = await api.request('POST', '/v1/tasks', { apiKey: 'free-key', body: { title: 'one write' } });
    assert.equal(free.status, 201);
    assert.equal(policy(free.headers, 'ratelimit-policy', 'requests').q, 3);
    assert.equal(policy(free.headers, 'ratelimit-policy', 'writes').q, 1);

    assert.equal((await api.request('POST', '/v1/tasks', { apiKey: 'free-key', body: { title: 'two' } })).status, 429);
    assert.equal((await api.request('GET', '/v1/tasks', { apiKey: 'free-key' })).status, 200, 'reads are not writes');
  });

  it('counts invalid requests too', async () => {
    const api = await startApi({ plans: {}, quotas: { ...quotas, free: { requests: 1, writes: 1 } } });

    assert.equal((await api.request('GET', '/v1/tasks?limit=0')).status, 400);
    assert.equal((await api.request('GET', '/v1/tasks')).status, 429);
  });
});
`,
  },
  {
    file: 'tests/support/api.js',
    replace: ` * response is checked against openapi.yaml.
`,
    with: ` * response is checked against openapi.yaml. The test key is on the pro plan unless \`plans\` says otherwise.
`,
  },
  {
    file: 'tests/support/api.js',
    replace: `  const server = createApp({ apiKeys: [API_KEY], ...options }).listen(0);
`,
    with: `  const server = createApp({ apiKeys: [API_KEY], plans: { [API_KEY]: 'pro' }, ...options }).listen(0);
`,
  },
];
