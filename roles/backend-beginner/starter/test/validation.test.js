// Unit tests: plain function calls, no HTTP and no database.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HttpError } from '../src/errors.js';
import { parseCredentials, parseTodo } from '../src/validation.js';

/** Runs fn, expects it to throw a 400, and returns the problems it listed. */
function problemsOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof HttpError);
    assert.equal(err.status, 400);
    return err.details;
  }
  assert.fail('expected a validation error');
}

describe('parseCredentials', () => {
  it('normalises the email address', () => {
    assert.deepEqual(parseCredentials({ email: '  Ada@Example.COM ', password: 'long enough' }), {
      email: 'ada@example.com',
      password: 'long enough',
    });
  });

  it('lists every problem at once', () => {
    assert.deepEqual(problemsOf(() => parseCredentials({ email: 'not-an-email', password: 'short' })), [
      { field: 'email', message: 'must be an email address' },
      { field: 'password', message: 'must be at least 8 characters' },
    ]);
  });

  it('treats a missing body as missing fields', () => {
    assert.equal(problemsOf(() => parseCredentials(undefined)).length, 2);
  });

  it('refuses passwords longer than bcrypt can use', () => {
    assert.deepEqual(problemsOf(() => parseCredentials({ email: 'a@b.co', password: 'x'.repeat(73) })), [
      { field: 'password', message: 'must be at most 72 bytes' },
    ]);
  });
});

describe('parseTodo', () => {
  it('trims the title and keeps completed', () => {
    assert.deepEqual(parseTodo({ title: '  Buy milk ', completed: true }), { title: 'Buy milk', completed: true });
  });

  it('requires a title for a new todo', () => {
    assert.deepEqual(problemsOf(() => parseTodo({})), [{ field: 'title', message: 'must be a non-empty string' }]);
    assert.deepEqual(problemsOf(() => parseTodo({ title: '   ' })), [{ field: 'title', message: 'must be a non-empty string' }]);
  });

  it('rejects a title over 200 characters and a completed that is not a boolean', () => {
    assert.deepEqual(problemsOf(() => parseTodo({ title: 'x'.repeat(201), completed: 'yes' })), [
      { field: 'title', message: 'must be at most 200 characters' },
      { field: 'completed', message: 'must be true or false' },
    ]);
  });

  it('accepts any one field for a partial update, but not none', () => {
    assert.deepEqual(parseTodo({ completed: false }, { partial: true }), { completed: false });
    assert.deepEqual(parseTodo({ title: 'New' }, { partial: true }), { title: 'New' });
    assert.equal(problemsOf(() => parseTodo({}, { partial: true })).length, 1);
  });
});
