import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import { testApp } from './helpers.js';

describe('/tasks', () => {
  let app: ReturnType<typeof testApp>['app'];
  let alice: string;
  let bob: string;

  beforeEach(async () => {
    const setup = testApp();
    app = setup.app;
    alice = await setup.bearer('alice');
    bob = await setup.bearer('bob');
  });

  async function createTask(title: string, as = alice) {
    const res = await request(app).post('/tasks').set('Authorization', as).send({ title }).expect(201);
    return res.body as { id: string; title: string; done: boolean };
  }

  it('creates, reads, updates and deletes a task', async () => {
    const created = await request(app)
      .post('/tasks')
      .set('Authorization', alice)
      .send({ title: '  Ship the starter  ' })
      .expect(201);
    const task = created.body as { id: string };
    expect(created.headers.location).toBe(`/tasks/${task.id}`);
    expect(created.body).toMatchObject({ title: 'Ship the starter', done: false, ownerId: 'alice' });

    await request(app).get(`/tasks/${task.id}`).set('Authorization', alice).expect(200, created.body);

    const updated = await request(app)
      .patch(`/tasks/${task.id}`)
      .set('Authorization', alice)
      .send({ done: true })
      .expect(200);
    expect(updated.body).toMatchObject({ id: task.id, title: 'Ship the starter', done: true });

    await request(app).delete(`/tasks/${task.id}`).set('Authorization', alice).expect(204);
    await request(app).get(`/tasks/${task.id}`).set('Authorization', alice).expect(404);
  });

  it('lists the caller’s tasks only', async () => {
    await createTask('one');
    await createTask('two');
    await createTask('bob’s', bob);

    const res = await request(app).get('/tasks').set('Authorization', alice).expect(200);
    expect((res.body as { items: { title: string }[] }).items.map((t) => t.title)).toEqual(['one', 'two']);
  });

  it('hides other users’ tasks behind 404s', async () => {
    const task = await createTask('private');

    await request(app).get(`/tasks/${task.id}`).set('Authorization', bob).expect(404);
    await request(app).patch(`/tasks/${task.id}`).set('Authorization', bob).send({ done: true }).expect(404);
    await request(app).delete(`/tasks/${task.id}`).set('Authorization', bob).expect(404);
    await request(app).get(`/tasks/${task.id}`).set('Authorization', alice).expect(200);
  });

  it('answers 404 for unknown and malformed ids', async () => {
    const res = await request(app)
      .get('/tasks/00000000-0000-4000-8000-000000000000')
      .set('Authorization', alice)
      .expect(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: 'Task not found' } });
    await request(app).get('/tasks/not-a-uuid').set('Authorization', alice).expect(404);
  });

  describe('validation', () => {
    it('explains what is wrong with a new task', async () => {
      const res = await request(app).post('/tasks').set('Authorization', alice).send({ title: '   ' }).expect(400);
      expect(res.body).toEqual({
        error: {
          code: 'validation_failed',
          message: 'Request is invalid',
          details: [{ path: 'title', message: 'must not be empty' }],
        },
      });
    });

    it.each([
      ['a missing title', {}],
      ['a title that is not a string', { title: 42 }],
      ['a title over 200 characters', { title: 'x'.repeat(201) }],
      ['an unknown field', { title: 'ok', priority: 'high' }],
    ])('rejects %s', async (_case, body) => {
      const res = await request(app).post('/tasks').set('Authorization', alice).send(body).expect(400);
      expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
    });

    it.each([
      ['an empty patch', {}],
      ['a done flag that is not a boolean', { done: 'yes' }],
      ['an attempt to change the owner', { ownerId: 'bob' }],
    ])('rejects %s', async (_case, body) => {
      const task = await createTask('stable');
      await request(app).patch(`/tasks/${task.id}`).set('Authorization', alice).send(body).expect(400);
      await request(app).get(`/tasks/${task.id}`).set('Authorization', alice).expect(200).expect((res) => {
        expect(res.body).toMatchObject({ title: 'stable', done: false, ownerId: 'alice' });
      });
    });
  });
});
