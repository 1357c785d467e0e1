// Shared setup for the exercise checks. It mirrors test/helpers.js on purpose, so that the checks keep working
// however you change your own tests.
import request from 'supertest';
import { createApp } from '../../src/app.js';
import { openDatabase } from '../../src/db.js';
import { createLogger } from '../../src/logger.js';
import { migrate } from '../../src/migrate.js';

export const JWT_SECRET = 'exercise-check-secret';
export const PASSWORD = 'correct horse battery';

/** Your app on its own migrated in-memory database (or on `db`, to simulate a restart). */
export function createCheckApp({ db, logger = createLogger({ silent: true }) } = {}) {
  if (!db) {
    db = openDatabase(':memory:');
    migrate(db);
  }
  return { app: createApp({ db, jwtSecret: JWT_SECRET, logger }), db };
}

/** Signs a user up and logs them in; returns the Authorization header value. */
export async function signUpAndLogIn(app, email = 'ada@example.com', password = PASSWORD) {
  const signup = await request(app).post('/auth/signup').send({ email, password });
  if (signup.status !== 201) throw new Error(`POST /auth/signup should answer 201; got ${signup.status} ${signup.text}`);
  const login = await request(app).post('/auth/login').send({ email, password });
  if (login.status !== 200 || typeof login.body.token !== 'string') {
    throw new Error(`POST /auth/login should answer 200 with a token; got ${login.status} ${login.text}`);
  }
  return `Bearer ${login.body.token}`;
}

/** The fields named in a 400 answer's error.details. */
export function problemFields(res) {
  const details = res.body?.error?.details;
  return Array.isArray(details) ? details.map((d) => d?.field) : [];
}

/** "201 {…}" for messages, cut short. */
export function answer(res) {
  const body = res.text ?? '';
  return `${res.status}${body ? ` ${body.length > 300 ? `${body.slice(0, 300)}…` : body}` : ''}`;
}
