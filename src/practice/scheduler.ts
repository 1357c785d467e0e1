// The one door to ts-fsrs (FSRS, the scheduler Anki uses): rates a card and previews what each rating would do.
// Built as its own chunk (dist/scheduler.js) and loaded only when a card is rated or shown, so activation never
// pays for it. Without same-day learning steps: an interview question comes back tomorrow at the earliest, which
// keeps "due today" a plain daily count.
import type * as Fsrs from 'ts-fsrs' with { 'resolution-mode': 'import' };
import { DAY_MS } from '../progress/days';
import type { CardReview } from '../progress/reviewData';
import type { RatingName } from './deck';

// ts-fsrs ships CommonJS, but its one type file sits in a "type": "module" package, so TypeScript takes it as an
// ES module that CommonJS code may not import: require it, typed by its types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createEmptyCard, fsrs, generatorParameters, Rating } = require('ts-fsrs') as typeof Fsrs;

const GRADES: Record<RatingName, Fsrs.Grade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };

const scheduler = fsrs(generatorParameters({ enable_short_term: false, enable_fuzz: true }));

function toCard(review: CardReview | undefined, now: number): Fsrs.Card {
  if (!review) return createEmptyCard(new Date(now));
  return {
    due: new Date(review.due),
    stability: review.stability,
    difficulty: review.difficulty,
    elapsed_days: 0,
    scheduled_days: Math.round((review.due - review.lastReview) / DAY_MS),
    learning_steps: 0,
    reps: review.reps,
    lapses: review.lapses,
    state: review.state,
    last_review: new Date(review.lastReview),
  };
}

function toReview(card: Fsrs.Card, now: number): CardReview {
  return {
    due: card.due.getTime(),
    lastReview: now,
    // Four decimals are far finer than FSRS's own precision, and keep synced state small.
    stability: Number(card.stability.toFixed(4)),
    difficulty: Number(card.difficulty.toFixed(4)),
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
}

/** The card's state after rating it `rating` at `now` (a card never reviewed is a new card). */
export function rate(review: CardReview | undefined, rating: RatingName, now: number): CardReview {
  return toReview(scheduler.next(toCard(review, now), new Date(now), GRADES[rating]).card, now);
}

/** When the card would be due again after each rating at `now`. */
export function dueAfterEach(review: CardReview | undefined, now: number): Record<RatingName, number> {
  const preview = scheduler.repeat(toCard(review, now), new Date(now));
  return {
    again: preview[Rating.Again].card.due.getTime(),
    hard: preview[Rating.Hard].card.due.getTime(),
    good: preview[Rating.Good].card.due.getTime(),
    easy: preview[Rating.Easy].card.due.getTime(),
  };
}
