// Interview practice: the scheduling wrapper against ts-fsrs with an injected clock, the deck (what is due, how many
// new cards a day), and the streak.
import * as assert from 'node:assert/strict';
import type { Role } from '../../src/catalog/schema';
import { buildDeck, cardsLeft, currentStreak, deckRoles, nextCard, RATING_NAMES as RATINGS } from '../../src/practice/deck';
import { dueAfterEach, rate } from '../../src/practice/scheduler';
import { comesBackIn, dayFigures } from '../../src/practice/wording';
import { localDay } from '../../src/progress/days';
import { joinRuns, laterReview, type CardReview } from '../../src/progress/reviewData';
import { realCatalog, roleOf } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
/** Local noon of a day in December 2026, whatever the machine's time zone. */
const noon = (day: number) => new Date(2026, 11, day, 12).getTime();

describe('practice', () => {
  describe('scheduling (ts-fsrs)', () => {
    it('a new card rated Again comes back tomorrow; harder ratings come back sooner than easier ones', () => {
      const now = noon(3);
      const due = RATINGS.map((rating) => rate(undefined, rating, now).due);
      assert.equal(localDay(due[0]), localDay(now) + 1, 'Again: tomorrow');
      for (let i = 1; i < due.length; i++) assert.ok(due[i] > due[i - 1], `${RATINGS[i]} later than ${RATINGS[i - 1]}`);
      for (const d of due) assert.ok(d > now);
    });

    it('the saved review records the time, one more review, and a lapse only for Again on a learnt card', () => {
      const now = noon(3);
      const first = rate(undefined, 'good', now);
      assert.equal(first.lastReview, now);
      assert.equal(first.reps, 1);
      assert.equal(first.lapses, 0);
      const later = first.due;
      const again = rate(first, 'again', later);
      assert.equal(again.reps, 2);
      assert.equal(again.lapses, 1);
      assert.equal(rate(first, 'good', later).lapses, 0);
    });

    it('a card answered Good keeps moving further out; Again brings it back within days', () => {
      let review: CardReview | undefined;
      let now = noon(1);
      const intervals: number[] = [];
      for (let i = 0; i < 4; i++) {
        review = rate(review, 'good', now);
        intervals.push(review.due - now);
        now = review.due;
      }
      for (let i = 1; i < intervals.length; i++) assert.ok(intervals[i] > intervals[i - 1], `interval ${i} grows: ${intervals.join(', ')}`);
      const lapsed = rate(review, 'again', now);
      assert.ok(lapsed.due - now < intervals[3], 'Again shortens the interval');
    });

    it('the preview says what each rating would do, as rating it does', () => {
      const now = noon(3);
      const first = rate(undefined, 'good', now);
      const preview = dueAfterEach(first, first.due);
      for (const rating of RATINGS) assert.equal(preview[rating], rate(first, rating, first.due).due, rating);
    });
  });

  describe('the deck', () => {
    const catalog = realCatalog();
    const nodejs = roleOf(catalog, 'nodejs');
    const python = roleOf(catalog, 'python');
    const review = (overrides: Partial<CardReview>): CardReview => ({
      due: noon(4),
      lastReview: noon(1),
      stability: 3,
      difficulty: 5,
      reps: 2,
      lapses: 0,
      state: 2,
      ...overrides,
    });

    it('takes the chosen roles, else every role the learner has started', () => {
      const started = (role: Role) => role.id === 'python';
      assert.deepEqual(
        deckRoles(catalog.roles, [], started).map((r) => r.id),
        ['python'],
      );
      assert.deepEqual(
        deckRoles(catalog.roles, ['nodejs', 'devops'], started).map((r) => r.id),
        ['nodejs', 'devops'],
      );
      assert.deepEqual(
        deckRoles(catalog.roles, [], () => false),
        [],
      );
    });

    it('due reviews first, most overdue first, then new cards in catalog order up to the daily allowance', () => {
      const reviews = new Map([
        [nodejs.interview[3].id, review({ due: noon(4) })],
        [nodejs.interview[5].id, review({ due: noon(2) })],
        [nodejs.interview[7].id, review({ due: noon(9) })],
      ]);
      const deck = buildDeck({ roles: [nodejs, python], reviews, newPerDay: 3, now: noon(5) });
      assert.deepEqual(
        deck.due.map((c) => c.question.id),
        [nodejs.interview[5].id, nodejs.interview[3].id],
      );
      assert.deepEqual(
        deck.fresh.map((c) => c.question.id),
        [nodejs.interview[0].id, nodejs.interview[1].id, nodejs.interview[2].id],
      );
      assert.equal(nextCard(deck)?.question.id, nodejs.interview[5].id);
      assert.equal(cardsLeft(deck), 5);
    });

    it('a card due later today is due today; one due tomorrow is not', () => {
      const first = nodejs.interview[0].id;
      const lateToday = buildDeck({
        roles: [nodejs],
        reviews: new Map([[first, review({ due: noon(5) + 11 * 60 * 60 * 1000 })]]),
        newPerDay: 0,
        now: noon(5),
      });
      assert.equal(lateToday.due.length, 1);
      const tomorrow = buildDeck({
        roles: [nodejs],
        reviews: new Map([[first, review({ due: noon(6) - 11.5 * 60 * 60 * 1000 })]]),
        newPerDay: 0,
        now: noon(5),
      });
      assert.equal(tomorrow.due.length, 0);
    });

    it('new cards met today count against the allowance; reviews of today are counted', () => {
      const reviews = new Map([
        [python.interview[0].id, review({ reps: 1, lastReview: noon(5) - 3600_000, due: noon(6) })],
        [python.interview[1].id, review({ reps: 1, lastReview: noon(5) - 60_000, due: noon(8) })],
        [python.interview[2].id, review({ reps: 4, lastReview: noon(5) - 60_000, due: noon(20) })],
        [python.interview[3].id, review({ reps: 1, lastReview: noon(4), due: noon(5) })],
      ]);
      const deck = buildDeck({ roles: [python], reviews, newPerDay: 3, now: noon(5) });
      assert.equal(deck.reviewedToday, 3);
      assert.deepEqual(
        deck.fresh.map((c) => c.question.id),
        [python.interview[4].id],
        'two of three new cards were met today',
      );
      assert.deepEqual(
        deck.due.map((c) => c.question.id),
        [python.interview[3].id],
      );
      assert.equal(buildDeck({ roles: [python], reviews, newPerDay: 1, now: noon(5) }).fresh.length, 0);
    });
  });

  describe('merging reviews and streaks', () => {
    const a: CardReview = { due: 5 * DAY, lastReview: 2 * DAY, stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 2 };
    const b: CardReview = { ...a, due: 9 * DAY, lastReview: 4 * DAY, reps: 3 };

    it('the later review wins, whichever copy is merged into which', () => {
      assert.equal(laterReview(a, b), b);
      assert.equal(laterReview(b, a), b);
      const tie = { ...a, reps: 3 };
      assert.equal(laterReview(a, tie), tie);
      assert.equal(laterReview(tie, a), tie);
    });

    it('runs of days that touch join; apart, the more recent run is the streak', () => {
      assert.deepEqual(joinRuns({ from: 1, to: 3 }, { from: 4, to: 6 }), { from: 1, to: 6 });
      assert.deepEqual(joinRuns({ from: 4, to: 6 }, { from: 1, to: 3 }), { from: 1, to: 6 });
      assert.deepEqual(joinRuns({ from: 1, to: 5 }, { from: 2, to: 3 }), { from: 1, to: 5 });
      assert.deepEqual(joinRuns({ from: 1, to: 2 }, { from: 5, to: 6 }), { from: 5, to: 6 });
      assert.deepEqual(joinRuns({ from: 5, to: 6 }, { from: 1, to: 2 }), { from: 5, to: 6 });
    });

    it('the streak counts while its last day is today or yesterday', () => {
      const today = localDay(noon(10));
      assert.equal(currentStreak({ from: today - 2, to: today }, noon(10)), 3);
      assert.equal(currentStreak({ from: today - 2, to: today - 1 }, noon(10)), 2);
      assert.equal(currentStreak({ from: today - 5, to: today - 2 }, noon(10)), 0);
      assert.equal(currentStreak(undefined, noon(10)), 0);
    });
  });

  describe('wording', () => {
    it('says when a card comes back in the unit a learner plans by', () => {
      assert.equal(comesBackIn(20 * 60 * 60 * 1000), 'tomorrow');
      assert.equal(comesBackIn(3 * DAY), 'in 3 days');
      assert.equal(comesBackIn(21 * DAY), 'in 3 weeks');
      assert.equal(comesBackIn(95 * DAY), 'in 3 months');
      assert.equal(comesBackIn(400 * DAY), 'in a year');
      assert.equal(comesBackIn(1000 * DAY), 'in 3 years');
    });

    it('sums up the day', () => {
      assert.equal(dayFigures(1, 0, 0), '1 card left today · 0 reviewed today');
      assert.equal(dayFigures(7, 3, 1), '7 cards left today · 3 reviewed today · 1 day in a row');
      assert.equal(dayFigures(0, 12, 5), '0 cards left today · 12 reviewed today · 5 days in a row');
    });
  });
});
