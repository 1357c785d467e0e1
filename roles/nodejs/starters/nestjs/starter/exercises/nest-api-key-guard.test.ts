// Check of the exercise "Guard the writes with an API key" (README): a guard on POST /tasks, reading API_KEY.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exerciseApp } from './helpers';

const KEY = 'exercise-check-api-key';

describe('the API key guard', () => {
  let app: INestApplication;
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.API_KEY;
    process.env.API_KEY = KEY;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.API_KEY;
    else process.env.API_KEY = saved;
  });
  beforeEach(async () => {
    app = await exerciseApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('refuses POST /tasks without an x-api-key header', async () => {
    const res = await request(app.getHttpServer()).post('/tasks').send({ title: 'sneaky' });
    expect(res.status, `POST /tasks without x-api-key should answer 401; got ${res.status}`).toBe(401);
    const listed = await request(app.getHttpServer()).get('/tasks');
    expect(listed.body.items, 'a refused POST should create nothing').toEqual([]);
  });

  it('refuses POST /tasks with the wrong key', async () => {
    const res = await request(app.getHttpServer()).post('/tasks').set('x-api-key', 'wrong').send({ title: 'sneaky' });
    expect(res.status, `POST /tasks with a wrong x-api-key should answer 401; got ${res.status}`).toBe(401);
  });

  it('lets POST /tasks through with the key from API_KEY', async () => {
    const res = await request(app.getHttpServer()).post('/tasks').set('x-api-key', KEY).send({ title: 'allowed' });
    expect(res.status, `POST /tasks with the right x-api-key should answer 201; got ${res.status} ${JSON.stringify(res.body)}`).toBe(201);
  });

  it('checks the key before the body: a bad body without a key is a 401, not a 400', async () => {
    const res = await request(app.getHttpServer()).post('/tasks').send({});
    expect(res.status, `guards run before pipes: POST /tasks with no key and an empty body should answer 401; got ${res.status}`).toBe(401);
  });

  it('keeps reads open: GET /tasks and GET /health need no key', async () => {
    const tasks = await request(app.getHttpServer()).get('/tasks');
    expect(tasks.status, `GET /tasks without a key should still answer 200; got ${tasks.status}`).toBe(200);
    const health = await request(app.getHttpServer()).get('/health');
    expect(health.status, `GET /health without a key should still answer 200; got ${health.status}`).toBe(200);
  });
});
