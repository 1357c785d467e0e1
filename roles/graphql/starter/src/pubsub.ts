import { PubSub } from 'graphql-subscriptions';
import type { ReviewRecord } from './db.js';

export const REVIEW_ADDED = 'REVIEW_ADDED';

export interface ReviewAddedEvent {
  reviewAdded: ReviewRecord;
}

// In-process only: with more than one server instance, swap in a shared engine
// (graphql-redis-subscriptions, for example) with the same interface.
export function createPubSub() {
  return new PubSub<{ [REVIEW_ADDED]: ReviewAddedEvent }>();
}

export type AppPubSub = ReturnType<typeof createPubSub>;
