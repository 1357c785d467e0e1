import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { memoryLogger, testApp } from './helpers.js';

describe('error responses', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const { app } = testApp();
    const res = await request(app).get('/nope').expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'No route for GET /nope' } });
  });

  it('answers malformed JSON with a 400', async () => {
    const { app, bearer } = testApp();
    const res = await request(app)
      .post('/tasks')
      .set('Authorization', await bearer('alice'))
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    expect(res.body).toMatchObject({ error: { code: 'invalid_json' } });
  });

  it('hides the details of unexpected errors from the client but logs them', async () => {
    const tasks = new InMemoryTaskRepository();
    tasks.list = () => Promise.reject(new Error('connection to db-primary:5432 refused'));
    const { logger, lines } = memoryLogger();
    const { app, bearer } = testApp({ tasks, logger });

    const res = await request(app).get('/tasks').set('Authorization', await bearer('alice')).expect(500);

    expect(res.body).toEqual({ error: { code: 'internal_error', message: 'Something went wrong' } });
    expect(JSON.stringify(res.body)).not.toContain('db-primary');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50, // error
      err: { message: 'connection to db-primary:5432 refused', stack: expect.stringContaining('Error:') as string },
      res: { statusCode: 500 },
      req: { headers: { authorization: '[Redacted]' } },
    });
  });

  it('tags every response with a request id, reusing the caller’s', async () => {
    const { app } = testApp();
    const generated = await request(app).get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const forwarded = await request(app).get('/health').set('X-Request-Id', 'abc-123');
    expect(forwarded.headers['x-request-id']).toBe('abc-123');
  });
});
