// Check for the exercise "Trace a request through the logs": the X-Request-Id header, the log lines and the
// body of a 500, through createApp with a logger that keeps what it is given.
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import request from 'supertest';
import { answer, createCheckApp, signUpAndLogIn } from './support/helpers.js';

/** A logger with the same interface as src/logger.js that keeps every line. */
function recordingLogger() {
  const lines = [];
  const line = (level) => (message, fields) => lines.push({ level, message, ...fields });
  return { lines, info: line('info'), error: line('error') };
}

describe('request ids', () => {
  let app;
  let db;
  let ada;
  let logger;
  before(async () => {
    logger = recordingLogger();
    ({ app, db } = createCheckApp({ logger }));
    ada = await signUpAndLogIn(app);
  });
  beforeEach(() => logger.lines.splice(0));

  it('every response carries an X-Request-Id header', async () => {
    const res = await request(app).get('/health');
    const id = res.headers['x-request-id'];
    assert.ok(typeof id === 'string' && id.length > 0, `GET /health should answer with an X-Request-Id header; got headers ${JSON.stringify(res.headers)}`);
    const notFound = await request(app).get('/no-such-route');
    assert.ok(notFound.headers['x-request-id'], 'error answers (here a 404) should carry an X-Request-Id header too');
  });

  it('gives every request its own id', async () => {
    const ids = new Set();
    for (let i = 0; i < 5; i++) ids.add((await request(app).get('/health')).headers['x-request-id']);
    assert.ok(ids.size === 5, `5 requests should get 5 different X-Request-Id headers; got ${JSON.stringify([...ids])}`);
  });

  it('reuses an incoming X-Request-Id', async () => {
    const res = await request(app).get('/health').set('X-Request-Id', 'from-the-gateway.42_a');
    assert.ok(res.headers['x-request-id'] === 'from-the-gateway.42_a', `a request sent with "X-Request-Id: from-the-gateway.42_a" should get the same id back; got ${res.headers['x-request-id']}`);
  });

  for (const unsafe of ['x'.repeat(101), 'id with spaces', '<script>alert(1)</script>', '']) {
    it(`replaces an unsafe incoming id: ${JSON.stringify(unsafe.length > 20 ? `${unsafe.slice(0, 20)}…` : unsafe)}`, async () => {
      const res = await request(app).get('/health').set('X-Request-Id', unsafe);
      const id = res.headers['x-request-id'];
      assert.ok(id && id !== unsafe, `an incoming X-Request-Id of ${JSON.stringify(unsafe)} is not 1 to 100 letters, digits, dots, dashes or underscores, so it should be replaced with a new id; got ${JSON.stringify(id)}`);
      assert.match(id, /^[A-Za-z0-9._-]{1,100}$/, `a new request id should be 1 to 100 letters, digits, dots, dashes or underscores; got ${JSON.stringify(id)}`);
    });
  }

  it('adds the id to the request’s log line', async () => {
    const res = await request(app).get('/health').set('X-Request-Id', 'log-line-check');
    assert.ok(res.status === 200, `GET /health should answer 200; got ${answer(res)}`);
    const lines = logger.lines.filter((l) => l.message === 'request');
    assert.ok(lines.length === 1, `the request should be logged once with the message "request"; got ${JSON.stringify(logger.lines)}`);
    assert.ok(lines[0].requestId === 'log-line-check', `the log line of a request should have "requestId": "log-line-check"; got ${JSON.stringify(lines[0])}`);
  });

  it('a 500 answer tells the id, and every log line of that request has it', async () => {
    db.exec('ALTER TABLE todos RENAME TO todos_away'); // simulate a broken database
    let res;
    try {
      res = await request(app).get('/todos').set('Authorization', ada);
    } finally {
      db.exec('ALTER TABLE todos_away RENAME TO todos');
    }
    assert.ok(res.status === 500, `with a broken database GET /todos should answer 500; got ${answer(res)}`);
    const id = res.headers['x-request-id'];
    assert.ok(id, 'the 500 answer should carry an X-Request-Id header');
    assert.ok(res.body?.error?.requestId === id, `the body of a 500 should include the id, as {"error": {…, "requestId": "${id}"}}, so a user can quote it; got ${answer(res)}`);
    assert.ok(res.body.error.code === 'internal_error', 'the 500 body should keep its "code": "internal_error"');
    assert.ok(!/no such table|SqliteError|at /.test(res.text), `the 500 body must not show internal details; got ${answer(res)}`);

    const errors = logger.lines.filter((l) => l.level === 'error');
    assert.ok(errors.length === 1, `the unexpected error should be logged once; got ${JSON.stringify(logger.lines)}`);
    for (const line of logger.lines) {
      assert.ok(line.requestId === id, `every log line written for the request should have "requestId": "${id}"; got ${JSON.stringify(line)}`);
    }
  });
});
