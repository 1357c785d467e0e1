import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import request from 'supertest';
import { createTestApp, signUpAndLogIn } from './helpers.js';

describe('/todos', () => {
  let app;
  let ada; // Authorization header values
  let bob;

  beforeEach(async () => {
    ({ app } = createTestApp());
    ada = await signUpAndLogIn(app, 'ada@example.com');
    bob = await signUpAndLogIn(app, 'bob@example.com');
  });

  const create = (title, as = ada) => request(app).post('/todos').set('Authorization', as).send({ title }).expect(201);

  it('requires a logged-in user', async () => {
    const res = await request(app).get('/todos').expect(401);
    assert.equal(res.body.error.code, 'unauthorized');
  });

  it('creates, reads, updates and deletes a todo', async () => {
    const created = await create('  Learn SQL  ');
    assert.equal(created.headers.location, `/todos/${created.body.id}`);
    assert.equal(created.body.title, 'Learn SQL');
    assert.equal(created.body.completed, false);

    const url = `/todos/${created.body.id}`;
    const read = await request(app).get(url).set('Authorization', ada).expect(200);
    assert.deepEqual(read.body, created.body);

    const updated = await request(app).patch(url).set('Authorization', ada).send({ completed: true }).expect(200);
    assert.equal(updated.body.completed, true);
    assert.equal(updated.body.title, 'Learn SQL', 'fields that were not sent keep their value');

    const renamed = await request(app).patch(url).set('Authorization', ada).send({ title: 'Learn more SQL' }).expect(200);
    assert.equal(renamed.body.title, 'Learn more SQL');
    assert.equal(renamed.body.completed, true);

    const deleted = await request(app).delete(url).set('Authorization', ada).expect(204);
    assert.equal(deleted.text, '');
    await request(app).get(url).set('Authorization', ada).expect(404);
    await request(app).delete(url).set('Authorization', ada).expect(404);
  });

  it('lists only the user’s own todos, oldest first', async () => {
    await create('first');
    await create('second');
    await create('bob’s', bob);

    const res = await request(app).get('/todos').set('Authorization', ada).expect(200);
    assert.deepEqual(
      res.body.map((todo) => todo.title),
      ['first', 'second'],
    );
  });

  it('answers 404 when a user touches someone else’s todo, and changes nothing', async () => {
    const { body: todo } = await create('private');
    const url = `/todos/${todo.id}`;

    await request(app).get(url).set('Authorization', bob).expect(404);
    await request(app).patch(url).set('Authorization', bob).send({ title: 'mine now' }).expect(404);
    await request(app).delete(url).set('Authorization', bob).expect(404);

    const res = await request(app).get(url).set('Authorization', ada).expect(200);
    assert.equal(res.body.title, 'private');
  });

  it('answers 404 for ids that do not exist or are not numbers', async () => {
    const res = await request(app).get('/todos/12345').set('Authorization', ada).expect(404);
    assert.deepEqual(res.body, { error: { code: 'not_found', message: 'Todo not found' } });
    await request(app).get('/todos/abc').set('Authorization', ada).expect(404);
  });

  it('validates new todos and changes', async () => {
    const missing = await request(app).post('/todos').set('Authorization', ada).send({}).expect(400);
    assert.deepEqual(missing.body.error.details, [{ field: 'title', message: 'must be a non-empty string' }]);

    const { body: todo } = await create('valid');
    const url = `/todos/${todo.id}`;
    await request(app).patch(url).set('Authorization', ada).send({}).expect(400);
    await request(app).patch(url).set('Authorization', ada).send({ completed: 'yes' }).expect(400);
  });

  it('answers a body that is not JSON with 400', async () => {
    const res = await request(app)
      .post('/todos')
      .set('Authorization', ada)
      .set('Content-Type', 'application/json')
      .send('{"title": ')
      .expect(400);
    assert.equal(res.body.error.code, 'invalid_json');
  });
});

describe('errors', () => {
  it('answers unknown routes with a JSON 404', async () => {
    const { app } = createTestApp();
    const res = await request(app).get('/nope').expect(404);
    assert.deepEqual(res.body, { error: { code: 'not_found', message: 'There is no GET /nope' } });
  });

  it('hides unexpected errors from the client and logs them', async () => {
    const logged = [];
    const logger = { info() {}, error: (message, fields) => logged.push({ message, ...fields }) };
    const { app, db } = createTestApp({ logger });
    const ada = await signUpAndLogIn(app);
    db.exec('DROP TABLE todos'); // simulate a broken database

    const res = await request(app).get('/todos').set('Authorization', ada).expect(500);

    assert.deepEqual(res.body, { error: { code: 'internal_error', message: 'Something went wrong' } });
    assert.equal(logged.length, 1);
    assert.match(logged[0].error, /no such table: todos/);
  });
});
