import type { Request, RequestHandler } from 'express';
import { UnauthorizedError } from '../errors.js';
import type { AuthUser, TokenService } from './tokens.js';

/** Rejects requests without a valid `Authorization: Bearer <jwt>` header; sets `req.user` otherwise. */
export function requireAuth(tokens: TokenService): RequestHandler {
  return async (req, _res, next) => {
    const [scheme, token] = req.get('authorization')?.split(' ') ?? [];
    if (scheme?.toLowerCase() !== 'bearer' || !token) throw new UnauthorizedError('Missing bearer token');
    req.user = await tokens.verify(token);
    next();
  };
}

/** The authenticated user of a request that went through requireAuth. */
export function currentUser(req: Request): AuthUser {
  if (!req.user) throw new UnauthorizedError();
  return req.user;
}
