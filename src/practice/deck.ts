// Which interview cards a learner practises today: the reviewed cards that are due, longest overdue first, then
// new cards in the catalog's order, as many as the day's allowance of new cards leaves. Pure: no ts-fsrs (the due
// count on the Roles view is computed from saved due dates alone) and no vscode.
import type { InterviewQuestion, Role } from '../catalog/schema';
import { endOfLocalDay, localDay } from '../progress/days';
import { streakLength, type CardReview, type StreakRun } from '../progress/reviewData';

/** How a learner rates their answer, in FSRS's order (1–4 on the keyboard). */
export const RATING_NAMES = ['again', 'hard', 'good', 'easy'] as const;
export type RatingName = (typeof RATING_NAMES)[number];

export interface DeckCard {
  role: Role;
  question: InterviewQuestion;
}

export interface Deck {
  /** Reviewed cards due by the end of today, the most overdue first. */
  due: DeckCard[];
  /** New cards offered today, in catalog order. */
  fresh: DeckCard[];
  /** Cards of the deck reviewed today. */
  reviewedToday: number;
  /** All the cards of the deck's roles. */
  size: number;
}

export interface DeckInput {
  roles: readonly Role[];
  reviews: ReadonlyMap<string, CardReview>;
  newPerDay: number;
  now: number;
}

/** The roles whose questions are in the deck: the ones chosen, else every role the learner has started. */
export function deckRoles(roles: readonly Role[], chosen: readonly string[], started: (role: Role) => boolean): Role[] {
  const picked = roles.filter((role) => chosen.includes(role.id));
  return picked.length > 0 ? picked : roles.filter(started);
}

export function buildDeck({ roles, reviews, newPerDay, now }: DeckInput): Deck {
  const today = localDay(now);
  const endOfToday = endOfLocalDay(now);
  const due: [DeckCard, number][] = [];
  const unseen: DeckCard[] = [];
  let reviewedToday = 0;
  let newToday = 0;
  let size = 0;
  for (const role of roles) {
    size += role.interview.length;
    for (const question of role.interview) {
      const review = reviews.get(question.id);
      if (!review) {
        unseen.push({ role, question });
        continue;
      }
      if (localDay(review.lastReview) === today) {
        reviewedToday++;
        if (review.reps === 1) newToday++;
      }
      if (review.due < endOfToday) due.push([{ role, question }, review.due]);
    }
  }
  return {
    due: due.sort((a, b) => a[1] - b[1]).map(([card]) => card),
    fresh: unseen.slice(0, Math.max(0, newPerDay - newToday)),
    reviewedToday,
    size,
  };
}

/** The card to show now: the most overdue review, else the first new card. */
export function nextCard(deck: Deck): DeckCard | undefined {
  return deck.due[0] ?? deck.fresh[0];
}

/** How many cards are left for today. */
export function cardsLeft(deck: Deck): number {
  return deck.due.length + deck.fresh.length;
}

/** The days practised in a row, as of `now`. */
export function currentStreak(run: StreakRun | undefined, now: number): number {
  return streakLength(run, localDay(now));
}
