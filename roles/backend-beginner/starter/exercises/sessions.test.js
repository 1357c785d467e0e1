// Check for the exercise "Sessions next to tokens": the session cookie set at login, requests that carry only
// the cookie, sessions that survive a restart (they live in the database), and logout.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import request from 'supertest';
import { PASSWORD, answer, createCheckApp, signUpAndLogIn } from './support/helpers.js';

/** The Set-Cookie header for the cookie `name`, split into its value and lower-cased attributes. */
function setCookie(res, name) {
  const headers = [res.headers['set-cookie'] ?? []].flat();
  const header = headers.find((h) => h.startsWith(`${name}=`));
  if (!header) return undefined;
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  return {
    header,
    value: decodeURIComponent(pair.slice(name.length + 1)),
    attributes: Object.fromEntries(attributes.map((a) => [a.split('=')[0].toLowerCase(), a.split('=').slice(1).join('=')])),
  };
}

describe('sessions', () => {
  let app;
  let db;
  before(async () => {
    ({ app, db } = createCheckApp());
    await signUpAndLogIn(app, 'ada@example.com');
  });

  const login = () => request(app).post('/auth/login').send({ email: 'ada@example.com', password: PASSWORD });
  /** Logs in and returns the value of the session cookie. */
  const session = async () => {
    const cookie = setCookie(await login(), 'session');
    assert.ok(cookie, 'POST /auth/login should set a cookie named "session"');
    return cookie.value;
  };
  const withCookie = (req, id) => req.set('Cookie', `session=${encodeURIComponent(id)}`);

  it('login sets an HttpOnly session cookie, and still answers with a token', async () => {
    const res = await login();
    assert.ok(res.status === 200, `POST /auth/login should answer 200; got ${answer(res)}`);
    assert.ok(typeof res.body.token === 'string', 'POST /auth/login should still answer {"token": "…"}: keep the tokens working next to the sessions');
    const cookie = setCookie(res, 'session');
    assert.ok(cookie, `POST /auth/login should answer with a "Set-Cookie: session=<id>; …" header; got Set-Cookie ${JSON.stringify(res.headers['set-cookie'] ?? null)}`);
    assert.ok('httponly' in cookie.attributes, `the session cookie should be HttpOnly, so page scripts cannot read it; got ${cookie.header}`);
    assert.match(cookie.attributes.samesite ?? '', /^(lax|strict)$/i, `the session cookie should have SameSite=Lax (or Strict), so other sites cannot send it along; got ${cookie.header}`);
    assert.ok(cookie.attributes.path === '/', `the session cookie should have Path=/; got ${cookie.header}`);
    assert.ok('max-age' in cookie.attributes || 'expires' in cookie.attributes, `the session cookie should end, with Max-Age (or Expires); got ${cookie.header}`);
  });

  it('the session id is long, random and new at every login', async () => {
    const first = await session();
    const second = await session();
    assert.ok(first !== second, 'two logins should create two different sessions');
    assert.ok(first.length >= 32, `a session id should be long and random (e.g. crypto.randomBytes(32).toString('base64url')), so nobody can guess one; got ${JSON.stringify(first)}`);
    assert.ok(!first.includes('.'), `the session id should be a random id, not a JWT; got ${JSON.stringify(first)}`);
  });

  it('the cookie alone logs you in', async () => {
    const id = await session();
    const me = await withCookie(request(app).get('/auth/me'), id);
    assert.ok(me.status === 200, `GET /auth/me with only the session cookie (no Authorization header) should answer 200; got ${answer(me)}`);
    assert.ok(me.body.email === 'ada@example.com', `GET /auth/me with Ada’s session should answer with Ada; got ${answer(me)}`);
    const todos = await withCookie(request(app).get('/todos'), id);
    assert.ok(todos.status === 200, `GET /todos with only the session cookie should answer 200; got ${answer(todos)}`);
  });

  it('sessions are kept in the database, so they survive a restart', async () => {
    const id = await session();
    const { app: restarted } = createCheckApp({ db });
    const me = await withCookie(request(restarted).get('/auth/me'), id);
    assert.ok(me.status === 200, `after a restart (a new app on the same database) the session should still work: store sessions in a table, not in memory; got ${answer(me)}`);
  });

  it('an unknown session id is refused with 401', async () => {
    const res = await withCookie(request(app).get('/auth/me'), 'made-up-session-id-made-up-session-id');
    assert.ok(res.status === 401, `a made-up session id should be refused with 401; got ${answer(res)}`);
  });

  it('POST /auth/logout ends the session and clears the cookie', async () => {
    const id = await session();
    const other = await session();
    const res = await withCookie(request(app).post('/auth/logout'), id);
    assert.ok(res.status === 204, `POST /auth/logout with the session cookie should answer 204; got ${answer(res)}`);
    const cleared = setCookie(res, 'session');
    const expired = cleared && (cleared.attributes['max-age'] === '0' || (cleared.attributes.expires && Date.parse(cleared.attributes.expires) < Date.now()));
    assert.ok(expired, `POST /auth/logout should clear the cookie (a "Set-Cookie: session=; …" that has expired, as res.clearCookie does); got Set-Cookie ${JSON.stringify(res.headers['set-cookie'] ?? null)}`);

    const after = await withCookie(request(app).get('/auth/me'), id);
    assert.ok(after.status === 401, `after logout the old session cookie should be refused with 401, even if a client keeps sending it; got ${answer(after)}`);
    const stillIn = await withCookie(request(app).get('/auth/me'), other);
    assert.ok(stillIn.status === 200, `logging out one session should not end Ada’s other sessions; got ${answer(stillIn)}`);
  });

  it('POST /auth/logout without a session answers 401', async () => {
    const res = await request(app).post('/auth/logout');
    assert.ok(res.status === 401, `POST /auth/logout without a session cookie or token should answer 401; got ${answer(res)}`);
  });
});
