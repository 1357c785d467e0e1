// Reference solution of backend-beginner's "list-query-tests": unit tests of parseListQuery that fail on each bug
// the check plants (exercises/support/plant-bug/bugs.mjs).
export default () => [
  {
    file: 'test/list-query.test.js',
    content: `// Unit tests of the GET /todos query rules: plain function calls, no HTTP and no database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from '../src/errors.js';
import { parseListQuery } from '../src/validation.js';

/** Runs fn, expects a 400, and returns the fields of the problems it listed. */
function problemFields(fn) {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof HttpError);
    assert.equal(err.status, 400);
    return err.details.map((d) => d.field);
  }
  assert.fail('expected a validation error');
}

describe('parseListQuery', () => {
  it('has defaults: the first 20, no filter', () => {
    const list = parseListQuery({});
    assert.equal(list.limit, 20);
    assert.equal(list.offset, 0);
    assert.equal(list.completed, undefined);
    assert.equal(list.q, undefined);
  });

  it('reads completed=true and completed=false as booleans', () => {
    assert.equal(parseListQuery({ completed: 'true' }).completed, true);
    assert.equal(parseListQuery({ completed: 'false' }).completed, false);
  });

  it('refuses any other completed value', () => {
    for (const completed of ['yes', '1', 'TRUE', '']) assert.deepEqual(problemFields(() => parseListQuery({ completed })), ['completed'], completed);
  });

  it('takes a whole limit from 1 to 100', () => {
    assert.equal(parseListQuery({ limit: '1' }).limit, 1);
    assert.equal(parseListQuery({ limit: '100' }).limit, 100);
    for (const limit of ['0', '-5', '101', '2.5', '10abc', 'abc', '']) assert.deepEqual(problemFields(() => parseListQuery({ limit })), ['limit'], limit);
  });

  it('takes a whole offset of 0 or more', () => {
    assert.equal(parseListQuery({ offset: '0' }).offset, 0);
    assert.equal(parseListQuery({ offset: '40' }).offset, 40);
    for (const offset of ['-1', '1.5', 'ten']) assert.deepEqual(problemFields(() => parseListQuery({ offset })), ['offset'], offset);
  });

  it('trims the search text and ignores an empty one', () => {
    assert.equal(parseListQuery({ q: '  milk ' }).q, 'milk');
    assert.equal(parseListQuery({ q: '   ' }).q, undefined);
  });

  it('lists every problem at once', () => {
    assert.deepEqual(problemFields(() => parseListQuery({ completed: 'yes', limit: '0', offset: '-1' })).sort(), ['completed', 'limit', 'offset']);
  });
});
`,
  },
];
