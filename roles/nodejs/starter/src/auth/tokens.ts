import { errors, jwtVerify, SignJWT } from 'jose';
import { UnauthorizedError } from '../errors.js';

/** Who made the request, as proven by a verified token. */
export interface AuthUser {
  id: string;
}

// A single algorithm, pinned: accepting whatever `alg` a token claims is the classic JWT vulnerability.
const ALGORITHM = 'HS256';

export interface TokenService {
  issue(userId: string, expiresIn?: string): Promise<string>;
  verify(token: string): Promise<AuthUser>;
}

/**
 * HS256 tokens signed with a shared secret. This API only verifies tokens; `issue` exists for tests and
 * `npm run token`. In production an identity provider usually issues them (see the README's exercises).
 */
export function createTokenService(secret: string): TokenService {
  const key = new TextEncoder().encode(secret);
  return {
    issue: (userId, expiresIn = '1h') =>
      new SignJWT().setProtectedHeader({ alg: ALGORITHM }).setSubject(userId).setIssuedAt().setExpirationTime(expiresIn).sign(key),

    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], requiredClaims: ['sub', 'exp'] });
        return { id: payload.sub as string };
      } catch (err) {
        if (err instanceof errors.JOSEError) throw new UnauthorizedError('Invalid or expired token');
        throw err;
      }
    },
  };
}
