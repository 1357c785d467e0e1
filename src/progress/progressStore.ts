// The learner's progress, in memory and in storage (the extension passes globalState, which Settings Sync
// carries between machines): ticked states, what exercise checks proved, notes, and interview practice. Every write merges with what is
// stored (see syncedMap.ts), so two windows never erase each other's work. Pure: no vscode import, so unit tests
// drive it with a Map.
import {
  boundImport,
  checksFormat,
  noteBytes,
  notesFormat,
  noteTooLarge,
  progressFormat,
  progressToMerge,
  shownState,
  type Bounded,
  type CheckRecord,
  type Exported,
  type KnownIds,
  type MergeSummary,
  type NoteEntry,
  type ShownState,
  type SkillProgress,
  type SkillState,
} from './progressData';
import { localDay } from './days';
import { joinRuns, reviewsFormat, STREAK_ID, streakFormat, type CardReview, type StreakRun } from './reviewData';
import { SyncedMap, type KeyValueStorage } from './syncedMap';

export { CHECKS_KEY, NOTES_KEY, PROGRESS_KEY } from './progressData';
export { REVIEWS_KEY, STREAK_KEY } from './reviewData';
/** The storage keys Settings Sync carries between machines. */
export const SYNCED_KEYS = [progressFormat.key, checksFormat.key, notesFormat.key, reviewsFormat.key, streakFormat.key];

/** A note that would not sync: it is not saved, and the message says why (the editor keeps the text). */
export class NoteTooLargeError extends Error {}
export type ProgressStorage = KeyValueStorage;

export interface Counts {
  /** Done, verified ones included. */
  done: number;
  verified: number;
  inProgress: number;
  total: number;
}

export interface ProgressChange {
  /** The skills whose state or check record changed. */
  skillIds: string[];
}

export interface LoadReport {
  /** Set when a stored value had to be repaired; the raw value is then kept under `<key>.unreadable`. */
  problem?: string;
}

/** An exercise check's result, for the skills it names. */
export interface CheckResult {
  skillIds: readonly string[];
  passed: boolean;
  /** The exercise's title and the project's folder name, kept with the record. */
  exercise: string;
  project: string;
}

/** What a reset changed, so that undo restores exactly that. */
export interface ResetRecord {
  at: number;
  before: ReadonlyMap<string, SkillProgress>;
}

export interface ImportSummary extends MergeSummary {
  checksMerged: number;
  notesMerged: number;
  /** Notes of the file left out because all notes together would no longer sync. */
  notesLeftOut: number;
  reviewsMerged: number;
  unknown: number;
  future: number;
}

export class ProgressStore {
  private readonly progress: SyncedMap<SkillProgress>;
  private readonly checks: SyncedMap<CheckRecord>;
  private readonly notes: SyncedMap<NoteEntry>;
  private readonly reviews: SyncedMap<CardReview>;
  private readonly streak: SyncedMap<StreakRun>;
  private readonly listeners = new Set<(change: ProgressChange) => void>();
  private readonly reviewListeners = new Set<() => void>();

  constructor(
    storage: ProgressStorage,
    private readonly currentSkillId: (id: string) => string = (id) => id,
    private readonly now: () => number = Date.now,
  ) {
    this.progress = new SyncedMap(storage, progressFormat, currentSkillId, now);
    this.checks = new SyncedMap(storage, checksFormat, currentSkillId, now);
    this.notes = new SyncedMap(storage, notesFormat, currentSkillId, now);
    this.reviews = new SyncedMap(storage, reviewsFormat, undefined, now);
    this.streak = new SyncedMap(storage, streakFormat, undefined, now);
  }

