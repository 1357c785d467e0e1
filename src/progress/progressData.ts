// The saved form of a learner's progress: what is valid, how to recover what is not, how two copies merge.
// Validated with zod/mini (a few KB, fast to load) because it is read at every activation.
import * as z from 'zod/mini';

export const SKILL_STATES = ['not-started', 'in-progress', 'done'] as const;
export type SkillState = (typeof SKILL_STATES)[number];

export interface SkillProgress {
  state: SkillState;
  /** Milliseconds since the epoch; when two copies disagree, the later change wins. */
  changedAt: number;
}

/** Skill id → progress. 'not-started' entries are kept: they record when a skill was unticked. */
export type ProgressMap = Record<string, SkillProgress>;

export const PROGRESS_VERSION = 1;
export const EXPORT_FORMAT = 'backend-paths-progress';

const skillProgressSchema = z.object({
  state: z.enum(SKILL_STATES),
  changedAt: z.number().check(z.nonnegative()),
});
const skillIdSchema = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));
const storedSchema = z.object({
  version: z.literal(PROGRESS_VERSION),
  skills: z.record(skillIdSchema, skillProgressSchema),
});
const exportSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(PROGRESS_VERSION),
  skills: z.record(skillIdSchema, skillProgressSchema),
});

export interface ReadResult {
  progress: ProgressMap;
  /** Set when the value was not entirely valid: what was wrong, in words for the user. */
  problem?: string;
}

/** Reads a stored value, keeping every entry that is valid, whatever the rest looks like. */
export function readStored(raw: unknown): ReadResult {
  if (raw === undefined) return { progress: {} };
  const whole = storedSchema.safeParse(raw);
  if (whole.success) return { progress: whole.data.skills };
  const skills = isRecord(raw) && isRecord(raw.skills) ? raw.skills : undefined;
  const progress: ProgressMap = {};
  let dropped = 0;
  for (const [id, value] of Object.entries(skills ?? {})) {
    const entry = skillProgressSchema.safeParse(value);
    if (entry.success && skillIdSchema.safeParse(id).success) progress[id] = entry.data;
    else dropped++;
  }
  const kept = Object.keys(progress).length;
  const problem = skills
    ? `${dropped} of ${kept + dropped} saved entries were unreadable`
    : 'the saved value was not Backend Paths progress';
  return { progress, problem };
}

export type ImportResult = { ok: true; progress: ProgressMap } | { ok: false; error: string };

/** Parses an exported progress file; anything that is not one is refused as a whole, with the reason. */
export function parseExport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON (${(error as Error).message})` };
  }
  const result = exportSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, error: `not a Backend Paths progress file: ${where}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, progress: result.data.skills };
}

export function toExport(progress: ProgressMap, exportedAt: Date): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: PROGRESS_VERSION, exportedAt: exportedAt.toISOString(), skills: progress }, null, 2)}\n`;
}

export function toStored(progress: ProgressMap): unknown {
  return { version: PROGRESS_VERSION, skills: progress };
}

/** Moves entries of renamed skills to their new id, unless the new id has a later change of its own. */
export function followRenames(progress: ProgressMap, currentId: (id: string) => string): ProgressMap {
  const result: ProgressMap = {};
  const entries = Object.entries(progress).sort(([, a], [, b]) => a.changedAt - b.changedAt);
  for (const [id, entry] of entries) result[currentId(id)] = entry;
  return result;
}

export interface MergeSummary {
  added: number;
  updated: number;
  unchanged: number;
  olderIgnored: number;
}

/** Merges `incoming` into `current`, skill by skill; the later change wins. */
export function mergeProgress(current: ProgressMap, incoming: ProgressMap): { merged: ProgressMap; summary: MergeSummary } {
  const merged: ProgressMap = { ...current };
  const summary: MergeSummary = { added: 0, updated: 0, unchanged: 0, olderIgnored: 0 };
  for (const [id, entry] of Object.entries(incoming)) {
    const mine = current[id];
    if (!mine) {
      merged[id] = entry;
      summary.added++;
    } else if (mine.state === entry.state) {
      summary.unchanged++;
    } else if (entry.changedAt > mine.changedAt) {
      merged[id] = entry;
      summary.updated++;
    } else {
      summary.olderIgnored++;
    }
  }
  return { merged, summary };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
