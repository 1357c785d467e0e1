// Check for the exercise "Add due dates with a new migration": through the HTTP API and the migration runner.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { openDatabase } from '../src/db.js';
import { migrate, readMigrations } from '../src/migrate.js';
import { hashPassword } from '../src/passwords.js';
import { PASSWORD, answer, createCheckApp, problemFields, signUpAndLogIn } from './support/helpers.js';

describe('due dates over HTTP', () => {
  let app;
  let ada;
  before(async () => {
    ({ app } = createCheckApp());
    ada = await signUpAndLogIn(app);
  });

  const post = (body) => request(app).post('/todos').set('Authorization', ada).send(body);
  const patch = (id, body) => request(app).patch(`/todos/${id}`).set('Authorization', ada).send(body);

  it('POST /todos takes a dueDate and returns it', async () => {
    const res = await post({ title: 'File taxes', dueDate: '2030-04-15' });
    assert.ok(res.status === 201, `POST /todos with "dueDate": "2030-04-15" should answer 201; got ${answer(res)}`);
    assert.ok(res.body.dueDate === '2030-04-15', `the new todo should have "dueDate": "2030-04-15"; got ${answer(res)}`);

    const read = await request(app).get(`/todos/${res.body.id}`).set('Authorization', ada);
    assert.ok(read.body.dueDate === '2030-04-15', `GET /todos/${res.body.id} should return the due date; got ${answer(read)}`);
  });

  it('a todo without a due date has "dueDate": null', async () => {
    const res = await post({ title: 'Someday' });
    assert.ok(res.status === 201, `POST /todos without a dueDate should still answer 201; got ${answer(res)}`);
    assert.ok('dueDate' in res.body, `every todo should include "dueDate" (null when it has none); got ${answer(res)}`);
    assert.ok(res.body.dueDate === null, `a todo created without a due date should have "dueDate": null; got ${answer(res)}`);
  });

  it('accepts a real calendar date such as a leap day', async () => {
    const res = await post({ title: 'Leap', dueDate: '2028-02-29' });
    assert.ok(res.status === 201, `"dueDate": "2028-02-29" is a real date (2028 is a leap year) and should be accepted; got ${answer(res)}`);
  });

  for (const bad of ['2030-02-30', '2029-02-29', '2030-13-01', '31/01/2030', '2030-1-5', '2030-01-31T10:00:00Z', 'tomorrow', '', 20300131]) {
    it(`rejects "dueDate": ${JSON.stringify(bad)} with 400`, async () => {
      const res = await post({ title: 'Bad date', dueDate: bad });
      assert.ok(res.status === 400, `POST /todos with "dueDate": ${JSON.stringify(bad)} should answer 400 (a due date is a real date written YYYY-MM-DD); got ${answer(res)}`);
      assert.ok(problemFields(res).includes('dueDate'), `the 400 answer should list a problem with "field": "dueDate" in error.details; got ${answer(res)}`);
    });
  }

  it('PATCH sets, keeps and removes the due date', async () => {
    const { body: todo } = await post({ title: 'Renew passport', dueDate: '2030-01-31' });

    const onlyDate = await patch(todo.id, { dueDate: '2031-12-01' });
    assert.ok(onlyDate.status === 200, `PATCH /todos/:id with only {"dueDate": "2031-12-01"} should answer 200; got ${answer(onlyDate)}`);
    assert.ok(onlyDate.body.dueDate === '2031-12-01', `PATCH {"dueDate": "2031-12-01"} should change the due date; got ${answer(onlyDate)}`);

    const other = await patch(todo.id, { completed: true });
    assert.ok(other.body.dueDate === '2031-12-01', `PATCH {"completed": true} should leave the due date as it was; got ${answer(other)}`);

    const cleared = await patch(todo.id, { dueDate: null });
    assert.ok(cleared.status === 200, `PATCH {"dueDate": null} should answer 200 (it removes the due date); got ${answer(cleared)}`);
    assert.ok(cleared.body.dueDate === null, `PATCH {"dueDate": null} should remove the due date; got ${answer(cleared)}`);
    const read = await request(app).get(`/todos/${todo.id}`).set('Authorization', ada);
    assert.ok(read.body.dueDate === null, `after PATCH {"dueDate": null}, GET should show "dueDate": null; got ${answer(read)}`);
  });

  it('PATCH rejects an invalid dueDate and changes nothing', async () => {
    const { body: todo } = await post({ title: 'Dentist', dueDate: '2030-06-01' });
    const res = await patch(todo.id, { dueDate: '2030-06-31' });
    assert.ok(res.status === 400, `PATCH with "dueDate": "2030-06-31" (June has 30 days) should answer 400; got ${answer(res)}`);
    const read = await request(app).get(`/todos/${todo.id}`).set('Authorization', ada);
    assert.ok(read.body.dueDate === '2030-06-01', `a rejected PATCH should change nothing; got ${answer(read)}`);
  });
});

describe('the migration', () => {
  const STARTER_COLUMNS = ['id', 'user_id', 'title', 'completed', 'created_at', 'updated_at'];
  let dir; // the starter's migrations only (versions 1 to 3): a database as it was before this exercise

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'due-dates-'));
    for (const m of readMigrations().filter((m) => m.version <= 3)) {
      fs.writeFileSync(path.join(dir, `${String(m.version).padStart(3, '0')}_${m.name}.sql`), m.sql);
    }
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('adds the due date in a new migration, not by editing 001 to 003', () => {
    assert.ok(
      readMigrations().some((m) => m.version > 3),
      'add a new migration file after the starter’s three, such as migrations/004_add_due_date.sql',
    );
    const db = openDatabase(':memory:');
    migrate(db, dir);
    const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('todos');
    db.close();
    assert.ok(
      isDeepStrictEqual(columns, STARTER_COLUMNS),
      `after migrations 001 to 003 the todos table should be exactly as in the starter; got columns ${columns.join(', ')}. ` +
        'Never edit a migration that has already run: databases that ran it before would never get your change.',
    );
  });

  it('upgrades an existing database and keeps its todos', async () => {
    const db = openDatabase(':memory:');
    migrate(db, dir);
    const user = db.prepare('INSERT INTO users (email, password_hash) VALUES (?, ?) RETURNING id').get('old@example.com', await hashPassword(PASSWORD));
    const todo = db.prepare("INSERT INTO todos (user_id, title) VALUES (?, 'written before the upgrade') RETURNING id").get(user.id);

    const applied = migrate(db);
    assert.ok(applied.length > 0, 'migrate() should apply your new migration to a database that only had 001 to 003');

    const { app } = createCheckApp({ db });
    const login = await request(app).post('/auth/login').send({ email: 'old@example.com', password: PASSWORD });
    const res = await request(app).get(`/todos/${todo.id}`).set('Authorization', `Bearer ${login.body.token}`);
    assert.ok(res.status === 200, `a todo written before the upgrade should still be there; got ${answer(res)}`);
    assert.ok(res.body.title === 'written before the upgrade', `the todo written before the upgrade should keep its title; got ${answer(res)}`);
    assert.ok(res.body.dueDate === null, `a todo written before the upgrade should have "dueDate": null; got ${answer(res)}`);
    db.close();
  });
});
