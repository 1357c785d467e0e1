// The Practice page's messages, both ways. The page says when it is ready for a card and how the learner rated
// one; the extension sends the card to show (with what each rating would do) and the day's figures.
import * as z from 'zod/mini';
import { RATING_NAMES } from '../practice/deck';
import { id, type PageMessages } from './messages';

const count = z.number().check(z.int(), z.nonnegative());
const line = z.string().check(z.maxLength(200));
const text = z.string().check(z.maxLength(5000));

export const practiceFromPage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('ready') }),
  z.strictObject({ type: z.literal('rate'), questionId: id, rating: z.enum(RATING_NAMES) }),
  z.strictObject({ type: z.literal('openSettings') }),
]);

export const practiceToPage = z.strictObject({
  type: z.literal('card'),
  card: z.nullable(
    z.strictObject({
      questionId: id,
      role: line,
      question: text,
      answer: text,
      /** "new" or "review", for the learner. */
      kind: z.enum(['new', 'review']),
      /** When the card comes back after each rating, in words. */
      comesBack: z.strictObject({ again: line, hard: line, good: line, easy: line }),
    }),
  ),
  left: count,
  reviewedToday: count,
  streak: count,
  /** The day's figures in words, and what the page says when there is no card. */
  summary: line,
  status: text,
});

export type PracticeFromPage = z.infer<typeof practiceFromPage>;
export type PracticeToPage = z.infer<typeof practiceToPage>;

export const practiceMessages: PageMessages<PracticeFromPage, PracticeToPage> = { fromPage: practiceFromPage, toPage: practiceToPage };
