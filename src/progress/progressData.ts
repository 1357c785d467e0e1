// The saved forms of a learner's progress: which skills are ticked (PROGRESS_KEY, the format every version of the
// extension reads) and what exercise checks proved (CHECKS_KEY, kept apart so that an older version, which does
// not know it, never touches it); how two copies of each merge, and the JSON export. Validated with zod/mini (a
// few KB, fast to load) because it is read at every activation.
import * as l10n from '@vscode/l10n';
import * as z from 'zod/mini';
import { localDay } from './days';
import { cardReviewSchema, streakRunSchema, type CardReview, type StreakRun } from './reviewData';
import { ENTRY_ID, sameJson, type MapFormat } from './syncedMap';

/** What a learner can set by hand. */
export const SKILL_STATES = ['not-started', 'in-progress', 'done'] as const;
export type SkillState = (typeof SKILL_STATES)[number];
/** What a skill shows: done becomes verified once an exercise check that names it has passed. */
export type ShownState = SkillState | 'verified';

export interface SkillProgress {
  state: SkillState;
  /** Milliseconds since the epoch; when two copies disagree, the later change wins. */
  changedAt: number;
}

/** What exercise checks said about a skill: the last pass and the last failure, each with where it ran. */
export interface CheckRecord {
  passedAt?: number | undefined;
  /** The exercise (title) and project (folder name) of the last pass. */
  passedBy?: string | undefined;
  passedIn?: string | undefined;
  failedAt?: number | undefined;
  failedBy?: string | undefined;
  failedIn?: string | undefined;
}

/** The learner's Markdown note on a skill; an empty text records that the note was deleted (so that syncs). */
export interface NoteEntry {
  text: string;
  changedAt: number;
}

/** Skill id → progress. 'not-started' entries are kept: they record when a skill was unticked. */
export type ProgressMap = Map<string, SkillProgress>;
export type CheckMap = Map<string, CheckRecord>;
export type NoteMap = Map<string, NoteEntry>;
/** Question id → the card's scheduling state. */
export type ReviewMap = Map<string, CardReview>;

export const PROGRESS_KEY = 'backendPaths.progress';
export const CHECKS_KEY = 'backendPaths.checks';
export const NOTES_KEY = 'backendPaths.notes';
export const PROGRESS_VERSION = 1;
export const EXPORT_FORMAT = 'backend-paths-progress';

const time = z.number().check(z.nonnegative());
const label = z.string().check(z.maxLength(200));
// Loose: fields a newer version adds to an entry survive this version's writes.
const skillProgressSchema = z.looseObject({ state: z.enum(SKILL_STATES), changedAt: time });
const checkRecordSchema = z.looseObject({
  passedAt: z.optional(time),
  passedBy: z.optional(label),
  passedIn: z.optional(label),
  failedAt: z.optional(time),
  failedBy: z.optional(label),
  failedIn: z.optional(label),
});

/**
 * Settings Sync sends all of an editor's synced state in one request, which its service refuses over about 100 KB
 * (microsoft/vscode#86178, #202359), shared with every other extension. Notes take at most this much of it.
 */
export const NOTE_MAX_BYTES = 8 * 1024;
export const NOTES_MAX_TOTAL_BYTES = 48 * 1024;
const noteSchema = z.looseObject({ text: z.string().check(z.maxLength(NOTE_MAX_BYTES)), changedAt: time });

export const noteBytes = (text: string): number => new TextEncoder().encode(text).length;

/** Why a note cannot be saved as it is (it would not sync), in words for the learner; undefined when it can. */
export function noteTooLarge(text: string, otherNotesBytes: number): string | undefined {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const bytes = noteBytes(text);
  if (bytes > NOTE_MAX_BYTES)
    return l10n.t(
      'the note is {0}; a note can be at most {1} to follow you through Settings Sync. Shorten it, or keep the long text in a file of your project and link it.',
      kb(bytes),
      kb(NOTE_MAX_BYTES),
    );
  if (bytes + otherNotesBytes > NOTES_MAX_TOTAL_BYTES)
    return l10n.t(
      'all your notes together would be {0}; they can be at most {1} to follow you through Settings Sync. Shorten this note or another one.',
      kb(bytes + otherNotesBytes),
      kb(NOTES_MAX_TOTAL_BYTES),
    );
  return undefined;
}

