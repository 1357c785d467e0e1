// The learner's progress, in memory and in storage (the extension passes globalState, which Settings Sync
// carries between machines). Pure: no vscode import, so unit tests drive it with a Map.
import {
  followRenames,
  mergeProgress,
  readStored,
  toStored,
  type MergeSummary,
  type ProgressMap,
  type SkillState,
} from './progressData';

export const PROGRESS_KEY = 'backendPaths.progress';
/** Where an unreadable stored value is kept, untouched, when progress had to be recovered. Not synced. */
export const BACKUP_KEY = 'backendPaths.progress.unreadable';

export interface ProgressStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export interface Counts {
  done: number;
  inProgress: number;
  total: number;
}

export interface ProgressChange {
  /** The skills whose state changed. */
  skillIds: string[];
}

export interface LoadReport {
  /** Set when the stored value had to be recovered; the raw value is then kept under BACKUP_KEY. */
  problem?: string;
}

export class ProgressStore {
  private progress: ProgressMap = {};
  private readonly listeners = new Set<(change: ProgressChange) => void>();

  constructor(
    private readonly storage: ProgressStorage,
    private readonly currentSkillId: (id: string) => string = (id) => id,
    private readonly now: () => number = Date.now,
  ) {}

  /** Reads storage (again); call at activation and when another window or machine changed it. */
  async load(): Promise<LoadReport> {
    const raw = this.storage.get(PROGRESS_KEY);
    const { progress, problem } = readStored(raw);
    const previous = this.progress;
    this.progress = followRenames(progress, this.currentSkillId);
    if (problem) {
      await this.storage.update(BACKUP_KEY, raw);
      await this.save();
    }
    const changed = [...new Set([...Object.keys(previous), ...Object.keys(this.progress)])].filter(
      (id) => previous[id]?.state !== this.progress[id]?.state,
    );
    if (changed.length > 0) this.fire(changed);
    return problem ? { problem } : {};
  }

  onDidChange(listener: (change: ProgressChange) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  state(skillId: string): SkillState {
    return this.progress[skillId]?.state ?? 'not-started';
  }

  counts(skillIds: readonly string[]): Counts {
    let done = 0;
    let inProgress = 0;
    for (const id of skillIds) {
      const state = this.state(id);
      if (state === 'done') done++;
      else if (state === 'in-progress') inProgress++;
    }
    return { done, inProgress, total: skillIds.length };
  }

  /** Sets several skills at once: one save, one change event. Returns the ids that actually changed. */
  async setState(skillIds: readonly string[], state: SkillState): Promise<string[]> {
    const changedAt = this.now();
    const changed = skillIds.filter((id) => this.state(id) !== state);
    if (changed.length === 0) return [];
    const next = { ...this.progress };
    for (const id of changed) next[id] = { state, changedAt };
    await this.replace(next, changed);
    return changed;
  }

  /** A copy of everything saved, including skills the catalog no longer knows. */
  snapshot(): ProgressMap {
    return structuredClone(this.progress);
  }

  /** The saved entries of `skillIds` (those that have one), e.g. to undo a reset with putBack(). */
  entries(skillIds: readonly string[]): ProgressMap {
    const result: ProgressMap = {};
    for (const id of skillIds) {
      const entry = this.progress[id];
      if (entry) result[id] = { ...entry };
    }
    return result;
  }

  /** Sets `skillIds` back to `previous` (from entries()); ids absent from it become unsaved again. */
  async putBack(skillIds: readonly string[], previous: ProgressMap): Promise<void> {
    const next = { ...this.progress };
    for (const id of skillIds) {
      const entry = previous[id];
      if (entry) next[id] = { ...entry };
      else delete next[id];
    }
    await this.replace(next, skillIds.filter((id) => this.state(id) !== (previous[id]?.state ?? 'not-started')));
  }

  async merge(incoming: ProgressMap): Promise<MergeSummary> {
    const { merged, summary } = mergeProgress(this.progress, followRenames(incoming, this.currentSkillId));
    const changed = Object.keys(merged).filter((id) => merged[id]?.state !== this.state(id));
    await this.replace(merged, changed);
    return summary;
  }

  private async replace(next: ProgressMap, changed: string[]): Promise<void> {
    this.progress = next;
    await this.save();
    if (changed.length > 0) this.fire(changed);
  }

  private save(): PromiseLike<void> {
    return this.storage.update(PROGRESS_KEY, toStored(this.progress));
  }

  private fire(skillIds: string[]): void {
    for (const listener of [...this.listeners]) listener({ skillIds });
  }
}
