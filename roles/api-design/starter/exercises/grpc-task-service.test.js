// Check for the exercise "A gRPC service beside the REST API": tasks.v1.TaskService from
// proto/tasks/v1/tasks.proto, served by startGrpcServer on the same store as the HTTP API.
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { TaskStore } from '../src/store.js';
import { KEY, answer, changeTask, projectExport, startApi } from './support/api.js';

const PROTO = 'proto/tasks/v1/tasks.proto';
const { status: Status } = grpc;

/** @type {{ close(): void }[]} */
const clients = [];
/** @type {import('@grpc/grpc-js').Server[]} */
const grpcServers = [];
after(() => {
  clients.forEach((client) => client.close());
  grpcServers.forEach((server) => server.forceShutdown());
});

function loadService() {
  assert.ok(existsSync(PROTO), `${PROTO} is missing: write the service's contract there`);
  const definition = protoLoader.loadSync(PROTO, { keepCase: true, enums: String, longs: Number, defaults: true });
  const TaskService = grpc.loadPackageDefinition(definition).tasks?.v1?.TaskService;
  assert.ok(TaskService, `${PROTO} should declare "package tasks.v1;" and "service TaskService"`);
  return TaskService;
}

/** @type {Promise<{ api: Awaited<ReturnType<typeof startApi>>, client: any }> | undefined} */
let started;