/** The later note wins; a tie goes to the text that sorts last, so every copy agrees. */
export function laterNote(a: NoteEntry, b: NoteEntry): NoteEntry {
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? a : b;
  return b.text > a.text ? b : a;
}

const STATE_RANK: Record<SkillState, number> = { 'not-started': 0, 'in-progress': 1, done: 2 };

/** The later change wins; a tie (two windows in one millisecond) goes to the further state, so all copies agree. */
export function laterChange(a: SkillProgress, b: SkillProgress): SkillProgress {
  if (a.changedAt !== b.changedAt) return a.changedAt > b.changedAt ? a : b;
  return STATE_RANK[b.state] > STATE_RANK[a.state] ? b : a;
}

/** Nothing a check proved is lost: the later pass and the later failure are both kept. */
export function mergeChecks(a: CheckRecord, b: CheckRecord): CheckRecord {
  const pass = (b.passedAt ?? -1) > (a.passedAt ?? -1) ? b : a;
  const fail = (b.failedAt ?? -1) > (a.failedAt ?? -1) ? b : a;
  return withoutUndefined({
    ...a,
    ...b,
    passedAt: pass.passedAt,
    passedBy: pass.passedBy,
    passedIn: pass.passedIn,
    failedAt: fail.failedAt,
    failedBy: fail.failedBy,
    failedIn: fail.failedIn,
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const progressFormat: MapFormat<SkillProgress> = {
  key: PROGRESS_KEY,
  version: PROGRESS_VERSION,
  entry: skillProgressSchema,
  merge: laterChange,
  same: (a, b) => a.state === b.state && a.changedAt === b.changedAt,
};

export const checksFormat: MapFormat<CheckRecord> = {
  key: CHECKS_KEY,
  version: 1,
  entry: checkRecordSchema,
  merge: mergeChecks,
  same: sameJson,
};

export const notesFormat: MapFormat<NoteEntry> = {
  key: NOTES_KEY,
  version: 1,
  entry: noteSchema,
  merge: laterNote,
  same: (a, b) => a.text === b.text && a.changedAt === b.changedAt,
};

/** The state a skill shows, from its ticked state and what checks proved. */
export function shownState(progress: SkillProgress | undefined, check: CheckRecord | undefined): ShownState {
  const state = progress?.state ?? 'not-started';
  return state === 'done' && check?.passedAt !== undefined ? 'verified' : state;
}

// --- The JSON export ----------------------------------------------------------------------------------------

/** Larger files are refused before they are parsed: a real export of every skill is far smaller. */
export const MAX_IMPORT_BYTES = 2_000_000;
/** A change dated later than this after the import is taken as made at the import (it would win every merge). */
export const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

const skillIdSchema = z.string().check(z.regex(ENTRY_ID));
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  skills: z.record(skillIdSchema, skillProgressSchema),
  checks: z.optional(z.record(skillIdSchema, checkRecordSchema)),
  notes: z.optional(z.record(skillIdSchema, noteSchema)),
  reviews: z.optional(z.record(skillIdSchema, cardReviewSchema)),
  streak: z.optional(streakRunSchema),
});

export interface Exported {
  progress: ProgressMap;
  checks: CheckMap;
  notes: NoteMap;
  reviews: ReviewMap;
  streak?: StreakRun | undefined;
}

export type ImportResult = { ok: true; data: Exported } | { ok: false; error: string };

/** Parses an exported progress file; anything that is not one is refused as a whole, with the reason. */
export function parseExport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      error: l10n.t('the file is too large ({0} KB; an export is at most {1} KB)', Math.round(text.length / 1024), MAX_IMPORT_BYTES / 1000),
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: l10n.t('not JSON ({0})', (error as Error).message) };
  }
  const result = exportSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : l10n.t('the file');
    return { ok: false, error: l10n.t('not a Backend Paths progress file: {0}: {1}', where, issue?.message ?? l10n.t('invalid')) };
  }
  return {
    ok: true,
    data: {
      progress: new Map(Object.entries(result.data.skills)),
      checks: new Map(Object.entries(result.data.checks ?? {})),
      notes: new Map(Object.entries(result.data.notes ?? {})),
      reviews: new Map(Object.entries(result.data.reviews ?? {})),
      ...(result.data.streak && { streak: result.data.streak }),
    },
  };
}

