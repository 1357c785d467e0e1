// Shared setup for the tests (Node 20's test runner also runs this file; it has no tests of its own).
import request from 'supertest';
import { createApp } from '../src/app.js';
import { openDatabase } from '../src/db.js';
import { createLogger } from '../src/logger.js';
import { migrate } from '../src/migrate.js';

export const JWT_SECRET = 'test-secret';

/** A fresh app on its own empty in-memory database, so tests cannot affect each other. */
export function createTestApp({ logger = createLogger({ silent: true }) } = {}) {
  const db = openDatabase(':memory:');
  migrate(db);
  return { app: createApp({ db, jwtSecret: JWT_SECRET, logger }), db };
}

/** Signs a user up, logs them in and returns the Authorization header value to send. */
export async function signUpAndLogIn(app, email = 'ada@example.com', password = 'correct horse battery') {
  await request(app).post('/auth/signup').send({ email, password }).expect(201);
  const res = await request(app).post('/auth/login').send({ email, password }).expect(200);
  return `Bearer ${res.body.token}`;
}