/** Your HTTP API and your gRPC server on one store, and a gRPC client; one for the whole check. */
function start() {
  started ??= (async () => {
    const TaskService = loadService();
    const startGrpcServer = await projectExport('src/grpc.js', 'startGrpcServer');
    const store = new TaskStore();
    const api = await startApi({ store });
    const { server, port } = await startGrpcServer({ store, apiKeys: [KEY], address: '127.0.0.1:0' });
    grpcServers.push(server);
    assert.ok(Number.isInteger(port) && port > 0, `startGrpcServer should resolve with { server, port }, the port it listens on; got port ${port}`);
    const client = new TaskService(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
    clients.push(client);
    return { api, client };
  })();
  return started;
}

function metadata(key = KEY) {
  const meta = new grpc.Metadata();
  if (key !== null) meta.set('authorization', `Bearer ${key}`);
  return meta;
}

/** Calls a unary method; resolves with the response, or rejects with the gRPC error. */
function call(client, method, request, key = KEY) {
  assert.equal(typeof client[method], 'function', `TaskService should have an rpc ${method}`);
  return new Promise((resolve, reject) =>
    client[method](request, metadata(key), { deadline: Date.now() + 10_000 }, (error, response) => (error ? reject(error) : resolve(response))),
  );
}

async function expectStatus(promise, code, what) {
  const name = Object.keys(Status).find((k) => Status[k] === code);
  await assert.rejects(promise, (error) => {
    assert.equal(error.code, code, `${what} should fail with status ${name} (${code}); got ${error.code} ${error.details}`);
    return true;
  }, `${what} should fail with status ${name}; it succeeded`);
}

describe('the contract', () => {
  it(`${PROTO} declares tasks.v1.TaskService with CreateTask, GetTask, ListTasks and a server-streaming WatchTasks`, () => {
    const TaskService = loadService();
    for (const method of ['CreateTask', 'GetTask', 'ListTasks', 'WatchTasks'])
      assert.ok(TaskService.service[method], `TaskService should have an rpc ${method}`);
    assert.equal(TaskService.service.WatchTasks.responseStream, true, 'WatchTasks should return a stream: "returns (stream TaskEvent)"');
    assert.equal(TaskService.service.GetTask.responseStream, false, 'GetTask should return one Task');
  });
});

describe('CreateTask and GetTask', () => {
  it('create and read tasks in the store the HTTP API uses', async () => {
    const { api, client } = await start();
    const created = await call(client, 'CreateTask', { task: { title: 'Made over gRPC', assignees: ['ada', 'grace'] } });
    assert.match(created.id ?? '', /^tsk_[0-9a-f]{12}$/, `CreateTask should return the new Task with its id; got ${JSON.stringify(created)}`);
    assert.equal(created.status, 'TODO', `a new task's status is TODO; got ${JSON.stringify(created)}`);
    assert.deepEqual(created.assignees, ['ada', 'grace']);
    const overHttp = await api.request('GET', `/v1/tasks/${created.id}`);
    assert.equal(overHttp.status, 200, `a task created over gRPC should be served by GET /v1/tasks/{taskId}; got ${answer(overHttp)}`);
    assert.equal(overHttp.body.title, 'Made over gRPC');

    const fromHttp = await api.request('POST', '/v1/tasks', { body: { title: 'Made over HTTP', status: 'in_progress', assignee: 'ada', dueDate: '2030-01-31' } });
    const read = await call(client, 'GetTask', { id: fromHttp.body.id });
    const expected = {
      id: fromHttp.body.id,
      title: 'Made over HTTP',
      status: 'IN_PROGRESS',
      assignees: ['ada'],
      due_date: '2030-01-31',
      create_time: fromHttp.body.createdAt,
      update_time: fromHttp.body.updatedAt,
    };
    for (const [field, value] of Object.entries(expected))
      assert.deepEqual(read[field], value, `GetTask of a task created over HTTP should have ${field} = ${JSON.stringify(value)}; got ${JSON.stringify(read)}`);
  });

  it('fail with NOT_FOUND, INVALID_ARGUMENT and UNAUTHENTICATED where REST answers 404, 400 and 401', async () => {
    const { client } = await start();
    await expectStatus(call(client, 'GetTask', { id: 'tsk_000000000000' }), Status.NOT_FOUND, 'GetTask of a task that does not exist');
    await expectStatus(call(client, 'CreateTask', { task: { title: '' } }), Status.INVALID_ARGUMENT, 'CreateTask with an empty title');
    await expectStatus(call(client, 'CreateTask', { task: { title: 'x'.repeat(201) } }), Status.INVALID_ARGUMENT, 'CreateTask with a 201-character title');
    await expectStatus(call(client, 'GetTask', { id: 'tsk_000000000000' }, null), Status.UNAUTHENTICATED, 'a call without "authorization" metadata');
    await expectStatus(call(client, 'CreateTask', { task: { title: 'Sneaky' } }, 'not-a-key'), Status.UNAUTHENTICATED, 'a call with an unknown API key');
  });
});

describe('ListTasks', () => {
  it('pages with page_size and page_token, oldest first, and filters by status', async () => {
    const { client } = await start();
    const mine = [];
    for (const [title, status] of [['a', 'DONE'], ['b', 'TODO'], ['c', 'DONE'], ['d', 'DONE'], ['e', 'TODO']]) {
      const task = await call(client, 'CreateTask', { task: { title, status } });
      mine.push(task.id);
    }
    const walk = async (request) => {
      const seen = [];
      let token = '';
      for (let pages = 0; pages < 100; pages++) {
        const page = await call(client, 'ListTasks', { ...request, page_size: 2, page_token: token });
        assert.ok(page.tasks.length <= 2, `page_size 2 should return at most 2 tasks; got ${page.tasks.length}`);
        seen.push(...page.tasks.map((t) => t.id).filter((id) => mine.includes(id)));
        token = page.next_page_token;
        if (!token) return seen;
      }
      assert.fail('ListTasks never returned an empty next_page_token');
    };
    assert.deepEqual(await walk({}), mine, 'following next_page_token should list every task once, oldest first, and end with an empty token');
    assert.deepEqual(await walk({ status: 'DONE' }), [mine[0], mine[2], mine[3]], 'status: DONE should list only the done tasks');
    await expectStatus(call(client, 'ListTasks', { page_token: 'not-a-token' }), Status.INVALID_ARGUMENT, 'ListTasks with a page_token it did not return');
    await expectStatus(call(client, 'ListTasks', { page_size: -1 }), Status.INVALID_ARGUMENT, 'ListTasks with a negative page_size');
    const capped = await call(client, 'ListTasks', { page_size: 1000 });
    assert.ok(capped.tasks.length <= 100, 'a page_size over 100 should be treated as 100');
  });
});

describe('WatchTasks', () => {
  it('streams a TaskEvent for every change, made over HTTP too, until the client cancels', async () => {
    const { api, client } = await start();
    assert.equal(typeof client.WatchTasks, 'function', 'TaskService should have an rpc WatchTasks');
    const stream = client.WatchTasks({}, metadata());
    const events = [];
    const waiters = [];
    stream.on('data', (event) => (waiters.shift() ?? ((e) => events.push(e)))(event));
    stream.on('error', () => {}); // the cancellation below ends it with CANCELLED
    const next = async (what, ms = 5000) => {
      const event = events.shift() ?? (await Promise.race([new Promise((r) => waiters.push(r)), new Promise((r) => setTimeout(r, ms))]));
      assert.ok(event, `no TaskEvent arrived within ${ms} ms; expected ${what}`);
      return event;
    };
    // The call reaches the server at some point after it starts: create tasks until one is streamed.
    const created = [];
    let first;
    for (let attempt = 0; attempt < 20 && !first; attempt++) {
      const response = await api.request('POST', '/v1/tasks', { body: { title: `Watched over gRPC ${attempt}` } });
      created.push(response.body.id);
      first = events.shift() ?? (await Promise.race([new Promise((r) => waiters.push(r)), new Promise((r) => setTimeout(r, 500))]));
      if (!first) waiters.length = 0;
    }
    assert.ok(first, 'no TaskEvent arrived while tasks were created over HTTP: WatchTasks should stream every change');
    assert.equal(first.type, 'task.created', `creating a task should stream a TaskEvent with type "task.created"; got ${JSON.stringify(first)}`);
    assert.ok(created.includes(first.task?.id), `the TaskEvent's task should be the task created; got ${JSON.stringify(first)}`);
    await changeTask(api, 'PATCH', `/v1/tasks/${first.task.id}`, { status: 'done' });
    const second = await next('task.updated');
    assert.equal(second.type, 'task.updated', `updating a task should stream a TaskEvent with type "task.updated"; got ${JSON.stringify(second)}`);
    assert.equal(second.task?.status, 'DONE');
    stream.cancel();
  });
});
