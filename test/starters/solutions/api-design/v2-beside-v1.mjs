// Reference solution of api-design/v2-beside-v1: the store keeps tasks in v2's shape (assignees) and each
// version maps to and from it (src/versions.js), webhooks and the event stream included; /v2 is the same router
// with v2's mapping, validated by a second validator against openapi.v2.yaml; every /v1 response announces
// Deprecation, Sunset and the successor version, and openapi.yaml marks every operation deprecated and states the
// policy.
export default ({ projectName }) => [
  {
    file: 'openapi.v2.yaml',
    content: `openapi: 3.1.0
info:
  title: '${projectName} Tasks API'
  version: 2.0.0
  summary: Create, list, update and delete tasks.
  description: |
    A small resource-oriented API, written before its implementation.

    **Versioning.** The major version is part of the path (\`/v2\`). Within a major version changes are
    additive only: new endpoints, new optional parameters, new response fields. Clients must ignore
    response fields they do not know. Version 2 differs from version 1 in one breaking change: a task has
    \`assignees\`, a list of people, instead of one \`assignee\`. Both versions share the same tasks; version 1
    shows the first of a task's assignees.

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
  - url: /v2
    description: Version 2, on the host that serves this description
security:
  - apiKey: []
tags:
  - name: Tasks
    description: Units of work with a status and any number of assignees.
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
        Changes only the fields present in the body (RFC 7396 JSON Merge Patch). \`assignees\` is replaced
        as a whole; send \`"assignees": []\` to unassign a task. Requires \`If-Match\` with the task's current ETag.
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
      description: Only tasks whose assignees include this person.
      schema:
        type: string
        minLength: 1
        maxLength: 100
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
      description: There is no task with this id.
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
    Assignees:
      description: The people working on the task, each once.
      type: array
      uniqueItems: true
      maxItems: 10
      items:
        type: string
        minLength: 1
        maxLength: 100
    TaskStatus:
      type: string
      enum: [todo, in_progress, done]
    Task:
      type: object
      additionalProperties: false
      required: [id, title, status, assignees, dueDate, projectId, createdAt, updatedAt]
      properties:
        id:
          $ref: '#/components/schemas/TaskId'
        title:
          type: string
          minLength: 1
          maxLength: 200
        status:
          $ref: '#/components/schemas/TaskStatus'
        assignees:
          $ref: '#/components/schemas/Assignees'
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
        assignees:
          $ref: '#/components/schemas/Assignees'
        dueDate:
          type: [string, 'null']
          format: date
      examples:
        - title: Write the OpenAPI description first
          assignees: [ada, grace]
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
        assignees:
          $ref: '#/components/schemas/Assignees'
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

    **Deprecation.** Version 1 is deprecated since 2026-12-01 and will be switched off on its sunset date,
    2027-06-01: move to version 2 (\`/v2\`, described at \`/openapi.v2.yaml\`), where a task has \`assignees\`, a
    list, instead of one \`assignee\`. Both versions share the same tasks. Every \`/v1\` response says so in
    \`Deprecation\` (RFC 9745) and \`Sunset\` (RFC 8594) headers, with a \`Link\` to the successor version
    (\`rel="successor-version"\`) and to this description (\`rel="deprecation"\`). Our policy: a version is
    deprecated at least 180 days before its sunset, and a deprecated version changes no more.

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

    **Webhooks.** Register a URL with \`POST /webhook-endpoints\` to be told when a task is done (the
    \`task.completed\` webhook below). Deliveries follow Standard Webhooks: verify \`webhook-signature\` with the
    endpoint's secret, drop a \`webhook-id\` you have seen before, and answer \`2xx\` quickly. Any other answer, or
    none, is retried after 5 seconds, 5 minutes, 30 minutes, 2, 5 and 10 hours, then given up.

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
  - name: Webhooks
    description: URLs that receive events as they happen.
paths:
  /tasks:
    get:
      operationId: listTasks
      deprecated: true
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
      deprecated: true
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
  /tasks/events:
    get:
      operationId: streamTaskEvents
      deprecated: true
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
    parameters:
      - name: taskId
        in: path
        required: true
        description: The task's id.
        schema:
          $ref: '#/components/schemas/TaskId'
    get:
      operationId: getTask
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
      deprecated: true
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
  /webhook-endpoints:
    post:
      operationId: createWebhookEndpoint
      deprecated: true
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
      deprecated: true
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
    replace: `import { tasksRouter } from './tasks.js';
import { DEFAULT_RETRY_DELAYS_MS, Webhooks, webhooksRouter } from './webhooks.js';
`,
    with: `import { tasksRouter } from './tasks.js';
import { announceV1Sunset, v1, v2 } from './versions.js';
import { DEFAULT_RETRY_DELAYS_MS, Webhooks, webhooksRouter } from './webhooks.js';
`,
  },
  {
    file: 'src/app.js',
    replace: `export const apiSpecPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));

