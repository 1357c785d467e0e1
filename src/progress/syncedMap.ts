// One synced map of the learner's data (skill progress, check results, …) under one storage key, shared by every
// window and, through Settings Sync, every machine. Two rules keep anything from being lost:
// - every write merges with what is stored now (another window may have written since we read), entry by entry
//   with the format's own merge, instead of overwriting it;
// - a value written by a newer version is read as far as it is understood, and what is not understood (other
//   fields, entries in a shape we do not know) is written back untouched, under the newer version number.
// Pure: storage is an interface, so unit tests drive it with a Map.
import * as z from 'zod/mini';

export interface KeyValueStorage {
  get(key: string): unknown;
  update(key: string, value: unknown): PromiseLike<void>;
}

export interface MapFormat<E> {
  key: string;
  /** The version this code writes. */
  version: number;
  entry: z.ZodMiniType<E>;
  /** Which of two entries for one id survives (or their combination). Must not depend on argument order. */
  merge(a: E, b: E): E;
  /** Whether two entries are the same (so nothing changed). */
  same(a: E, b: E): boolean;
}

/** How many damaged values are kept, newest first, in `<key>.unreadable`. */
/** Entries equal when their JSON is: for formats whose entries are plain data. */
export const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const BACKUPS_KEPT = 3;

export interface Backup {
  /** ISO time of the backup. */
  at: string;
  value: unknown;
}

export const ENTRY_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

interface Decoded<E> {
  entries: Map<string, E>;
  /** Top-level fields other than version and skills, and entries we could not read from a newer version. */
  keptFields: Map<string, unknown>;
  keptEntries: Map<string, unknown>;
  version: number;
  /** Set when a value of our version (or older) was damaged: what was wrong, in words for the user. */
  problem?: string;
}

export function decode<E>(raw: unknown, format: MapFormat<E>): Decoded<E> {
  const decoded: Decoded<E> = { entries: new Map(), keptFields: new Map(), keptEntries: new Map(), version: format.version };
  if (raw === undefined) return decoded;
  if (!isRecord(raw) || !isRecord(raw.skills) || typeof raw.version !== 'number') {
    return { ...decoded, problem: 'the saved value was not Backend Paths data' };
  }
  const newer = raw.version > format.version;
  if (newer) decoded.version = raw.version;
  for (const [field, value] of Object.entries(raw)) if (field !== 'version' && field !== 'skills') decoded.keptFields.set(field, value);
  let unreadable = 0;
  const skills = Object.entries(raw.skills);
  for (const [id, value] of skills) {
    const entry = format.entry.safeParse(value);
    if (entry.success && ENTRY_ID.test(id)) decoded.entries.set(id, entry.data);
    else if (newer) decoded.keptEntries.set(id, value);
    else unreadable++;
  }
  if (unreadable > 0) decoded.problem = `${unreadable} of ${skills.length} saved entries were unreadable`;
  return decoded;
}

export function encode<E>(decoded: Omit<Decoded<E>, 'problem'>): unknown {
  const skills: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [id, value] of decoded.keptEntries) skills[id] = value;
  for (const [id, entry] of decoded.entries) skills[id] = entry;
  return { ...Object.fromEntries(decoded.keptFields), version: decoded.version, skills: { ...skills } };
}

/** The entries of `a` and `b` merged id by id; `b`'s new ids are added. */
export function mergeMaps<E>(a: ReadonlyMap<string, E>, b: ReadonlyMap<string, E>, format: MapFormat<E>): Map<string, E> {
  const merged = new Map(a);
  for (const [id, entry] of b) {
    const mine = merged.get(id);
    merged.set(id, mine === undefined ? entry : format.merge(mine, entry));
  }
  return merged;
}

export class SyncedMap<E> {
  private decoded: Decoded<E>;
  private reported = false;

  constructor(
    private readonly storage: KeyValueStorage,
    readonly format: MapFormat<E>,
    /** Maps an id as saved to the id it has now (renamed skills). */
    private readonly currentId: (id: string) => string = (id) => id,
    private readonly now: () => number = Date.now,
  ) {
    this.decoded = decode(undefined, format);
  }

  get entries(): ReadonlyMap<string, E> {
    return this.decoded.entries;
  }

  get(id: string): E | undefined {
    return this.decoded.entries.get(id);
  }

  /**
   * Reads storage (again). Damage is repaired once: what is readable is kept and saved, the raw value is backed up.
   * Returns the ids whose entry changed, and the problem the first time it is seen.
   */
  async load(): Promise<{ changed: string[]; problem?: string }> {
    const raw = this.storage.get(this.format.key);
    const fresh = this.followRenames(decode(raw, this.format));
    const changed = this.changedIds(this.decoded.entries, fresh.entries);
    const { problem, ...decoded } = fresh;
    this.decoded = decoded;
    if (!problem) return { changed };
    await this.backUp(raw);
    await this.storage.update(this.format.key, encode(this.decoded));
    if (this.reported) return { changed };
    this.reported = true;
    return { changed, problem };
  }

  /**
   * Sets the user's latest word on some ids on top of what is stored now merged with what this window knows, and
   * saves. `changes` sees that merged state, so it decides against what every window has done. Returns every id
   * whose entry changed here, including those another window changed; nothing is written when nothing changes.
   */
  async commit(changes: (current: ReadonlyMap<string, E>) => ReadonlyMap<string, E>): Promise<string[]> {
    const raw = this.storage.get(this.format.key);
    const stored = this.followRenames(decode(raw, this.format));
    if (stored.problem) await this.backUp(raw);
    const next = mergeMaps(stored.entries, this.decoded.entries, this.format);
    for (const [id, entry] of changes(next)) next.set(id, entry);
    const changed = this.changedIds(this.decoded.entries, next);
    const unsaved = this.changedIds(stored.entries, next);
    this.decoded = {
      entries: next,
      keptFields: stored.problem ? this.decoded.keptFields : stored.keptFields,
      keptEntries: mergeKept(stored.keptEntries, this.decoded.keptEntries),
      version: Math.max(stored.version, this.decoded.version),
    };
    if (unsaved.length > 0 || stored.problem) await this.storage.update(this.format.key, encode(this.decoded));
    return changed;
  }

  private followRenames(decoded: Decoded<E>): Decoded<E> {
    const entries = new Map<string, E>();
    for (const [id, entry] of decoded.entries) {
      const current = this.currentId(id);
      const other = entries.get(current);
      entries.set(current, other === undefined ? entry : this.format.merge(other, entry));
    }
    return { ...decoded, entries };
  }

  private changedIds(before: ReadonlyMap<string, E>, after: ReadonlyMap<string, E>): string[] {
    const ids = new Set([...before.keys(), ...after.keys()]);
    return [...ids].filter((id) => {
      const a = before.get(id);
      const b = after.get(id);
      return a === undefined || b === undefined ? a !== b : !this.format.same(a, b);
    });
  }

  private async backUp(raw: unknown): Promise<void> {
    const key = `${this.format.key}.unreadable`;
    const existing = this.storage.get(key);
    const list = Array.isArray(existing) ? existing.filter(isBackup) : existing === undefined ? [] : [{ at: 'unknown', value: existing }];
    await this.storage.update(key, [{ at: new Date(this.now()).toISOString(), value: raw }, ...list].slice(0, BACKUPS_KEPT));
  }
}

function isBackup(value: unknown): value is Backup {
  return isRecord(value) && typeof value.at === 'string' && 'value' in value;
}

function mergeKept(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): Map<string, unknown> {
  const merged = new Map(b);
  for (const [id, value] of a) merged.set(id, value);
  return merged;
}
