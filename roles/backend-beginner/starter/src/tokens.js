import jwt from 'jsonwebtoken';

// Naming the algorithm on both sides stops a forged token from choosing a weaker one (or "none").
const ALGORITHM = 'HS256';

/** A signed token that says "this is user <id>" for the next hour. */
export function createToken(userId, secret) {
  return jwt.sign({}, secret, { algorithm: ALGORITHM, subject: String(userId), expiresIn: '1h' });
}

/** The user id inside a token, or undefined when the token is forged, malformed or expired. */
export function readToken(token, secret) {
  try {
    const payload = jwt.verify(token, secret, { algorithms: [ALGORITHM] });
    return Number(payload.sub);
  } catch {
    return undefined;
  }
}