  /** Reads storage (again); call at activation and when another window or machine may have changed it. */
  async load(): Promise<LoadReport> {
    const progress = await this.progress.load();
    const checks = await this.checks.load();
    const notes = await this.notes.load();
    const reviews = await this.reviews.load();
    const streak = await this.streak.load();
    this.fire([...progress.changed, ...checks.changed, ...notes.changed]);
    if (reviews.changed.length + streak.changed.length > 0) this.fireReviews();
    const problem = [
      progress.problem,
      checks.problem && `check results: ${checks.problem}`,
      notes.problem && `notes: ${notes.problem}`,
      reviews.problem && `practice reviews: ${reviews.problem}`,
      streak.problem && `practice streak: ${streak.problem}`,
    ]
      .filter(Boolean)
      .join('; ');
    return problem ? { problem } : {};
  }

  onDidChange(listener: (change: ProgressChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Fires when practice reviews or the streak change, here or in another window. */
  onDidChangeReviews(listener: () => void): { dispose(): void } {
    this.reviewListeners.add(listener);
    return { dispose: () => this.reviewListeners.delete(listener) };
  }

  state(skillId: string): ShownState {
    return shownState(this.progress.get(skillId), this.checks.get(skillId));
  }

  /** The ticked state and its time, when the skill has one saved. */
  progressOf(skillId: string): SkillProgress | undefined {
    const entry = this.progress.get(skillId);
    return entry && { ...entry };
  }

  checkOf(skillId: string): CheckRecord | undefined {
    const record = this.checks.get(skillId);
    return record && { ...record };
  }

  /** The learner's note on a skill; undefined when there is none (or it was deleted). */
  noteOf(skillId: string): string | undefined {
    return this.notes.get(skillId)?.text || undefined;
  }

  /** When the note was last saved or deleted. */
  noteChangedAt(skillId: string): number | undefined {
    return this.notes.get(skillId)?.changedAt;
  }

  /** Saves a note (an empty text deletes it); throws NoteTooLargeError, saving nothing, when it would not sync. */
  async setNote(skillId: string, text: string): Promise<void> {
    const changedAt = this.now();
    let problem: string | undefined;
    const changed = await this.notes.commit((current) => {
      if ((current.get(skillId)?.text ?? '') === text) return new Map();
      problem = text ? noteTooLarge(text, notesBytes(current, skillId)) : undefined;
      return problem ? new Map() : new Map([[skillId, { text, changedAt }]]);
    });
    if (problem) throw new NoteTooLargeError(problem);
    this.fire(changed);
  }

  /** What the learner has done at all: ticked a skill, had a check run, rated a card. */
  activity(): { ticked: boolean; checked: boolean; practised: boolean } {
    return {
      ticked: [...this.progress.entries.values()].some((entry) => entry.state !== 'not-started'),
      checked: this.checks.entries.size > 0,
      practised: this.reviews.entries.size > 0,
    };
  }

  /** Question id → the card's state after its last review. */
  get reviewStates(): ReadonlyMap<string, CardReview> {
    return this.reviews.entries;
  }

  /** The days practised in a row most recently, if any. */
  streakRun(): StreakRun | undefined {
    return this.streak.get(STREAK_ID);
  }

  /** Saves a card's review and counts its day in the streak. */
  async recordReview(questionId: string, review: CardReview): Promise<void> {
    const day = localDay(review.lastReview);
    const changed = await this.reviews.commit((current) => {
      const mine = current.get(questionId);
      return new Map([[questionId, mine ? reviewsFormat.merge(mine, review) : review]]);
    });
    const streak = await this.streak.commit((current) => {
      const run = current.get(STREAK_ID);
      return new Map([[STREAK_ID, run ? joinRuns(run, { from: day, to: day }) : { from: day, to: day }]]);
    });
    if (changed.length + streak.length > 0) this.fireReviews();
  }

  counts(skillIds: readonly string[]): Counts {
    const counts: Counts = { done: 0, verified: 0, inProgress: 0, total: skillIds.length };
    for (const id of skillIds) {
      const state = this.state(id);
      if (state === 'verified') counts.verified++;
      if (state === 'done' || state === 'verified') counts.done++;
      else if (state === 'in-progress') counts.inProgress++;
    }
    return counts;
  }

  /** Sets several skills at once: one save, one change event. Returns the ids whose ticked state changed. */
  async setState(skillIds: readonly string[], state: SkillState): Promise<string[]> {
    const changedAt = this.now();
    let changed: string[] = [];
    await this.commitProgress((current) => {
      changed = skillIds.filter((id) => (current.get(id)?.state ?? 'not-started') !== state);
      return new Map(changed.map((id) => [id, { state, changedAt }]));
    });
    return changed;
  }

  /**
   * Records a check's result on its skills. A pass verifies them (ticking any not yet done); a failure is kept
   * beside the last pass, never instead of it, and marks untouched skills as in progress.
   */
  async recordCheck({ skillIds, passed, exercise, project }: CheckResult): Promise<void> {
    const at = this.now();
    const record: CheckRecord = passed
      ? { passedAt: at, passedBy: exercise, passedIn: project }
      : { failedAt: at, failedBy: exercise, failedIn: project };
    const changed = await this.checks.commit(
      (current) => new Map(skillIds.map((id) => [id, checksFormat.merge(current.get(id) ?? {}, record)])),
    );
    changed.push(
      ...(await this.progress.commit((current) => {
        const ticked = new Map<string, SkillProgress>();
        for (const id of skillIds) {
          const state = current.get(id)?.state ?? 'not-started';
          if (passed && state !== 'done') ticked.set(id, { state: 'done', changedAt: at });
          if (!passed && state === 'not-started') ticked.set(id, { state: 'in-progress', changedAt: at });
        }
        return ticked;
      })),
    );
    this.fire(changed);
  }

  /** Sets `skillIds` to not started; the record lets undoReset() restore what this changed. */
  async reset(skillIds: readonly string[]): Promise<ResetRecord> {
    const at = this.now();
    const before = new Map<string, SkillProgress>();
    await this.commitProgress((current) => {
      for (const id of skillIds) {
        const entry = current.get(id);
        if (entry && entry.state !== 'not-started') before.set(id, { ...entry });
      }
      return new Map([...before.keys()].map((id) => [id, { state: 'not-started', changedAt: at }]));
    });
    return { at, before };
  }

  /**
   * Undoes a reset for the skills still as the reset left them (a skill ticked since, here or in another window,
   * keeps its newer state), as a new change, so that every window and machine takes the undo as later than the
   * reset. Returns the ids restored.
   */
  async undoReset({ at, before }: ResetRecord): Promise<string[]> {
    const changedAt = this.now();
    const restored: string[] = [];
    await this.commitProgress((current) => {
      const restore = new Map<string, SkillProgress>();
      for (const [id, entry] of before) {
        const now = current.get(id);
        if (now?.state === 'not-started' && now.changedAt === at) restore.set(id, { state: entry.state, changedAt });
      }
      restored.push(...restore.keys());
      return restore;
    });
    return restored;
  }

  /** A copy of everything saved, including skills the catalog no longer knows. */
  snapshot(): Exported {
    const streak = this.streakRun();
    return {
      progress: new Map(this.progress.entries),
      checks: new Map(this.checks.entries),
      notes: new Map(this.notes.entries),
      reviews: new Map(this.reviews.entries),
      ...(streak && { streak: { ...streak } }),
    };
  }

  /**
   * Merges an import, skill by skill and card by card (the later change or review wins; check records keep the
   * later pass and failure; runs of practice days join).
   */
  async merge(incoming: Exported, known: KnownIds = { skill: () => true, question: () => true }): Promise<ImportSummary> {
    const renamed = (entries: ReadonlyMap<string, unknown>) => [...entries].map(([id, e]) => [this.currentSkillId(id), e] as const);
    const bounded: Bounded = boundImport(
      {
        ...incoming,
        progress: new Map(renamed(incoming.progress)) as Exported['progress'],
        checks: new Map(renamed(incoming.checks)) as Exported['checks'],
        notes: new Map(renamed(incoming.notes)) as Exported['notes'],
      },
      known,
      this.now(),
    );
    let result: { summary: MergeSummary; checksMerged: number; notesMerged: number; notesLeftOut: number; reviewsMerged: number } = {
      summary: { added: 0, updated: 0, unchanged: 0, olderIgnored: 0 },
      checksMerged: 0,
      notesMerged: 0,
      notesLeftOut: 0,
      reviewsMerged: 0,
    };
    const changed = await this.progress.commit((current) => {
      const { winners, summary } = progressToMerge(current, bounded.progress);
      result = { ...result, summary };
      return winners;
    });
    changed.push(
      ...(await this.checks.commit((current) => {
        const merged = new Map<string, CheckRecord>();
        for (const [id, record] of bounded.checks) {
          const mine = current.get(id);
          const next = mine ? checksFormat.merge(mine, record) : record;
          if (!mine || !checksFormat.same(mine, next)) merged.set(id, next);
        }
        result = { ...result, checksMerged: merged.size };
        return merged;
      })),
    );
    changed.push(
      ...(await this.notes.commit((current) => {
        const { winners, leftOut } = notesToMerge(current, bounded.notes);
        result = { ...result, notesMerged: winners.size, notesLeftOut: leftOut };
        return winners;
      })),
    );
    this.fire(changed);
    result.reviewsMerged = await this.mergeReviews(bounded);
    const { summary, ...counts } = result;
    return { ...summary, ...counts, unknown: bounded.unknown, future: bounded.future };
  }

  /** Takes the imported reviews that are later than ours, and joins the streaks; returns how many cards changed. */
  private async mergeReviews({ reviews, streak }: Bounded): Promise<number> {
    const cards = await this.reviews.commit((current) => {
      const later = new Map<string, CardReview>();
      for (const [id, review] of reviews) {
        const mine = current.get(id);
        if (!mine || !reviewsFormat.same(mine, reviewsFormat.merge(mine, review))) later.set(id, review);
      }
      return later;
    });
    const days = streak
      ? await this.streak.commit((current) => {
          const run = current.get(STREAK_ID);
          return new Map([[STREAK_ID, run ? joinRuns(run, streak) : streak]]);
        })
      : [];
    if (cards.length + days.length > 0) this.fireReviews();
    return cards.length;
  }

  private fireReviews(): void {
    for (const listener of [...this.reviewListeners]) listener();
  }

  private async commitProgress(
    changes: (current: ReadonlyMap<string, SkillProgress>) => ReadonlyMap<string, SkillProgress>,
  ): Promise<void> {
    this.fire(await this.progress.commit(changes));
  }

  private fire(skillIds: string[]): void {
    const unique = [...new Set(skillIds)];
    if (unique.length === 0) return;
    for (const listener of [...this.listeners]) listener({ skillIds: unique });
  }
}

/** The bytes of every note but one's. */
function notesBytes(notes: ReadonlyMap<string, NoteEntry>, except: string): number {
  let bytes = 0;
  for (const [id, note] of notes) if (id !== except) bytes += noteBytes(note.text);
  return bytes;
}

/** The imported notes that are later than ours, as far as all notes together still sync; the rest are counted. */
function notesToMerge(current: ReadonlyMap<string, NoteEntry>, incoming: ReadonlyMap<string, NoteEntry>) {
  const next = new Map(current);
  const winners = new Map<string, NoteEntry>();
  let leftOut = 0;
  for (const [id, note] of incoming) {
    const mine = next.get(id);
    if (mine && notesFormat.merge(mine, note) === mine) continue;
    if (note.text && noteTooLarge(note.text, notesBytes(next, id))) {
      leftOut++;
      continue;
    }
    next.set(id, note);
    winners.set(id, note);
  }
  return { winners, leftOut };
}
