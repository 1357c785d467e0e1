// Check of the exercise "Get one task" (README): GET /tasks/:id, with ParseIntPipe and NotFoundException.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTask, exerciseApp } from './helpers';

describe('GET /tasks/:id', () => {
  let app: INestApplication;
  beforeEach(async () => {
    app = await exerciseApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers the task with that id', async () => {
    await createTask(app, 'first');
    const second = await createTask(app, 'second');
    const res = await request(app.getHttpServer()).get(`/tasks/${second.id}`);
    expect(res.status, `GET /tasks/${second.id} should answer 200; got ${res.status}`).toBe(200);
    expect(res.body, `GET /tasks/${second.id} should answer the task created with that id`).toEqual(second);
  });

  it('answers 404 for an id no task has', async () => {
    await createTask(app, 'only');
    const res = await request(app.getHttpServer()).get('/tasks/999');
    expect(res.status, `GET /tasks/999 should answer 404; got ${res.status}`).toBe(404);
    expect(res.body, 'the 404 should be Nest\'s JSON error (throw NotFoundException), naming the id').toMatchObject({ statusCode: 404 });
    expect(String(res.body.message), 'the 404 message should name the id, e.g. "No task 999"').toContain('999');
  });

  it('answers 400 for an id that is not a whole number', async () => {
    await createTask(app, 'only');
    const res = await request(app.getHttpServer()).get('/tasks/abc');
    expect(res.status, `GET /tasks/abc should answer 400 (ParseIntPipe); got ${res.status}`).toBe(400);
  });
});
