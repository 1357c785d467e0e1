// Reference solution of backend-beginner's "change-password": POST /auth/password checks the current password,
// stores a new hash and bumps the user's token version (a new migration), which every token carries, so tokens
// issued before the change stop working.
export default () => [
  {
    file: 'migrations/005_add_token_version.sql',
    content: `-- Every token carries the version it was issued under; changing the password bumps it, which ends older tokens.
ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;
`,
  },
  {
    file: 'src/errors.js',
    replace: `export const notFound =`,
    with: `export const forbidden = (message) => new HttpError(403, 'forbidden', message);
export const notFound =`,
  },
  {
    file: 'src/validation.js',
    replace: `  const { password } = body;
  if (typeof password !== 'string' || password.length < 8) {
    problems.push({ field: 'password', message: 'must be at least 8 characters' });
  } else if (Buffer.byteLength(password) > 72) {
    // bcrypt silently ignores everything after the 72nd byte, so refuse longer passwords instead.
    problems.push({ field: 'password', message: 'must be at most 72 bytes' });
  }
`,
    with: `  const { password } = body;
  const passwordProblem = checkPassword(password);
  if (passwordProblem) problems.push({ field: 'password', message: passwordProblem });
`,
  },
  {
    file: 'src/validation.js',
    replace: `  return { email, password };
}
`,
    with: `  return { email, password };
}

/** What is wrong with a new password, or undefined. */
function checkPassword(password) {
  if (typeof password !== 'string' || password.length < 8) return 'must be at least 8 characters';
  // bcrypt silently ignores everything after the 72nd byte, so refuse longer passwords instead.
  if (Buffer.byteLength(password) > 72) return 'must be at most 72 bytes';
  return undefined;
}

/** Password change bodies: { currentPassword, newPassword }. */
export function parsePasswordChange(body = {}) {
  const problems = [];
  const { currentPassword, newPassword } = body;
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    problems.push({ field: 'currentPassword', message: 'must be your current password' });
  }
  const newPasswordProblem = checkPassword(newPassword);
  if (newPasswordProblem) problems.push({ field: 'newPassword', message: newPasswordProblem });
  if (problems.length > 0) throw badRequest(problems);
  return { currentPassword, newPassword };
}
`,
  },
  {
    file: 'src/tokens.js',
    replace: `/** A signed token that says "this is user <id>" for the next hour. */
export function createToken(userId, secret) {
  return jwt.sign({}, secret, { algorithm: ALGORITHM, subject: String(userId), expiresIn: '1h' });
}`,
    with: `/** A signed token that says "this is user <id>, token version <n>" for the next hour. */
export function createToken(user, secret) {
  return jwt.sign({ ver: user.token_version }, secret, { algorithm: ALGORITHM, subject: String(user.id), expiresIn: '1h' });
}`,
  },
  {
    file: 'src/tokens.js',
    replace: `/** The user id inside a token, or undefined when the token is forged, malformed or expired. */`,
    with: `/**
 * The user id and token version inside a token, or undefined when it is forged, malformed or expired. Tokens
 * issued before versions existed have none: they count as version 0, which is what every user started with.
 */`,
  },
  {
    file: 'src/tokens.js',
    replace: `    return Number(payload.sub);`,
    with: `    return { userId: Number(payload.sub), version: payload.ver ?? 0 };`,
  },
  {
    file: 'src/middleware/require-auth.js',
    replace: `    const userId = readToken(token, jwtSecret);
    // A valid token for a user that has since been deleted must not work either.
    const user = userId && users.findById(userId);
    if (!user) throw unauthorized('The token is invalid or has expired');`,
    with: `    const claims = readToken(token, jwtSecret);
    // A valid token for a user that has since been deleted, or changed their password, must not work either.
    const user = claims && users.findById(claims.userId);
    if (!user || user.token_version !== claims.version) throw unauthorized('The token is invalid or has expired');`,
  },
  {
    file: 'src/repositories/users.js',
    replace: `  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
`,
    with: `  const byId = db.prepare('SELECT * FROM users WHERE id = ?');
  const changePassword = db.prepare(
    'UPDATE users SET password_hash = ?, token_version = token_version + 1 WHERE id = ? RETURNING *',
  );
`,
  },
  {
    file: 'src/repositories/users.js',
    replace: `    findById: (id) => byId.get(id),`,
    with: `    findById: (id) => byId.get(id),
    /** Stores the new hash and ends every token issued so far; returns the updated user. */
    setPassword: (id, passwordHash) => changePassword.get(passwordHash, id),`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `import { conflict, unauthorized } from '../errors.js';`,
    with: `import { conflict, forbidden, unauthorized } from '../errors.js';`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `import { parseCredentials } from '../validation.js';`,
    with: `import { parseCredentials, parsePasswordChange } from '../validation.js';`,
  },
  {
    file: 'src/routes/auth.js',
    replace: `    res.json({ token: createToken(user.id, jwtSecret) });
  });
`,
    with: `    res.json({ token: createToken(user, jwtSecret) });
  });

  // POST /auth/password {"currentPassword", "newPassword"} -> 200 {"token"}; every older token stops working
  router.post('/password', requireAuth, async (req, res) => {
    const { currentPassword, newPassword } = parsePasswordChange(req.body);
    const user = users.findById(req.user.id);
    // 403, not 401: the user is logged in (a 401 would tell the client to log in again), but may not do this.
    if (!(await verifyPassword(currentPassword, user.password_hash))) throw forbidden('The current password is wrong');
    const updated = users.setPassword(user.id, await hashPassword(newPassword));
    res.json({ token: createToken(updated, jwtSecret) });
  });
`,
  },
];
