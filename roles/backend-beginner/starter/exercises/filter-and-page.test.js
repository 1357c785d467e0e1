// Check for the exercise "Filter, search and page the list": GET /todos with query parameters, over HTTP, and
// the parseListQuery function it asks for.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import request from 'supertest';
import { answer, createCheckApp, problemFields, signUpAndLogIn } from './support/helpers.js';

const titles = (res) => (Array.isArray(res.body) ? res.body.map((todo) => todo.title) : res.body);

describe('GET /todos?completed=…&limit=…&offset=…', () => {
  let app;
  let ada;
  // Ada has "Todo 1" to "Todo 25"; every third one (3, 6, … 24) is completed. Bob has todos of his own.
  before(async () => {
    ({ app } = createCheckApp());
    ada = await signUpAndLogIn(app, 'ada@example.com');
    const bob = await signUpAndLogIn(app, 'bob@example.com');
    for (let i = 1; i <= 25; i++) {
      await request(app).post('/todos').set('Authorization', ada).send({ title: `Todo ${i}`, completed: i % 3 === 0 }).expect(201);
    }
    await request(app).post('/todos').set('Authorization', bob).send({ title: 'Todo of Bob' }).expect(201);
  });

  const list = (query) => request(app).get(`/todos${query}`).set('Authorization', ada);

  it('?limit=10&offset=20 returns the last 5 of 25 todos', async () => {
    const res = await list('?limit=10&offset=20');
    assert.ok(res.status === 200, `GET /todos?limit=10&offset=20 should answer 200; got ${answer(res)}`);
    assert.ok(isDeepStrictEqual(titles(res), ['Todo 21', 'Todo 22', 'Todo 23', 'Todo 24', 'Todo 25']), `GET /todos?limit=10&offset=20 should skip 20 todos and return the 5 left, oldest first; got ${JSON.stringify(titles(res))}`);
  });

  it('?limit=3 returns the first 3', async () => {
    const res = await list('?limit=3');
    assert.ok(isDeepStrictEqual(titles(res), ['Todo 1', 'Todo 2', 'Todo 3']), `GET /todos?limit=3 should return the 3 oldest todos; got ${JSON.stringify(titles(res))}`);
  });

  it('without limit returns at most 20 todos', async () => {
    const res = await list('');
    assert.ok(res.status === 200, `GET /todos should answer 200; got ${answer(res)}`);
    assert.ok(res.body.length === 20, `GET /todos without a limit should return 20 todos (the default page size); got ${res.body.length}`);
    assert.ok(res.body[0].title === 'Todo 1', 'the list should start with the oldest todo');
  });

  it('sends the number of matching todos in an X-Total-Count header', async () => {
    const all = await list('?limit=10&offset=20');
    assert.ok(all.headers['x-total-count'] === '25', `GET /todos?limit=10&offset=20 should send "X-Total-Count: 25" (all matching todos, whatever the page); got ${all.headers['x-total-count']}`);
    const done = await list('?completed=true&limit=2');
    assert.ok(done.headers['x-total-count'] === '8', `GET /todos?completed=true&limit=2 should send "X-Total-Count: 8" (Ada has 8 completed todos); got ${done.headers['x-total-count']}`);
  });

  it('?completed=true and ?completed=false filter the list', async () => {
    const done = await list('?completed=true');
    assert.ok(isDeepStrictEqual(titles(done), [3, 6, 9, 12, 15, 18, 21, 24].map((i) => `Todo ${i}`)), `GET /todos?completed=true should return only the 8 completed todos; got ${JSON.stringify(titles(done))}`);
    const open = await list('?completed=false');
    assert.ok(open.body.length === 17, `GET /todos?completed=false should return the 17 open todos; got ${Array.isArray(open.body) ? open.body.length : answer(open)}`);
    assert.ok(open.body.every((todo) => todo.completed === false), 'GET /todos?completed=false should return only todos with "completed": false');
  });

  it('combines a filter with paging: ?completed=true&limit=2&offset=2', async () => {
    const res = await list('?completed=true&limit=2&offset=2');
    assert.ok(isDeepStrictEqual(titles(res), ['Todo 9', 'Todo 12']), `GET /todos?completed=true&limit=2&offset=2 should return the 3rd and 4th completed todos; got ${JSON.stringify(titles(res))}`);
  });

  it('never shows another user’s todos', async () => {
    const res = await list('?limit=100');
    assert.ok(!titles(res).includes('Todo of Bob'), 'Ada’s list must never include Bob’s todos');
  });

  const bad = [
    ['?limit=0', ['limit']],
    ['?limit=101', ['limit']],
    ['?limit=abc', ['limit']],
    ['?limit=2.5', ['limit']],
    ['?offset=-1', ['offset']],
    ['?offset=ten', ['offset']],
    ['?completed=yes', ['completed']],
    ['?limit=abc&offset=-1&completed=1', ['limit', 'offset', 'completed']],
  ];
  for (const [query, fields] of bad) {
    it(`answers ${query} with 400 naming ${fields.join(', ')}`, async () => {
      const res = await list(query);
      assert.ok(res.status === 400, `GET /todos${query} should answer 400; got ${answer(res)}`);
      assert.ok(res.body?.error?.code === 'validation_failed', `the 400 answer should use the usual error format with "code": "validation_failed"; got ${answer(res)}`);
      for (const field of fields) {
        assert.ok(problemFields(res).includes(field), `GET /todos${query} should list a problem with "field": "${field}" in error.details; got ${answer(res)}`);
      }
    });
  }
});

