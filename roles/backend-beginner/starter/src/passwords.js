import bcrypt from 'bcryptjs';

// bcrypt is deliberately slow, and each extra round doubles the work: 10 rounds take tens of milliseconds
// for one login but make guessing billions of passwords from a stolen database impractical.
const ROUNDS = 10;

/** A salted hash of the password; the salt is stored inside the returned string. */
export function hashPassword(password) {
  return bcrypt.hash(password, ROUNDS);
}

export function verifyPassword(password, hash) {
  return bcrypt.compare(password, hash);
}
