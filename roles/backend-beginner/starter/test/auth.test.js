import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { JWT_SECRET, createTestApp, signUpAndLogIn } from './helpers.js';

const ada = { email: 'ada@example.com', password: 'correct horse battery' };

describe('sign-up', () => {
  let app;
  let db;
  beforeEach(() => ({ app, db } = createTestApp()));

  it('creates a user and never returns or stores the password', async () => {
    const res = await request(app).post('/auth/signup').send(ada).expect(201);

    assert.deepEqual(Object.keys(res.body).sort(), ['createdAt', 'email', 'id']);
    assert.equal(res.body.email, 'ada@example.com');

    const stored = db.prepare('SELECT password_hash FROM users WHERE id = ?').pluck().get(res.body.id);
    assert.notEqual(stored, ada.password);
    assert.match(stored, /^\$2[aby]\$10\$/, 'a bcrypt hash with 10 rounds');
  });

  it('refuses a second account for the same email, whatever its case', async () => {
    await request(app).post('/auth/signup').send(ada).expect(201);
    const res = await request(app)
      .post('/auth/signup')
      .send({ ...ada, email: 'ADA@example.com' })
      .expect(409);
    assert.equal(res.body.error.code, 'conflict');
  });

  it('explains what is wrong with the input', async () => {
    const res = await request(app).post('/auth/signup').send({ email: 'ada', password: 'short' }).expect(400);
    assert.deepEqual(res.body, {
      error: {
        code: 'validation_failed',
        message: 'The request is invalid',
        details: [
          { field: 'email', message: 'must be an email address' },
          { field: 'password', message: 'must be at least 8 characters' },
        ],
      },
    });
  });
});

describe('login', () => {
  let app;
  beforeEach(async () => {
    ({ app } = createTestApp());
    await request(app).post('/auth/signup').send(ada).expect(201);
  });

  it('returns a token that identifies the user', async () => {
    const res = await request(app).post('/auth/login').send(ada).expect(200);
    const payload = jwt.verify(res.body.token, JWT_SECRET);
    assert.ok(payload.exp > Date.now() / 1000, 'the token expires in the future');

    const me = await request(app).get('/auth/me').set('Authorization', `Bearer ${res.body.token}`).expect(200);
    assert.equal(me.body.email, ada.email);
    assert.equal(String(me.body.id), payload.sub);
  });

  it('gives the same answer for a wrong password and an unknown email', async () => {
    const wrongPassword = await request(app).post('/auth/login').send({ ...ada, password: 'wrong password' }).expect(401);
    const unknownEmail = await request(app).post('/auth/login').send({ ...ada, email: 'bob@example.com' }).expect(401);
    assert.deepEqual(wrongPassword.body, unknownEmail.body);
    assert.equal(wrongPassword.body.error.message, 'Wrong email or password');
  });
});

describe('protected routes', () => {
  let app;
  let db;
  let userId;
  beforeEach(async () => {
    ({ app, db } = createTestApp());
    const authorization = await signUpAndLogIn(app);
    userId = Number(jwt.decode(authorization.slice('Bearer '.length)).sub);
  });

  const sign = (payload, secret = JWT_SECRET, options = {}) => jwt.sign(payload, secret, { algorithm: 'HS256', ...options });

  const rejected = [
    ['no Authorization header', () => undefined],
    ['a header without Bearer', () => sign({ sub: String(userId) })],
    ['a malformed token', () => 'Bearer not.a.token'],
    ['a token signed with another secret', () => `Bearer ${sign({ sub: String(userId) }, 'someone-elses-secret')}`],
    ['an expired token', () => `Bearer ${sign({ sub: String(userId), exp: Math.floor(Date.now() / 1000) - 60 })}`],
    ['an unsigned token (alg "none")', () => `Bearer ${jwt.sign({ sub: String(userId) }, null, { algorithm: 'none' })}`],
    [
      'a token whose payload was edited',
      () => {
        const [header, , signature] = sign({ sub: String(userId) }).split('.');
        const forged = Buffer.from(JSON.stringify({ sub: '999' })).toString('base64url');
        return `Bearer ${header}.${forged}.${signature}`;
      },
    ],
  ];

  for (const [name, header] of rejected) {
    it(`rejects ${name} with 401`, async () => {
      const req = request(app).get('/auth/me');
      if (header()) req.set('Authorization', header());
      const res = await req.expect(401);
      assert.equal(res.body.error.code, 'unauthorized');
    });
  }

  it('rejects a valid token once its user is deleted', async () => {
    const token = `Bearer ${sign({ sub: String(userId) }, JWT_SECRET, { expiresIn: '1h' })}`;
    await request(app).get('/auth/me').set('Authorization', token).expect(200);

    db.prepare('DELETE FROM users WHERE id = ?').run(userId);
    await request(app).get('/auth/me').set('Authorization', token).expect(401);
  });
});
