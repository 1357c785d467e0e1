import { Router } from 'express';
import { conflict, unauthorized } from '../errors.js';
import { hashPassword, verifyPassword } from '../passwords.js';
import { publicUser } from '../repositories/users.js';
import { createToken } from '../tokens.js';
import { parseCredentials } from '../validation.js';

export function authRoutes({ users, jwtSecret, requireAuth }) {
  const router = Router();

  // POST /auth/signup {"email", "password"} -> 201 and the new user
  router.post('/signup', async (req, res) => {
    const { email, password } = parseCredentials(req.body);
    const user = users.create(email, await hashPassword(password));
    if (!user) throw conflict('An account with this email already exists');
    res.status(201).json(publicUser(user));
  });

  // POST /auth/login {"email", "password"} -> 200 {"token"}
  router.post('/login', async (req, res) => {
    const { email, password } = parseCredentials(req.body);
    const user = users.findByEmail(email);
    // The same answer for an unknown email and a wrong password, so nobody can probe which emails have accounts.
    if (!user || !(await verifyPassword(password, user.password_hash))) {
      throw unauthorized('Wrong email or password');
    }
    res.json({ token: createToken(user.id, jwtSecret) });
  });

  // GET /auth/me -> the logged-in user
  router.get('/me', requireAuth, (req, res) => {
    res.json(req.user);
  });

  return router;
}
