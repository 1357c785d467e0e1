// Check for the exercise "PUT next to PATCH": PUT /todos/:id over HTTP.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { answer, createCheckApp, problemFields, signUpAndLogIn } from './support/helpers.js';

/** The todo without the fields that change on every write. */
const state = ({ updatedAt: _, ...todo }) => todo;

describe('PUT /todos/:id', () => {
  let app;
  let ada;
  let bob;
  before(async () => {
    ({ app } = createCheckApp());
    ada = await signUpAndLogIn(app, 'ada@example.com');
    bob = await signUpAndLogIn(app, 'bob@example.com');
  });

  const create = async (body) => (await request(app).post('/todos').set('Authorization', ada).send(body).expect(201)).body;
  const put = (id, body, as = ada) => request(app).put(`/todos/${id}`).set('Authorization', as).send(body);
  const read = async (id) => (await request(app).get(`/todos/${id}`).set('Authorization', ada)).body;

  it('replaces the todo and answers 200 with it', async () => {
    const todo = await create({ title: 'Draft', completed: false });
    const res = await put(todo.id, { title: 'Final', completed: true });
    assert.ok(res.status === 200, `PUT /todos/${todo.id} with {"title": "Final", "completed": true} should answer 200; got ${answer(res)}`);
    assert.ok(res.body.id === todo.id, `PUT should answer with the replaced todo (same id); got ${answer(res)}`);
    assert.ok(res.body.title === 'Final', `PUT should answer with the new title; got ${answer(res)}`);
    assert.ok(res.body.completed === true, `PUT should answer with the new completed; got ${answer(res)}`);
    const stored = await read(todo.id);
    assert.ok(stored.title === 'Final', `after the PUT, GET /todos/${todo.id} should show the new title; got ${JSON.stringify(stored)}`);
    assert.ok(stored.completed === true, `after the PUT, GET /todos/${todo.id} should show the new completed; got ${JSON.stringify(stored)}`);
  });

  it('is idempotent: the same PUT twice leaves the same state as once', async () => {
    const todo = await create({ title: 'Water plants', completed: true });
    const body = { title: 'Water the plants', completed: false };
    const first = await put(todo.id, body);
    assert.ok(first.status === 200, `PUT /todos/${todo.id} should answer 200; got ${answer(first)}`);
    const once = await read(todo.id);
    const second = await put(todo.id, body);
    assert.ok(second.status === 200, `sending the same PUT again should answer 200 again; got ${answer(second)}`);
    assert.ok(isDeepStrictEqual(state(await read(todo.id)), state(once)), 'sending the same PUT twice should leave the todo as after the first one');
  });

  for (const [body, missing] of [
    [{ title: 'Only a title' }, ['completed']],
    [{ completed: true }, ['title']],
    [{}, ['title', 'completed']],
  ]) {
    it(`needs the whole todo: ${JSON.stringify(body)} is a 400 naming ${missing.join(' and ')}`, async () => {
      const todo = await create({ title: 'Keep me', completed: false });
      const res = await put(todo.id, body);
      assert.ok(res.status === 400, `PUT /todos/:id with ${JSON.stringify(body)} should answer 400: a PUT sends the whole todo, both title and completed; got ${answer(res)}`);
      for (const field of missing) {
        assert.ok(problemFields(res).includes(field), `the 400 answer should list a problem with "field": "${field}"; got ${answer(res)}`);
      }
      assert.ok((await read(todo.id)).title === 'Keep me', 'a rejected PUT should change nothing');
    });
  }

  it('rejects invalid values with 400 and changes nothing', async () => {
    const todo = await create({ title: 'Stay', completed: false });
    const res = await put(todo.id, { title: '  ', completed: 'yes' });
    assert.ok(res.status === 400, `PUT with {"title": "  ", "completed": "yes"} should answer 400; got ${answer(res)}`);
    const stored = await read(todo.id);
    assert.ok(stored.title === 'Stay', 'a rejected PUT should change nothing');
  });

  it('answers 404 for a todo that does not exist, or is someone else’s, and changes nothing', async () => {
    const missing = await put(99999, { title: 'Ghost', completed: false });
    assert.ok(missing.status === 404, `PUT /todos/99999 should answer 404 (this API does not create todos with PUT); got ${answer(missing)}`);
    const todo = await create({ title: 'Ada’s', completed: false });
    const other = await put(todo.id, { title: 'Bob’s now', completed: true }, bob);
    assert.ok(other.status === 404, `Bob’s PUT on Ada’s todo should answer 404; got ${answer(other)}`);
    assert.ok((await read(todo.id)).title === 'Ada’s', 'Bob’s PUT must not change Ada’s todo');
  });

  it('resets fields that the PUT leaves out, such as dueDate (after exercise 1)', async (t) => {
    const todo = await create({ title: 'Pay rent', completed: false, dueDate: '2030-05-01' });
    if (todo.dueDate === undefined) return t.skip('your todos have no dueDate (exercise 1) yet');
    const res = await put(todo.id, { title: 'Pay rent', completed: true });
    assert.ok(res.body.dueDate === null, `a PUT without "dueDate" replaces the whole todo, so its due date should become null; got ${answer(res)}`);
  });
});
