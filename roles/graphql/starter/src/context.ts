import { GraphQLError } from 'graphql';
import type { Database, UserRecord } from './db.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { AppPubSub } from './pubsub.js';

export interface Context {
  db: Database;
  pubsub: AppPubSub;
  loaders: Loaders;
  /** The signed-in user, or null for anonymous requests. */
  viewer: UserRecord | null;
}

/** Resolves `Authorization: Bearer <token>`; throws for a token that is present but unknown. */
export function authenticate(db: Database, authorization: unknown): UserRecord | null {
  if (typeof authorization !== 'string' || authorization === '') return null;
  const [scheme, token] = authorization.split(' ');
  const viewer = scheme === 'Bearer' && token ? db.userBySessionToken(token) : undefined;
  if (!viewer) {
    throw new GraphQLError('Invalid or expired token.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
  return viewer;
}

export function createContext(db: Database, pubsub: AppPubSub, authorization: unknown): Context {
  return { db, pubsub, loaders: createLoaders(db), viewer: authenticate(db, authorization) };
}
