// Check of the exercise "Trust an identity provider" (README). A local server plays the provider: it publishes an
// RS256 public key as a JWKS, and the check signs tokens with its private key (and with wrong keys and claims).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { exerciseApp, projectExport } from './helpers.js';

const ISSUER = 'https://id.example.test/realms/tasks';
const AUDIENCE = 'tasks-api';
const KID = 'provider-key-1';
const FACTORY = 'createOidcVerifier({ jwksUrl, issuer, audience })';

type Verifier = { verify(token: string): Promise<{ id: string }> };
type CreateVerifier = (options: { jwksUrl: string; issuer: string; audience: string }) => Verifier;

let provider: Server;
let jwksUrl: string;
let jwksRequests = 0;
let providerKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  providerKey = pair.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const jwks = JSON.stringify({ keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }] });
  provider = createServer((req, res) => {
    if (req.url !== '/protocol/openid-connect/certs') {
      res.writeHead(404).end();
      return;
    }
    jwksRequests += 1;
    res.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/protocol/openid-connect/certs`;
});

afterAll(async () => {
  await new Promise((resolve) => provider.close(resolve));
});

interface TokenOptions {
  claims?: JWTPayload;
  /** Signed with a key the provider does not publish. */
  stranger?: boolean;
  expiresIn?: string | null;
}

/** A token as the provider would issue it for alice, with the given changes. */
function token({ claims = {}, stranger = false, expiresIn = '5m' }: TokenOptions = {}) {
  const jwt = new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'alice', ...claims }).setProtectedHeader({ alg: 'RS256', kid: KID }).setIssuedAt();
  if (expiresIn) jwt.setExpirationTime(expiresIn);
  return jwt.sign(stranger ? strangerKey : providerKey);
}

async function appWithVerifier() {
  const createOidcVerifier = await projectExport<CreateVerifier>('src/auth/oidc.ts', 'createOidcVerifier', FACTORY);
  return exerciseApp({ tokens: createOidcVerifier({ jwksUrl, issuer: ISSUER, audience: AUDIENCE }) }).app;
}

describe(`createOidcVerifier in src/auth/oidc.ts, as createApp's tokens`, () => {
  it('accepts an RS256 token from the provider, for the user in its sub claim', async () => {
    const app = await appWithVerifier();
    const created = await request(app).post('/tasks').set('Authorization', `Bearer ${await token()}`).send({ title: 'from the IdP' });
    expect(created.status, `a valid provider token should be accepted (201 on POST /tasks); got ${created.status} ${JSON.stringify(created.body)}`).toBe(201);
    expect(created.body, 'the task should belong to the token’s sub, "alice"').toMatchObject({ ownerId: 'alice' });
  });

  it.each<[string, TokenOptions]>([
    ['for another audience', { claims: { aud: 'billing-api' } }],
    ['from another issuer', { claims: { iss: 'https://evil.example.test' } }],
    ['that has expired', { expiresIn: '-1m' }],
    ['without an expiry', { expiresIn: null }],
    ['without a subject', { claims: { sub: undefined } }],
    ['signed with a key the provider does not publish', { stranger: true }],
  ])('rejects a token %s with 401', async (what, options) => {
    const app = await appWithVerifier();
    const bad = await token(options);
    const res = await request(app).get('/tasks').set('Authorization', `Bearer ${bad}`);
    expect(res.status, `a token ${what} should be rejected with 401; got ${res.status}`).toBe(401);
  });

  it('rejects an HS256 token even when signed with the provider’s public key (algorithm confusion)', async () => {
    const app = await appWithVerifier();
    const publicJwk = JSON.stringify((await (await fetch(jwksUrl)).json() as { keys: unknown[] }).keys[0]);
    const forged = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: 'alice' })
      .setProtectedHeader({ alg: 'HS256', kid: KID })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(publicJwk));
    const res = await request(app).get('/tasks').set('Authorization', `Bearer ${forged}`);
    expect(res.status, `only RS256 should be accepted: an HS256 token should get 401; got ${res.status}`).toBe(401);
  });

  it('fetches the provider’s keys once, not on every request', async () => {
    const app = await appWithVerifier();
    const before = jwksRequests;
    const bearer = `Bearer ${await token()}`;
    for (let i = 0; i < 5; i++) await request(app).get('/tasks').set('Authorization', bearer).expect(200);
    expect(jwksRequests - before, `5 requests fetched the JWKS ${jwksRequests - before} times: create the key set once (createRemoteJWKSet) and reuse it`).toBe(1);
  });
});

describe('configuration', () => {
  const oidc = { JWKS_URL: 'https://id.example.test/certs', JWT_ISSUER: ISSUER, JWT_AUDIENCE: AUDIENCE };

  it('accepts JWKS_URL, JWT_ISSUER and JWT_AUDIENCE instead of JWT_SECRET', () => {
    expect(() => loadConfig(oidc), 'loadConfig with JWKS_URL, JWT_ISSUER and JWT_AUDIENCE (and no JWT_SECRET) should not throw').not.toThrow();
  });

  it.each(['JWT_ISSUER', 'JWT_AUDIENCE'] as const)('refuses JWKS_URL without %s', (missing) => {
    const env: Record<string, string> = { ...oidc };
    delete env[missing];
    expect(() => loadConfig(env), `loadConfig with JWKS_URL but no ${missing} should throw an error naming ${missing}`).toThrow(missing);
  });

  it('refuses a JWKS_URL that is not a URL', () => {
    expect(() => loadConfig({ ...oidc, JWKS_URL: 'id.example.test/certs' }), 'loadConfig should throw an error naming JWKS_URL when it is not a URL').toThrow('JWKS_URL');
  });
});
