// Check of the exercise "Update a task" (README): PATCH /tasks/:id with an UpdateTaskDto validated by the pipe.
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTask, exerciseApp } from './helpers';

describe('PATCH /tasks/:id', () => {
  let app: INestApplication;
  beforeEach(async () => {
    app = await exerciseApp();
  });
  afterEach(async () => {
    await app.close();
  });

  const patch = (path: string, body: object) => request(app.getHttpServer()).patch(path).send(body);

  it('marks a task done, and the list shows it', async () => {
    const task = await createTask(app, 'ship it');
    const res = await patch(`/tasks/${task.id}`, { done: true });
    expect(res.status, `PATCH /tasks/${task.id} {"done":true} should answer 200; got ${res.status}`).toBe(200);
    expect(res.body, 'PATCH should answer the updated task').toEqual({ ...task, done: true });
    const listed = await request(app.getHttpServer()).get('/tasks');
    expect(listed.body.items, 'GET /tasks should show the change').toEqual([{ ...task, done: true }]);
  });

  it('changes only what the body names', async () => {
    const task = await createTask(app, 'old title');
    await patch(`/tasks/${task.id}`, { done: true });
    const res = await patch(`/tasks/${task.id}`, { title: 'new title' });
    expect(res.status, `PATCH /tasks/${task.id} {"title":"new title"} should answer 200; got ${res.status}`).toBe(200);
    expect(res.body, 'a PATCH with only a title should leave done as it was').toEqual({ ...task, title: 'new title', done: true });
  });

  it.each([
    ['done that is not a boolean', { done: 'yes' }],
    ['an empty title', { title: '' }],
    ['an unknown property', { done: true, id: 7 }],
  ])('refuses a body with %s (400, from the ValidationPipe)', async (_, body) => {
    const task = await createTask(app, 'keep me');
    const res = await patch(`/tasks/${task.id}`, body);
    expect(res.status, `PATCH /tasks/${task.id} ${JSON.stringify(body)} should answer 400; got ${res.status}`).toBe(400);
    const listed = await request(app.getHttpServer()).get('/tasks');
    expect(listed.body.items, 'a refused PATCH should change nothing').toEqual([task]);
  });

  it('answers 404 for an id no task has', async () => {
    await createTask(app, 'only');
    const res = await patch('/tasks/999', { done: true });
    expect(res.status, `PATCH /tasks/999 should answer 404; got ${res.status}`).toBe(404);
  });
});
