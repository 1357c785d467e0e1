// The saved form of interview practice: each card's FSRS scheduling state (REVIEWS_KEY, keyed by question id) and
// the run of days practised in a row (STREAK_KEY). Both sync like progress and merge so that no window or machine
// erases another's reviews: per card the later review wins; two runs of days join when they touch.
import * as z from 'zod/mini';
import { sameJson, type MapFormat } from './syncedMap';

/** FSRS's card states (ts-fsrs State): new, learning, review, relearning. */
export const CARD_STATES = [0, 1, 2, 3] as const;

/**
 * A card's scheduling state after its last review, as ts-fsrs needs it back. Reviews are at most daily (the
 * scheduler runs without same-day learning steps), so a card reviewed once and last reviewed today is one that was
 * new today.
 */
export interface CardReview {
  /** Milliseconds since the epoch. */
  due: number;
  lastReview: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  state: (typeof CARD_STATES)[number];
}

/** Days practised in a row, as local day numbers (see localDay). */
export interface StreakRun {
  from: number;
  to: number;
}

export const REVIEWS_KEY = 'backendPaths.reviews';
export const STREAK_KEY = 'backendPaths.practiceStreak';
/** The one entry of the streak map. */
export const STREAK_ID = 'days';

const time = z.number().check(z.nonnegative());
const count = z.number().check(z.int(), z.nonnegative());
// Loose: fields a newer version adds survive this version's writes.
export const cardReviewSchema = z.looseObject({
  due: time,
  lastReview: time,
  stability: z.number().check(z.positive()),
  difficulty: z.number().check(z.positive()),
  reps: count,
  lapses: count,
  state: z.union(CARD_STATES.map((s) => z.literal(s))),
});
export const streakRunSchema = z
  .looseObject({ from: count, to: count })
  .check(z.refine((run) => run.from <= run.to, 'a run ends after it starts'));

/** The later review wins; a tie goes to the one with more reviews, then to the later due date, so copies agree. */
export function laterReview(a: CardReview, b: CardReview): CardReview {
  if (a.lastReview !== b.lastReview) return a.lastReview > b.lastReview ? a : b;
  if (a.reps !== b.reps) return a.reps > b.reps ? a : b;
  return b.due > a.due ? b : a;
}

/** Two runs that overlap or touch are one run; otherwise the more recent one is the streak. */
export function joinRuns(a: StreakRun, b: StreakRun): StreakRun {
  if (a.from <= b.to + 1 && b.from <= a.to + 1) return { from: Math.min(a.from, b.from), to: Math.max(a.to, b.to) };
  return a.to > b.to ? a : b;
}

export const reviewsFormat: MapFormat<CardReview> = {
  key: REVIEWS_KEY,
  version: 1,
  entry: cardReviewSchema,
  merge: laterReview,
  same: sameJson,
};

export const streakFormat: MapFormat<StreakRun> = {
  key: STREAK_KEY,
  version: 1,
  entry: streakRunSchema,
  merge: joinRuns,
  same: (a, b) => a.from === b.from && a.to === b.to,
};

/** The streak as of `today`: the run's length while it reaches today or yesterday, else 0. */
export function streakLength(run: StreakRun | undefined, today: number): number {
  return run && run.to >= today - 1 ? run.to - run.from + 1 : 0;
}
