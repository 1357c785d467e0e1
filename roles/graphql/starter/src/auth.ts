import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import type { UserRecord } from './db.js';

export function requireViewer(context: Context): UserRecord {
  if (!context.viewer) {
    throw new GraphQLError('You must be signed in.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
  return context.viewer;
}

/** A user's private fields are readable by that user and by admins. */
export function requireSelfOrAdmin(context: Context, owner: UserRecord): void {
  const viewer = requireViewer(context);
  if (viewer.id !== owner.id && viewer.role !== 'ADMIN') {
    throw new GraphQLError('You may not read this field.', { extensions: { code: 'FORBIDDEN' } });
  }
}
