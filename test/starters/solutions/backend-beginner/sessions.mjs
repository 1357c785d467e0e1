// Reference solution of backend-beginner's "sessions": a sessions table (new migration) holding a hash of each
// random session id, an HttpOnly cookie set at login, requireAuth accepting the cookie next to Bearer tokens, and
// POST /auth/logout. Applied after change-password (migration 006).
export default () => [
  {
    file: 'migrations/006_create_sessions.sql',
    content: `-- One row per logged-in browser. id is the SHA-256 of the cookie's value: a copy of the database opens no session.
CREATE TABLE sessions (
  id         TEXT    PRIMARY KEY,
  user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  expires_at TEXT    NOT NULL
);
CREATE INDEX sessions_user_id ON sessions (user_id);
`,
  },
  {
    file: 'src/repositories/sessions.js',
    content: `// All SQL about sessions lives here. The session id itself only ever travels in the cookie; the table keeps
// its hash, so the ids cannot be read back from the database.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_DAYS = 7;

const digest = (id) => createHash('sha256').update(id).digest('hex');

export function createSessionRepository(db) {
  const insert = db.prepare(\`
    INSERT INTO sessions (id, user_id, expires_at)
    VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+\${SESSION_DAYS} days'))
  \`);
  const userOf = db.prepare(\`
    SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id
    WHERE sessions.id = ? AND sessions.expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  \`);
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');

  return {
    /** Starts a session for the user; returns its id (256 random bits) for the cookie. */
    create(userId) {
      const id = randomBytes(32).toString('base64url');
      insert.run(digest(id), userId);
      return id;
    },
    /** The user of a live session, or undefined when it is unknown, ended or expired. */
    findUser: (id) => userOf.get(digest(id)),
    remove: (id) => remove.run(digest(id)).changes === 1,
  };
}
`,
  },
  {
    file: 'src/cookies.js',
    content: `import { SESSION_DAYS } from './repositories/sessions.js';

export const SESSION_COOKIE = 'session';

// HttpOnly: page scripts cannot read it. SameSite=Lax: other sites' forms and scripts cannot send it along.
// Add \`secure: true\` once the app is served over HTTPS.
export const SESSION_COOKIE_OPTIONS = { httpOnly: true, sameSite: 'lax', path: '/', maxAge: SESSION_DAYS * 24 * 60 * 60 * 1000 };

/** The value of one cookie the request sent, or undefined. */
export function readCookie(req, name) {
  for (const part of (req.get('Cookie') ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(value.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
`,
  },
  {
    file: 'src/middleware/require-auth.js',
    replace: `import { unauthorized } from '../errors.js';`,
    with: `import { SESSION_COOKIE, readCookie } from '../cookies.js';
import { unauthorized } from '../errors.js';`,
  },
  {
    file: 'src/middleware/require-auth.js',
    replace: `/** Lets a request through only with a valid "Authorization: Bearer <token>" header, and sets req.user. */
export function requireAuth({ users, jwtSecret }) {
  return (req, res, next) => {
`,
    with: `/**
 * Lets a request through only with a live session cookie or a valid "Authorization: Bearer <token>" header, and
 * sets req.user (and req.sessionId for a session).
 */
export function requireAuth({ users, sessions, jwtSecret }) {
  return (req, res, next) => {
    const sessionId = readCookie(req, SESSION_COOKIE);
    if (sessionId && !req.get('Authorization')) {
      const user = sessions.findUser(sessionId);
      if (!user) throw unauthorized('The session has ended; log in again');
      req.user = publicUser(user);
      req.sessionId = sessionId;
      return next();
    }

`,
  },
  {
    file: 'src/app.js',
    replace: `import { createTodoRepository } from './repositories/todos.js';`,
    with: `import { createSessionRepository } from './repositories/sessions.js';
import { createTodoRepository } from './repositories/todos.js';`,
  },
  {
    file: 'src/app.js',
    replace: `  const loggedIn = requireAuth({ users, jwtSecret });`,
    with: `  const sessions = createSessionRepository(db);
  const loggedIn = requireAuth({ users, sessions, jwtSecret });`,
  },
  {
    file: 'src/app.js',
    replace: `authRoutes({ users, jwtSecret, requireAuth: loggedIn })`,
    with: `authRoutes({ users, sessions, jwtSecret, requireAuth: loggedIn })`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `import { conflict,`,
    with: `import { SESSION_COOKIE, SESSION_COOKIE_OPTIONS } from '../cookies.js';
import { conflict,`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `export function authRoutes({ users, jwtSecret, requireAuth }) {`,
    with: `export function authRoutes({ users, sessions, jwtSecret, requireAuth }) {`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `    res.json({ token: createToken(user, jwtSecret) });
  });

  // POST /auth/password`,
    with: `    // A browser keeps the session cookie; other clients use the token.
    res.cookie(SESSION_COOKIE, sessions.create(user.id), SESSION_COOKIE_OPTIONS);
    res.json({ token: createToken(user, jwtSecret) });
  });

  // POST /auth/logout -> 204; ends the session and clears its cookie (a token cannot be ended: it just expires)
  router.post('/logout', requireAuth, (req, res) => {
    if (req.sessionId) sessions.remove(req.sessionId);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.status(204).end();
  });

  // POST /auth/password`,
  },
];