`,
    with: `export const apiSpecPath = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
export const apiV2SpecPath = fileURLToPath(new URL('../openapi.v2.yaml', import.meta.url));

`,
  },
  {
    file: 'src/app.js',
    replace: `    if (type === 'task.updated' && previous?.status !== 'done' && task.status === 'done') webhooks.publish('task.completed', task);
`,
    with: `    if (type === 'task.updated' && previous?.status !== 'done' && task.status === 'done') webhooks.publish('task.completed', v1.show(task));
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.get('/openapi.yaml', (req, res) => res.type('application/yaml').sendFile(apiSpecPath));

`,
    with: `  app.get('/openapi.yaml', (req, res) => res.type('application/yaml').sendFile(apiSpecPath));
  app.get('/openapi.v2.yaml', (req, res) => res.type('application/yaml').sendFile(apiV2SpecPath));

  // First, so that every /v1 response says so, 401 and 429 included.
  app.use('/v1', announceV1Sunset);

`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', (req, res, next) => {
`,
    with: `  app.use(['/v1', '/v2'], (req, res, next) => {
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', quotaLimiter('requests', quotas), quotaLimiter('writes', quotas, (req) => !WRITES.has(req.method)));
`,
    with: `  app.use(['/v1', '/v2'], quotaLimiter('requests', quotas), quotaLimiter('writes', quotas, (req) => !WRITES.has(req.method)));
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use(
    OpenApiValidator.middleware({
      apiSpec: apiSpecPath,
      validateRequests: { allowUnknownQueryParameters: false },
      // A response that breaks the contract becomes a 500 instead of reaching the client.
      validateResponses: true,
      validateSecurity: false, // done above
      ignorePaths: (path) => !path.startsWith('/v1/'),
    }),
  );
`,
    with: `  // One validator per version, each with its own description, mounted on its version's path only: two
  // instances on the same path would share what the first one found out about the request.
  for (const [prefix, apiSpec] of [
    ['/v1', apiSpecPath],
    ['/v2', apiV2SpecPath],
  ]) {
    app.use(
      prefix,
      OpenApiValidator.middleware({
        apiSpec,
        validateRequests: { allowUnknownQueryParameters: false },
        // A response that breaks the contract becomes a 500 instead of reaching the client.
        validateResponses: true,
        validateSecurity: false, // done above
      }),
    );
  }
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', taskEventsRouter(new TaskEventLog(store)));
`,
    with: `  app.use('/v1', taskEventsRouter(new TaskEventLog(store), v1));
`,
  },
  {
    file: 'src/app.js',
    replace: `  app.use('/v1', webhooksRouter(webhooks));
  app.use(problemHandler);
`,
    with: `  app.use('/v1', webhooksRouter(webhooks));
  app.use('/v2', tasksRouter(store, v2));
  app.use(problemHandler);
`,
  },
  {
    file: 'src/events.js',
    replace: `/** GET /tasks/events. Mount it before the /tasks/:taskId routes. @param {TaskEventLog} log */
export function taskEventsRouter(log) {
`,
    with: `/**
 * GET /tasks/events. Mount it before the /tasks/:taskId routes.
 * @param {TaskEventLog} log
 * @param {import('./versions.js').Version} version how the events show a task
 */
export function taskEventsRouter(log, version) {
`,
  },
  {
    file: 'src/events.js',
    replace: `    const send = (/** @type {TaskEvent} */ event) => res.write(\`id: \${event.id}\\nevent: \${event.type}\\ndata: \${JSON.stringify(event.data)}\\n\\n\`);
`,
    with: `    const send = (/** @type {TaskEvent} */ { id, type, data }) =>
      res.write(\`id: \${id}\\nevent: \${type}\\ndata: \${JSON.stringify(version.show(/** @type {any} */ (data)))}\\n\\n\`);
`,
  },
  {
    file: 'src/projects.js',
    replace: `import { etagOf, sendTaskPage } from './tasks.js';

`,
    with: `import { etagOf, sendTaskPage } from './tasks.js';
import { v1 } from './versions.js';

`,
  },
  {
    file: 'src/projects.js',
    replace: `    sendTaskPage(req, res, store, \`\${req.baseUrl}/projects/\${project.id}/tasks\`, project.id);
`,
    with: `    sendTaskPage(req, res, store, v1, \`\${req.baseUrl}/projects/\${project.id}/tasks\`, project.id);
`,
  },
  {
    file: 'src/projects.js',
    replace: `    const task = store.create({ ...req.body, projectId: project.id });
`,
    with: `    const task = v1.show(store.create({ ...v1.read(req.body), projectId: project.id }));
`,
  },
  {
    file: 'src/store.js',
    replace: ` * @typedef {{ id: string, title: string, status: TaskStatus, assignee: string | null, dueDate: string | null,
`,
    with: ` * @typedef {{ id: string, title: string, status: TaskStatus, assignees: string[], dueDate: string | null,
`,
  },
  {
    file: 'src/store.js',
    replace: `        (assignee === undefined || task.assignee === assignee) &&
`,
    with: `        (assignee === undefined || task.assignees.includes(assignee)) &&
`,
  },
  {
    file: 'src/store.js',
    replace: `  /** @param {{ title: string, status?: TaskStatus, assignee?: string | null, dueDate?: string | null, projectId?: string | null }} fields */
  create({ title, status = 'todo', assignee = null, dueDate = null, projectId = null }) {
`,
    with: `  /** @param {{ title: string, status?: TaskStatus, assignees?: string[], dueDate?: string | null, projectId?: string | null }} fields */
  create({ title, status = 'todo', assignees = [], dueDate = null, projectId = null }) {
`,
  },
  {
    file: 'src/store.js',
    replace: `    const task = { id: \`tsk_\${randomBytes(6).toString('hex')}\`, title, status, assignee, dueDate, projectId, createdAt: now, updatedAt: now };
`,
    with: `    const task = { id: \`tsk_\${randomBytes(6).toString('hex')}\`, title, status, assignees, dueDate, projectId, createdAt: now, updatedAt: now };
`,
  },
  {
    file: 'src/store.js',
    replace: `  /** @param {string} id @param {Partial<Pick<Task, 'title' | 'status' | 'assignee' | 'dueDate'>>} changes */
`,
    with: `  /** @param {string} id @param {Partial<Pick<Task, 'title' | 'status' | 'assignees' | 'dueDate'>>} changes */
`,
  },
  {
    file: 'src/tasks.js',
    replace: `// Handlers for /v1/tasks. By the time they run, express-openapi-validator has checked the request against
// openapi.yaml (types, enums, required fields, unknown fields) and applied parameter defaults.
`,
    with: `// Handlers for /v1/tasks and /v2/tasks. By the time they run, express-openapi-validator has checked the request
// against the version's description (types, enums, required fields, unknown fields) and applied parameter defaults.
`,
  },
  {
    file: 'src/tasks.js',
    replace: `import { HttpProblem } from './problems.js';

/** @param {import('./store.js').TaskStore} store */
export function tasksRouter(store) {
`,
    with: `import { HttpProblem } from './problems.js';
import { v1 } from './versions.js';

/**
 * @param {import('./store.js').TaskStore} store
 * @param {import('./versions.js').Version} version how this version shows and reads tasks
 */
export function tasksRouter(store, version = v1) {
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    sendTaskPage(req, res, store, \`\${req.baseUrl}/tasks\`);
`,
    with: `    sendTaskPage(req, res, store, version, \`\${req.baseUrl}/tasks\`);
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    const task = store.create(req.body);
`,
    with: `    const task = version.show(store.create(version.read(req.body)));
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    const task = findTask(store, req.params.taskId);
`,
    with: `    const task = version.show(findTask(store, req.params.taskId));
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    requireCurrent(req, findTask(store, req.params.taskId));
    const task = store.update(req.params.taskId, req.body);
`,
    with: `    requireCurrent(req, version.show(findTask(store, req.params.taskId)));
    const task = version.show(store.update(req.params.taskId, version.read(req.body)));
`,
  },
  {
    file: 'src/tasks.js',
    replace: `    requireCurrent(req, findTask(store, req.params.taskId));
`,
    with: `    requireCurrent(req, version.show(findTask(store, req.params.taskId)));
`,
  },
  {
    file: 'src/tasks.js',
    replace: ` * @param {import('./store.js').TaskStore} store
 * @param {string} path
`,
    with: ` * @param {import('./store.js').TaskStore} store
 * @param {import('./versions.js').Version} version
 * @param {string} path
`,
  },
  {
    file: 'src/tasks.js',
    replace: `export function sendTaskPage(req, res, store, path, projectId) {
`,
    with: `export function sendTaskPage(req, res, store, version, path, projectId) {
`,
  },
  {
    file: 'src/tasks.js',
    replace: `  sendPage(req, res, path, page);
`,
    with: `  sendPage(req, res, path, { ...page, items: page.items.map(version.show) });
`,
  },
  {
    file: 'src/versions.js',
    content: `// The versions of the API over one store. The store keeps tasks in the newest shape (v2: \`assignees\`); each older
// version maps to and from it, so that a task written in one version reads the same in every other.

/**
 * @typedef {import('./store.js').Task} Task
 * @typedef {{ show: (task: Task) => object, read: (fields: any) => any }} Version
 */

/** @type {Version} v1 has one \`assignee\`: the first of the task's assignees, and setting it replaces them all. */
export const v1 = {
  show: ({ assignees, ...task }) => ({ ...task, assignee: assignees[0] ?? null }),
  read: ({ assignee, ...fields }) => (assignee === undefined ? fields : { ...fields, assignees: assignee === null ? [] : [assignee] }),
};

/** @type {Version} */
export const v2 = { show: (task) => task, read: (fields) => fields };

// v1's deprecation policy (stated in openapi.yaml): at least 180 days between deprecation and sunset.
export const V1_DEPRECATED_AT = new Date('2026-12-01T00:00:00Z');
export const V1_SUNSET_AT = new Date('2027-06-01T00:00:00Z');

/**
 * Announces on every /v1 response, errors included, that v1 is deprecated (RFC 9745), when it goes away
 * (RFC 8594), what replaces it and where the deprecation is documented.
 * @type {import('express').RequestHandler}
 */
export function announceV1Sunset(req, res, next) {
  res.set('Deprecation', \`@\${V1_DEPRECATED_AT.getTime() / 1000}\`);
  res.set('Sunset', V1_SUNSET_AT.toUTCString());
  res.append('Link', ['</openapi.v2.yaml>; rel="successor-version"', '</openapi.yaml>; rel="deprecation"; type="application/yaml"']);
  next();
}
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `const MERGE_PATCH = 'application/merge-patch+json';

`,
    with: `const MERGE_PATCH = 'application/merge-patch+json';

/** The target of the Link header's rel="next" entry (v1 responses carry other links too). */
const nextLink = (headers) => headers.get('link')?.match(/<([^>]+)>; rel="next"/)?.[1];

`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `    assert.match(first.headers.get('link'), /^<\\/v1\\/tasks\\?limit=2&cursor=[\\w-]+>; rel="next"$/);
`,
    with: `    assert.match(nextLink(first.headers), /^\\/v1\\/tasks\\?limit=2&cursor=[\\w-]+$/);
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `    const next = second.headers.get('link').match(/^<([^>]+)>/)[1];
`,
    with: `    const next = nextLink(second.headers);
`,
  },
  {
    file: 'tests/tasks.test.js',
    replace: `    assert.equal(last.headers.get('link'), null);
`,
    with: `    assert.equal(nextLink(last.headers), undefined);
`,
  },
];
