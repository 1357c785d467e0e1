// Reference solution of api-design/grpc-task-service: proto/tasks/v1/tasks.proto (standard methods after Google's
// AIPs, page_size and page_token, a server-streaming WatchTasks) and startGrpcServer (src/grpc.js) with
// @grpc/grpc-js on the HTTP API's store: API key in metadata, gRPC status codes for errors; src/index.js starts it.
export default () => [
  {
    file: 'proto/tasks/v1/tasks.proto',
    content: `// The task service over gRPC: the same tasks as the HTTP API, in the shape of Google's API Improvement Proposals
// (standard methods, page_size and page_token), plus a server stream of changes.
syntax = "proto3";

package tasks.v1;

service TaskService {
  // Fails with INVALID_ARGUMENT for a title that is empty or longer than 200 characters.
  rpc CreateTask(CreateTaskRequest) returns (Task);
  // Fails with NOT_FOUND for an id no task has.
  rpc GetTask(GetTaskRequest) returns (Task);
  // Oldest first. Fails with INVALID_ARGUMENT for a negative page_size or a page_token it did not return.
  rpc ListTasks(ListTasksRequest) returns (ListTasksResponse);
  // Every change to a task from now on, until the client cancels.
  rpc WatchTasks(WatchTasksRequest) returns (stream TaskEvent);
}

enum TaskStatus {
  TASK_STATUS_UNSPECIFIED = 0;
  TODO = 1;
  IN_PROGRESS = 2;
  DONE = 3;
}

message Task {
  string id = 1;
  string title = 2;
  TaskStatus status = 3;
  repeated string assignees = 4;
  // YYYY-MM-DD, or empty when the task has no due date.
  string due_date = 5;
  // Empty when the task belongs to no project.
  string project_id = 6;
  // RFC 3339 timestamps.
  string create_time = 7;
  string update_time = 8;
}

message CreateTaskRequest {
  // title is required; status defaults to TODO; id and the times are ignored.
  Task task = 1;
}

message GetTaskRequest {
  string id = 1;
}

message ListTasksRequest {
  // 0 means 20; more than 100 means 100.
  int32 page_size = 1;
  // next_page_token of the previous page; empty for the first page.
  string page_token = 2;
  // Only tasks with this status; TASK_STATUS_UNSPECIFIED for all.
  TaskStatus status = 3;
}

message ListTasksResponse {
  repeated Task tasks = 1;
  // Empty on the last page.
  string next_page_token = 2;
}

message WatchTasksRequest {}

message TaskEvent {
  // task.created, task.updated or task.deleted
  string type = 1;
  // The task as it is now (as it was, for task.deleted).
  Task task = 2;
}
`,
  },
  {
    file: 'src/grpc.js',
    content: `// The gRPC face of the API (proto/tasks/v1/tasks.proto), on the same store as the HTTP API. Errors are gRPC status
// codes, as problems are HTTP status codes: INVALID_ARGUMENT for 400, UNAUTHENTICATED for 401, NOT_FOUND for 404.
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import { fileURLToPath } from 'node:url';

const PROTO = fileURLToPath(new URL('../proto/tasks/v1/tasks.proto', import.meta.url));
const STATUSES = { todo: 'TODO', in_progress: 'IN_PROGRESS', done: 'DONE' };
const FROM_STATUS = Object.fromEntries(Object.entries(STATUSES).map(([rest, proto]) => [proto, rest]));

class CallError extends Error {
  /** @param {grpc.status} code @param {string} details */
  constructor(code, details) {
    super(details);
    this.code = code;
    this.details = details;
  }
}

/**
 * Starts the gRPC server; resolves with it and the port it listens on.
 * @param {{ store: import('./store.js').TaskStore, apiKeys: Iterable<string>, address?: string }} options
 */
export async function startGrpcServer({ store, apiKeys, address = '127.0.0.1:50051' }) {
  const definition = protoLoader.loadSync(PROTO, { keepCase: true, enums: String, longs: Number, defaults: true });
  const { TaskService } = /** @type {any} */ (grpc.loadPackageDefinition(definition)).tasks.v1;
  const keys = new Set(apiKeys);
  const authenticate = (/** @type {grpc.ServerUnaryCall<any, any> | grpc.ServerWritableStream<any, any>} */ call) => {
    const [scheme, key] = String(call.metadata.get('authorization')[0] ?? '').split(' ');
    if (scheme !== 'Bearer' || !keys.has(key)) throw new CallError(grpc.status.UNAUTHENTICATED, 'Send "authorization: Bearer <key>" metadata.');
  };
  /** A unary handler that authenticates first and turns a CallError into its status. */
  const unary = (/** @type {(request: any) => any} */ handle) => (/** @type {any} */ call, /** @type {grpc.sendUnaryData<any>} */ callback) => {
    try {
      authenticate(call);
      callback(null, handle(call.request));
    } catch (error) {
      if (!(error instanceof CallError)) throw error;
      callback({ code: error.code, details: error.details });
    }
  };

  const server = new grpc.Server();
  server.addService(TaskService.service, {
    CreateTask: unary(({ task = {} }) => {
      const title = String(task.title ?? '');
      if (title.length < 1 || title.length > 200) throw new CallError(grpc.status.INVALID_ARGUMENT, 'task.title must have 1 to 200 characters.');
      const status = FROM_STATUS[task.status] ?? 'todo';
      return toProto(store.create({ title, status, assignees: task.assignees ?? [], dueDate: task.due_date || null }));
    }),
    GetTask: unary(({ id }) => {
      const task = store.get(id);
      if (!task) throw new CallError(grpc.status.NOT_FOUND, \`There is no task \${id}.\`);
      return toProto(task);
    }),
    ListTasks: unary(({ page_size: size, page_token: token, status }) => {
      if (size < 0) throw new CallError(grpc.status.INVALID_ARGUMENT, 'page_size must not be negative.');
      const limit = size === 0 ? 20 : Math.min(size, 100);
      const page = store.list({ limit, afterSeq: token ? decodeToken(token) : 0, status: FROM_STATUS[status] });
      return { tasks: page.items.map(toProto), next_page_token: page.lastSeq === null ? '' : encodeToken(page.lastSeq) };
    }),
    WatchTasks: (/** @type {grpc.ServerWritableStream<any, any>} */ call) => {
      try {
        authenticate(call);
      } catch (error) {
        call.emit('error', { code: /** @type {CallError} */ (error).code, details: /** @type {CallError} */ (error).details });
        return;
      }
      const forward = (/** @type {import('./store.js').TaskChange} */ { type, task }) => call.write({ type, task: toProto(task) });
      store.on('change', forward);
      call.on('cancelled', () => store.off('change', forward));
      call.on('close', () => store.off('change', forward));
    },
  });

  const port = await new Promise((resolve, reject) =>
    server.bindAsync(address, grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return { server, port };
}

/** @param {import('./store.js').Task} task */
function toProto(task) {
  return {
    id: task.id,
    title: task.title,
    status: STATUSES[task.status],
    assignees: task.assignees,
    due_date: task.dueDate ?? '',
    project_id: task.projectId ?? '',
    create_time: task.createdAt,
    update_time: task.updatedAt,
  };
}

// Page tokens are opaque, like the HTTP API's cursors.
/** @param {number} seq */
function encodeToken(seq) {
  return Buffer.from(JSON.stringify({ after: seq })).toString('base64url');
}

/** @param {string} token */
function decodeToken(token) {
  try {
    const { after } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Number.isSafeInteger(after) && after >= 0) return after;
  } catch {
    // fall through
  }
  throw new CallError(grpc.status.INVALID_ARGUMENT, 'page_token is not a token this service returned.');
}
`,
  },
  {
    file: 'src/index.js',
    replace: `import { createApp } from './app.js';
import { TaskStore } from './store.js';
`,
    with: `import { createApp } from './app.js';
import { startGrpcServer } from './grpc.js';
import { TaskStore } from './store.js';
`,
  },
  {
    file: 'src/index.js',
    replace: `const stream = attachTaskStream(server, { store, apiKeys });

`,
    with: `const stream = attachTaskStream(server, { store, apiKeys });
const grpcPort = Number(process.env.GRPC_PORT ?? 50051);
const grpcServer = (await startGrpcServer({ store, apiKeys, address: \`0.0.0.0:\${grpcPort}\` })).server;
console.log(\`gRPC TaskService on localhost:\${grpcPort} (contract: proto/tasks/v1/tasks.proto)\`);

`,
  },
  {
    file: 'src/index.js',
    replace: `    stream.clients.forEach((ws) => ws.close(1001, 'The server is shutting down'));
    server.close(() => process.exit(0));
`,
    with: `    stream.clients.forEach((ws) => ws.close(1001, 'The server is shutting down'));
    grpcServer.tryShutdown(() => {});
    server.close(() => process.exit(0));
`,
  },
];