describe('GET /todos?q=… (search)', () => {
  let app;
  let ada;
  let bob;
  before(async () => {
    ({ app } = createCheckApp());
    ada = await signUpAndLogIn(app, 'ada@example.com');
    bob = await signUpAndLogIn(app, 'bob@example.com');
    for (const title of ['Buy MILK', 'Milk the cow', 'Bake bread', 'Save 50% now', 'Buy 500 nails', 'rename snake_case', 'rename snakeXcase', 'it’s done', "it's done"]) {
      await request(app).post('/todos').set('Authorization', ada).send({ title }).expect(201);
    }
    await request(app).post('/todos').set('Authorization', bob).send({ title: 'Bob buys milk' }).expect(201);
  });

  const search = (q, as = ada) => request(app).get('/todos').query({ q }).set('Authorization', as);

  it('?q=milk finds titles containing "milk", whatever the case', async () => {
    const res = await search('milk');
    assert.ok(res.status === 200, `GET /todos?q=milk should answer 200; got ${answer(res)}`);
    assert.ok(isDeepStrictEqual(titles(res), ['Buy MILK', 'Milk the cow']), `GET /todos?q=milk should return Ada’s todos whose title contains "milk" in any case; got ${JSON.stringify(titles(res))}`);
  });

  it('treats % and _ in ?q= as plain characters', async () => {
    const percent = await search('50%');
    assert.ok(isDeepStrictEqual(titles(percent), ['Save 50% now']), `GET /todos?q=50%25 should find only "Save 50% now"; got ${JSON.stringify(titles(percent))}. In LIKE, % and _ are wildcards unless you escape them.`);
    const underscore = await search('e_c');
    assert.ok(isDeepStrictEqual(titles(underscore), ['rename snake_case']), `GET /todos?q=e_c should find only "rename snake_case"; got ${JSON.stringify(titles(underscore))}`);
  });

  it('passes ?q= to SQL as a parameter, so SQL in it is just text', async () => {
    const injection = await search("' OR 1=1 --");
    assert.ok(injection.status === 200, `GET /todos?q=' OR 1=1 -- should answer 200 (it is just a search text); got ${answer(injection)}`);
    assert.ok(isDeepStrictEqual(titles(injection), []), `GET /todos?q=' OR 1=1 -- should find nothing; got ${JSON.stringify(titles(injection))}. Pass the search text as a ? parameter, never inside the SQL string.`);
    const quote = await search("it's");
    assert.ok(quote.status === 200, `GET /todos?q=it's should answer 200; got ${answer(quote)}`);
    assert.ok(isDeepStrictEqual(titles(quote), ["it's done"]), `GET /todos?q=it's should find "it's done"; got ${JSON.stringify(titles(quote))}`);
  });

  it('searches only the logged-in user’s todos', async () => {
    const res = await search('milk', bob);
    assert.ok(isDeepStrictEqual(titles(res), ['Bob buys milk']), `Bob searching for "milk" should find only his own todo; got ${JSON.stringify(titles(res))}`);
  });

  it('ignores an empty ?q=', async () => {
    const res = await search('  ');
    assert.ok(res.body.length === 9, `GET /todos?q=%20%20 (only spaces) should return all 9 todos; got ${Array.isArray(res.body) ? res.body.length : answer(res)}`);
  });
});

describe('parseListQuery', () => {
  it('is exported from src/validation.js and returns the values to use', async () => {
    const validation = await import('../src/validation.js');
    assert.ok(typeof validation.parseListQuery === 'function', 'export a function parseListQuery(query) from src/validation.js that reads and checks the query parameters of GET /todos');
    const { parseListQuery } = validation;

    const values = ({ completed, q, limit, offset }) => ({ completed, q, limit, offset });

    const defaults = parseListQuery({});
    assert.ok(
      isDeepStrictEqual(values(defaults), { completed: undefined, q: undefined, limit: 20, offset: 0 }),
      `parseListQuery({}) should give limit 20, offset 0, and no completed or q; got ${JSON.stringify(defaults)}`,
    );
    const given = parseListQuery({ completed: 'false', q: '  milk ', limit: '5', offset: '10' });
    assert.ok(
      isDeepStrictEqual(values(given), { completed: false, q: 'milk', limit: 5, offset: 10 }),
      `parseListQuery({ completed: 'false', q: '  milk ', limit: '5', offset: '10' }) should give { completed: false, q: 'milk', limit: 5, offset: 10 }; got ${JSON.stringify(given)}`,
    );
  });
});