export function toExport({ progress, checks, notes, reviews, streak }: Exported, exportedAt: Date): string {
  const file = {
    format: EXPORT_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: exportedAt.toISOString(),
    skills: Object.fromEntries(progress),
    checks: Object.fromEntries(checks),
    notes: Object.fromEntries(notes),
    reviews: Object.fromEntries(reviews),
    ...(streak && { streak }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface Bounded extends Exported {
  /** Entries of skills the catalog does not know (after renames), left out. */
  unknown: number;
  /** Changes dated in the future, taken as made at the import. */
  future: number;
}

/** Which ids the catalog knows (after renames). */
export interface KnownIds {
  skill(id: string): boolean;
  question(id: string): boolean;
}

/** What of an import may enter synced state: known skills and questions only, no dates in the future. */
export function boundImport({ progress, checks, notes, reviews, streak }: Exported, known: KnownIds, now: number): Bounded {
  let unknown = 0;
  let future = 0;
  const clamp = (t: number | undefined): number | undefined => {
    if (t === undefined || t <= now + FUTURE_TOLERANCE_MS) return t;
    future++;
    return now;
  };
  const keep = <E>(entries: Map<string, E>, bound: (e: E) => E, isKnown = (id: string) => known.skill(id)) => {
    const kept = new Map<string, E>();
    for (const [id, entry] of entries) {
      if (isKnown(id)) kept.set(id, bound(entry));
      else unknown++;
    }
    return kept;
  };
  const today = localDay(now);
  const boundedStreak = streak && streak.to > today + 1 ? { from: Math.min(streak.from, today), to: today } : streak;
  if (boundedStreak !== streak) future++;
  return {
    progress: keep(progress, (e) => ({ ...e, changedAt: clamp(e.changedAt) as number })),
    checks: keep(checks, (e) => withoutUndefined({ ...e, passedAt: clamp(e.passedAt), failedAt: clamp(e.failedAt) })),
    notes: keep(notes, (e) => ({ ...e, changedAt: clamp(e.changedAt) as number })),
    // A review dated in the future is taken as made now; its due date, a plan and not a change, stays.
    reviews: keep(
      reviews,
      (e) => ({ ...e, lastReview: clamp(e.lastReview) as number }),
      (id) => known.question(id),
    ),
    ...(boundedStreak && { streak: boundedStreak }),
    unknown,
    future,
  };
}

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  olderIgnored: number;
}

/** The entries of `incoming` that win over `current` (the later change), and what happened to each. */
export function progressToMerge(
  current: ReadonlyMap<string, SkillProgress>,
  incoming: ReadonlyMap<string, SkillProgress>,
): { winners: ProgressMap; summary: MergeSummary } {
  const winners: ProgressMap = new Map();
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, olderIgnored: 0 };
  for (const [id, entry] of incoming) {
    const mine = current.get(id);
    if (!mine) {
      winners.set(id, entry);
      summary.added++;
    } else if (mine.state === entry.state) {
      summary.unchanged++;
    } else if (entry.changedAt > mine.changedAt) {
      winners.set(id, entry);
      summary.updated++;
    } else {
      summary.olderIgnored++;
    }
  }
  return { winners, summary };
}
