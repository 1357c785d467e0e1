// The role page's messages, both ways. The page sends ticks and button presses; the extension sends progress
// (when the page is visible; a hidden page is rendered again instead) and the skill to scroll to.
import * as z from 'zod/mini';
import { SKILL_STATES, type ShownState } from '../progress/progressData';
import { id, type PageMessages } from './messages';

/** The states a page may set. */
const settableState = z.enum(SKILL_STATES);
/** The states a page shows: verified ones too (only a passing exercise check makes a skill verified). */
export const shownState = z.enum([...SKILL_STATES, 'verified'] satisfies ShownState[]);
const count = z.number().check(z.int(), z.nonnegative());

export const roleFromPage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('setSkillState'), skillId: id, state: settableState }),
  z.strictObject({ type: z.literal('scaffold') }),
  z.strictObject({ type: z.literal('openOverview') }),
  z.strictObject({ type: z.literal('practice') }),
  z.strictObject({ type: z.literal('checkExercise'), exerciseId: id }),
  z.strictObject({ type: z.literal('editNote'), skillId: id }),
]);

export const roleToPage = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('progress'),
    states: z.record(id, shownState),
    counts: z.strictObject({ done: count, verified: count, inProgress: count, total: count }),
    summary: z.string(),
    proofs: z.record(id, z.string().check(z.maxLength(1000))),
    /** The "Next up" line: its words, and the skill its button goes to (none when every skill is done). */
    next: z.strictObject({ skillId: z.nullable(id), text: z.string().check(z.maxLength(1000)) }),
    /** The first line of each note, shown under its skill. */
    notes: z.record(id, z.string().check(z.maxLength(200))),
  }),
  z.strictObject({ type: z.literal('reveal'), skillId: id }),
]);

export type RoleFromPage = z.infer<typeof roleFromPage>;
export type RoleToPage = z.infer<typeof roleToPage>;

export const roleMessages: PageMessages<RoleFromPage, RoleToPage> = { fromPage: roleFromPage, toPage: roleToPage };
