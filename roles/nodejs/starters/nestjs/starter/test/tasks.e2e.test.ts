import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp } from './helpers';

describe('the tasks API', () => {
  let app: INestApplication;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers the health check', async () => {
    const res = await request(app.getHttpServer()).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('starts with no tasks', async () => {
    const res = await request(app.getHttpServer()).get('/tasks').expect(200);
    expect(res.body).toEqual({ items: [] });
  });

  it('creates a task and lists it', async () => {
    const created = await request(app.getHttpServer()).post('/tasks').send({ title: 'Learn NestJS' }).expect(201);
    expect(created.body).toMatchObject({ id: 1, title: 'Learn NestJS', done: false });
    const listed = await request(app.getHttpServer()).get('/tasks').expect(200);
    expect(listed.body.items).toEqual([created.body]);
  });

  it.each([
    ['no title', {}],
    ['an empty title', { title: '' }],
    ['a title that is not a string', { title: 42 }],
    ['an unknown property', { title: 'ok', owner: 'mallory' }],
  ])('refuses a body with %s (400, from the ValidationPipe)', async (_, body) => {
    const res = await request(app.getHttpServer()).post('/tasks').send(body).expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    const listed = await request(app.getHttpServer()).get('/tasks');
    expect(listed.body.items).toEqual([]);
  });
});
