import { SignJWT, UnsecuredJWT } from 'jose';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { TEST_SECRET, testApp } from './helpers.js';

const key = new TextEncoder().encode(TEST_SECRET);
const inOneHour = () => Math.floor(Date.now() / 1000) + 3600;

describe('authentication', () => {
  const { app, bearer } = testApp();

  it('leaves /health public', async () => {
    await request(app).get('/health').expect(200, { status: 'ok' });
  });

  it('accepts a valid bearer token', async () => {
    await request(app).get('/tasks').set('Authorization', await bearer('alice')).expect(200);
  });

  it.each([
    ['no Authorization header', undefined],
    ['another scheme', 'Basic YWxpY2U6c2VjcmV0'],
    ['a bearer without token', 'Bearer'],
    ['a garbage token', 'Bearer not-a-jwt'],
  ])('rejects %s', async (_case, header) => {
    const req = request(app).get('/tasks');
    if (header) void req.set('Authorization', header);
    const res = await req.expect(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String) as string } });
  });

  it('rejects a token signed with another secret', async () => {
    const token = await new SignJWT()
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('alice')
      .setExpirationTime(inOneHour())
      .sign(new TextEncoder().encode('some-other-secret-that-is-32-chars-long'));
    await request(app).get('/tasks').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('rejects an expired token', async () => {
    const expired = Math.floor(Date.now() / 1000) - 60;
    const token = await new SignJWT().setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime(expired).sign(key);
    await request(app).get('/tasks').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('rejects a token that never expires', async () => {
    const token = await new SignJWT().setProtectedHeader({ alg: 'HS256' }).setSubject('alice').sign(key);
    await request(app).get('/tasks').set('Authorization', `Bearer ${token}`).expect(401);
  });

  it('rejects an unsigned ("alg": "none") token', async () => {
    const token = new UnsecuredJWT().setSubject('alice').setExpirationTime(inOneHour()).encode();
    await request(app).get('/tasks').set('Authorization', `Bearer ${token}`).expect(401);
  });
});
