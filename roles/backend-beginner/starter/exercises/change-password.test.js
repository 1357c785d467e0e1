// Check for the exercise "Change your password": POST /auth/password over HTTP, and what happens to the tokens
// issued before the change.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import request from 'supertest';
import { PASSWORD, answer, createCheckApp, problemFields, signUpAndLogIn } from './support/helpers.js';

const NEW_PASSWORD = 'a brand new passphrase';

describe('POST /auth/password', () => {
  let app;
  let ada; // Authorization header from Ada's login before any change
  beforeEach(async () => {
    ({ app } = createCheckApp());
    ada = await signUpAndLogIn(app, 'ada@example.com');
  });

  const change = (body, as = ada) => {
    const req = request(app).post('/auth/password');
    if (as) req.set('Authorization', as);
    return req.send(body);
  };
  const login = (password) => request(app).post('/auth/login').send({ email: 'ada@example.com', password });
  const me = (authorization) => request(app).get('/auth/me').set('Authorization', authorization);

  it('changes the password: the old one stops working, the new one works', async () => {
    const res = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    assert.ok(res.status === 200, `POST /auth/password with the right currentPassword and a valid newPassword should answer 200; got ${answer(res)}`);
    const old = await login(PASSWORD);
    assert.ok(old.status === 401, `after the change, logging in with the old password should answer 401; got ${answer(old)}`);
    const fresh = await login(NEW_PASSWORD);
    assert.ok(fresh.status === 200, `after the change, logging in with the new password should answer 200; got ${answer(fresh)}`);
  });

  it('answers with a new token, and tokens issued before the change stop working', async () => {
    const res = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    assert.ok(res.status === 200, `POST /auth/password should answer 200; got ${answer(res)}`);
    assert.ok(typeof res.body.token === 'string', `POST /auth/password should answer {"token": "…"}, a new token for this device; got ${answer(res)}`);

    const before = await me(ada);
    assert.ok(before.status === 401, `a token issued before the password change should be refused with 401 (a thief who had it must lose access); got ${answer(before)}`);
    const now = await me(`Bearer ${res.body.token}`);
    assert.ok(now.status === 200, `the token returned by POST /auth/password should work; got ${answer(now)}`);
    const { body } = await login(NEW_PASSWORD);
    const later = await me(`Bearer ${body.token}`);
    assert.ok(later.status === 200, `a token from logging in with the new password should work; got ${answer(later)}`);
  });

  it('refuses a wrong current password with 403 and keeps the old password', async () => {
    const res = await change({ currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    assert.ok(res.status === 403, `POST /auth/password with a wrong currentPassword should answer 403 (the user is logged in, but may not do this); got ${answer(res)}`);
    assert.ok(res.body?.error?.code === 'forbidden', `the 403 answer should use the usual error format with "code": "forbidden"; got ${answer(res)}`);
    assert.ok((await login(PASSWORD)).status === 200, 'after a refused change the old password should still work');
    assert.ok((await me(ada)).status === 200, 'after a refused change the token should still work');
  });

  for (const [body, field, why] of [
    [{ currentPassword: PASSWORD, newPassword: 'short' }, 'newPassword', 'at least 8 characters, as at sign-up'],
    [{ currentPassword: PASSWORD, newPassword: 'x'.repeat(73) }, 'newPassword', 'at most 72 bytes, as at sign-up'],
    [{ currentPassword: PASSWORD }, 'newPassword', 'it is required'],
    [{ newPassword: NEW_PASSWORD }, 'currentPassword', 'it is required'],
  ]) {
    it(`answers 400 naming ${field} (${why})`, async () => {
      const res = await change(body);
      assert.ok(res.status === 400, `POST /auth/password with ${JSON.stringify(body).slice(0, 80)} should answer 400 (${field}: ${why}); got ${answer(res)}`);
      assert.ok(problemFields(res).includes(field), `the 400 answer should list a problem with "field": "${field}"; got ${answer(res)}`);
      assert.ok((await login(PASSWORD)).status === 200, 'after a refused change the old password should still work');
    });
  }

  it('needs a logged-in user', async () => {
    const res = await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, null);
    assert.ok(res.status === 401, `POST /auth/password without a token should answer 401; got ${answer(res)}`);
  });

  it('does not log other users out', async () => {
    const bob = await signUpAndLogIn(app, 'bob@example.com');
    await change({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    const res = await me(bob);
    assert.ok(res.status === 200, `Ada changing her password must not affect Bob’s token; got ${answer(res)}`);
  });
});
