import { badRequest } from './errors.js';

// Good enough to catch typos; the only real proof of an email address is sending a message to it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sign-up and login bodies: { email, password }. Throws a 400 that lists every problem at once. */
export function parseCredentials(body = {}) {
  const problems = [];
  const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
  if (!EMAIL.test(email)) problems.push({ field: 'email', message: 'must be an email address' });

  const { password } = body;
  if (typeof password !== 'string' || password.length < 8) {
    problems.push({ field: 'password', message: 'must be at least 8 characters' });
  } else if (Buffer.byteLength(password) > 72) {
    // bcrypt silently ignores everything after the 72nd byte, so refuse longer passwords instead.
    problems.push({ field: 'password', message: 'must be at most 72 bytes' });
  }

  if (problems.length > 0) throw badRequest(problems);
  return { email, password };
}

/** Todo bodies: { title, completed }. With `partial` (for PATCH) every field is optional, but one is needed. */
export function parseTodo(body = {}, { partial = false } = {}) {
  const problems = [];
  const todo = {};

  if (body.title !== undefined || !partial) {
    const title = typeof body.title === 'string' ? body.title.trim() : '';
    if (title === '') problems.push({ field: 'title', message: 'must be a non-empty string' });
    else if (title.length > 200) problems.push({ field: 'title', message: 'must be at most 200 characters' });
    else todo.title = title;
  }

  if (body.completed !== undefined) {
    if (typeof body.completed !== 'boolean') problems.push({ field: 'completed', message: 'must be true or false' });
    else todo.completed = body.completed;
  }

  if (partial && body.title === undefined && body.completed === undefined) {
    problems.push({ field: 'title', message: 'send at least one of title and completed' });
  }

  if (problems.length > 0) throw badRequest(problems);
  return todo;
}
