// The progress store over a Map-backed storage: state, events, persistence, recovery, renames, merge, undo,
// two windows over one storage, newer saved formats, and what exercise checks prove.
import * as assert from 'node:assert/strict';
import { NOTE_MAX_BYTES, NOTES_MAX_TOTAL_BYTES, parseExport, toExport } from '../../src/progress/progressData';
import { localDay } from '../../src/progress/days';
import type { CardReview } from '../../src/progress/reviewData';
import {
  CHECKS_KEY,
  NOTES_KEY,
  NoteTooLargeError,
  PROGRESS_KEY,
  ProgressStore,
  REVIEWS_KEY,
  STREAK_KEY,
  type ProgressChange,
  type ProgressStorage,
} from '../../src/progress/progressStore';

class MapStorage implements ProgressStorage {
  readonly values = new Map<string, unknown>();
  writes = 0;
  get(key: string): unknown {
    // globalState hands out copies too: what a store does to its objects never reaches storage unsaved.
    const value = this.values.get(key);
    return value === undefined ? undefined : structuredClone(value);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.writes++;
    this.values.set(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
  }
}

/** A store with a controllable clock and a log of its change events. */
function makeStore(storage = new MapStorage(), currentSkillId?: (id: string) => string) {
  let time = 1000;
  const events: ProgressChange[] = [];
  const store = new ProgressStore(storage, currentSkillId, () => time);
  store.onDidChange((change) => events.push(change));
  return {
    store,
    storage,
    events,
    setTime: (t: number) => {
      time = t;
    },
  };
}

const entry = (state: 'not-started' | 'in-progress' | 'done', changedAt: number) => ({ state, changedAt });
const stored = (skills: Record<string, unknown>, version = 1) => ({ version, skills });
const savedSkills = (storage: MapStorage, key = PROGRESS_KEY) => (storage.get(key) as { skills: Record<string, unknown> }).skills;
const progressOf = (store: ProgressStore) => Object.fromEntries(store.snapshot().progress);

describe('progress store', () => {
  describe('state, counts and events', () => {
    it('unknown skills are not started', async () => {
      const { store } = makeStore();
      await store.load();
      assert.equal(store.state('py-fastapi'), 'not-started');
      assert.equal(store.progressOf('py-fastapi'), undefined);
      assert.deepEqual(store.counts([]), { done: 0, verified: 0, inProgress: 0, total: 0 });
    });

    it('setState sets, counts count, changedAt is the clock', async () => {
      const { store, setTime } = makeStore();
      setTime(5000);
      assert.deepEqual(await store.setState(['a', 'b'], 'done'), ['a', 'b']);
      assert.deepEqual(await store.setState(['c'], 'in-progress'), ['c']);
      assert.equal(store.state('a'), 'done');
      assert.equal(store.state('c'), 'in-progress');
      assert.equal(store.progressOf('a')?.changedAt, 5000);
      assert.deepEqual(store.counts(['a', 'b', 'c', 'd']), { done: 2, verified: 0, inProgress: 1, total: 4 });
    });

    it('one change event per setState, with exactly the ids that changed', async () => {
      const { store, events } = makeStore();
      await store.setState(['a'], 'done');
      events.length = 0;
      const changed = await store.setState(['a', 'b', 'c'], 'done');
      assert.deepEqual(changed, ['b', 'c']);
      assert.deepEqual(events, [{ skillIds: ['b', 'c'] }]);
    });

    it('no event and no write when nothing changes', async () => {
      const { store, storage, events } = makeStore();
      await store.setState(['a'], 'done');
      events.length = 0;
      const writes = storage.writes;
      assert.deepEqual(await store.setState(['a'], 'done'), []);
      assert.deepEqual(await store.setState(['z'], 'not-started'), []);
      assert.deepEqual(events, []);
      assert.equal(storage.writes, writes);
    });

    it('a disposed listener hears nothing more', async () => {
      const { store } = makeStore();
      const heard: ProgressChange[] = [];
      const subscription = store.onDidChange((c) => heard.push(c));
      await store.setState(['a'], 'done');
      subscription.dispose();
      await store.setState(['b'], 'done');
      assert.deepEqual(heard, [{ skillIds: ['a'] }]);
    });
  });

  describe('persistence', () => {
    it('a new store over the same storage sees the state', async () => {
      const first = makeStore();
      first.setTime(42);
      await first.store.setState(['a'], 'done');
      await first.store.setState(['b'], 'in-progress');
      assert.deepEqual(first.storage.get(PROGRESS_KEY), stored({ a: entry('done', 42), b: entry('in-progress', 42) }));

      const second = makeStore(first.storage);
      assert.deepEqual(await second.store.load(), {});
      assert.equal(second.store.state('a'), 'done');
      assert.equal(second.store.state('b'), 'in-progress');
      assert.equal(second.store.progressOf('a')?.changedAt, 42);
      assert.deepEqual(second.events, [{ skillIds: ['a', 'b'] }], 'loading announces what it changed');
    });

    it('loading an unchanged value again fires no event', async () => {
      const { store, storage, events } = makeStore();
      await store.setState(['a'], 'done');
      events.length = 0;
      storage.values.set(PROGRESS_KEY, stored({ a: entry('done', 1000) }));
      await store.load();
      assert.deepEqual(events, []);
    });

    it('unknown skill ids are kept across load and save', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ 'retired-skill': entry('done', 10) }));
      const { store } = makeStore(storage);
      await store.load();
      await store.setState(['a'], 'done');
      assert.deepEqual(savedSkills(storage)['retired-skill'], entry('done', 10));
      assert.deepEqual(progressOf(store)['retired-skill'], entry('done', 10));
    });

    it('snapshot is a copy', async () => {
      const { store } = makeStore();
      await store.setState(['a'], 'done');
      store.snapshot().progress.set('a', entry('not-started', 1));
      assert.equal(store.state('a'), 'done');
    });
  });

  describe('two windows (or Settings Sync) over one storage', () => {
    it('A ticks x, B (not reloaded) ticks y: both survive, in storage and in B', async () => {
      const storage = new MapStorage();
      const a = makeStore(storage);
      const b = makeStore(storage);
      await a.store.load();
      await b.store.load();
      a.setTime(2000);
      await a.store.setState(['x'], 'done');
      b.setTime(3000);
      await b.store.setState(['y'], 'done');
      assert.deepEqual(savedSkills(storage), { x: entry('done', 2000), y: entry('done', 3000) });
      assert.equal(b.store.state('x'), 'done', 'B learns of x when it writes');
      assert.deepEqual(b.events.at(-1), { skillIds: ['x', 'y'] });
    });

    it('an untick in A is not undone by B writing its stale copy', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ x: entry('done', 10) }));
      const a = makeStore(storage);
      const b = makeStore(storage);
      await a.store.load();
      await b.store.load();
      a.setTime(2000);
      await a.store.setState(['x'], 'not-started');
      b.setTime(3000);
      await b.store.setState(['y'], 'in-progress');
      assert.deepEqual(savedSkills(storage), { x: entry('not-started', 2000), y: entry('in-progress', 3000) });
    });

    it('check results from two windows are both kept', async () => {
      const storage = new MapStorage();
      const a = makeStore(storage);
      const b = makeStore(storage);
      a.setTime(2000);
      await a.store.recordCheck({ skillIds: ['x'], passed: true, exercise: 'Paginate', project: 'api' });
      b.setTime(3000);
      await b.store.recordCheck({ skillIds: ['y'], passed: true, exercise: 'Rate limit', project: 'api' });
      assert.deepEqual(Object.keys(savedSkills(storage, CHECKS_KEY)).sort(), ['x', 'y']);
      assert.equal(b.store.state('x'), 'verified');
    });
  });

  describe('a value written by a newer version', () => {
    it('is read as far as understood, kept whole, never downgraded, and not called damage', async () => {
      const storage = new MapStorage();
      const newer = {
        version: 3,
        device: 'laptop',
        skills: { a: { state: 'done', changedAt: 5, source: 'sync' }, b: { state: 'mastered', changedAt: 6 } },
      };
      storage.values.set(PROGRESS_KEY, structuredClone(newer));
      const { store } = makeStore(storage);
      assert.deepEqual(await store.load(), {}, 'no warning');
      assert.equal(store.state('a'), 'done');
      assert.equal(storage.get(`${PROGRESS_KEY}.unreadable`), undefined, 'no backup');
      assert.deepEqual(storage.get(PROGRESS_KEY), newer, 'not rewritten on load');
      await store.setState(['c'], 'in-progress');
      assert.deepEqual(storage.get(PROGRESS_KEY), {
        version: 3,
        device: 'laptop',
        skills: {
          b: { state: 'mastered', changedAt: 6 },
          a: { state: 'done', changedAt: 5, source: 'sync' },
          c: entry('in-progress', 1000),
        },
      });
    });
  });

  describe('recovery from a corrupt stored value', () => {
    const good = entry('done', 7);
    const cases: { name: string; raw: unknown; kept: Record<string, unknown>; problem: RegExp }[] = [
      { name: 'a string', raw: 'not progress', kept: {}, problem: /^the saved value was not Backend Paths data$/ },
      { name: 'an array', raw: [1, 2, 3], kept: {}, problem: /^the saved value was not Backend Paths data$/ },
      { name: 'null', raw: null, kept: {}, problem: /^the saved value was not Backend Paths data$/ },
      { name: 'a number', raw: 12, kept: {}, problem: /^the saved value was not Backend Paths data$/ },
      {
        name: 'version 1 with a good and bad entries',
        raw: stored({ good, bad: { state: 'finished', changedAt: 1 }, Bad_Id: entry('done', 1), neg: entry('done', -5) }),
        kept: { good },
        problem: /^3 of 4 saved entries were unreadable$/,
      },
      { name: 'skills that are not a map', raw: { version: 1, skills: [good] }, kept: {}, problem: /not Backend Paths data/ },
    ];

    for (const { name, raw, kept, problem } of cases) {
      it(`${name}: never throws, keeps valid entries, backs the raw value up, tells once`, async () => {
        const storage = new MapStorage();
        storage.values.set(PROGRESS_KEY, structuredClone(raw));
        const { store, setTime } = makeStore(storage);
        setTime(Date.UTC(2026, 0, 2));
        const report = await store.load();
        assert.match(report.problem as string, problem);
        assert.deepEqual(progressOf(store), kept);
        assert.deepEqual(storage.get(`${PROGRESS_KEY}.unreadable`), [{ at: '2026-01-02T00:00:00.000Z', value: raw }]);
        assert.deepEqual(storage.get(PROGRESS_KEY), stored(kept), 'the recovered value is saved');

        assert.deepEqual(await store.load(), {}, 'the same store is told once');
        const again = makeStore(storage);
        assert.deepEqual(await again.store.load(), {}, 'a new store is not told again');
        assert.deepEqual(progressOf(again.store), kept);
      });
    }

    it('keeps the last three backups, newest first, each with its time', async () => {
      const storage = new MapStorage();
      for (let i = 1; i <= 4; i++) {
        storage.values.set(PROGRESS_KEY, `damage ${i}`);
        const { store, setTime } = makeStore(storage);
        setTime(Date.UTC(2026, 0, i));
        await store.load();
      }
      assert.deepEqual(storage.get(`${PROGRESS_KEY}.unreadable`), [
        { at: '2026-01-04T00:00:00.000Z', value: 'damage 4' },
        { at: '2026-01-03T00:00:00.000Z', value: 'damage 3' },
        { at: '2026-01-02T00:00:00.000Z', value: 'damage 2' },
      ]);
    });

    it('damaged check results never block progress', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ a: entry('done', 5) }));
      storage.values.set(CHECKS_KEY, 'garbage');
      const { store } = makeStore(storage);
      const report = await store.load();
      assert.match(report.problem as string, /^check results: /);
      assert.equal(store.state('a'), 'done');
    });

    it('nothing stored is not a problem', async () => {
      const { store, storage } = makeStore();
      assert.deepEqual(await store.load(), {});
      assert.equal(storage.writes, 0);
    });
  });

  describe('ids that are names of Object.prototype', () => {
    it('constructor and friends are plain skill ids, never the prototype’s properties', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, JSON.parse('{"version":1,"skills":{"constructor":{"state":"done","changedAt":3}}}'));
      const { store } = makeStore(storage);
      await store.load();
      assert.equal(store.state('constructor'), 'done');
      assert.equal(store.state('hasownproperty'), 'not-started');
      assert.equal(store.state('tostring'), 'not-started');
      await store.setState(['valueof'], 'in-progress');
      assert.deepEqual(Object.keys(savedSkills(storage)).sort(), ['constructor', 'valueof']);
    });
  });

  describe('renames', () => {
    const renames = new Map([['old-id', 'new-id']]);
    const current = (id: string) => renames.get(id) ?? id;

    it('an old id moves to its new id', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ 'old-id': entry('done', 5) }));
      const { store } = makeStore(storage, current);
      await store.load();
      assert.equal(store.state('new-id'), 'done');
      assert.equal(store.progressOf('new-id')?.changedAt, 5);
      assert.deepEqual(Object.keys(progressOf(store)), ['new-id']);
    });

    it('when both exist, the later change wins (either way round)', async () => {
      for (const [old, now, expected] of [
        [entry('done', 20), entry('in-progress', 10), 'done'],
        [entry('done', 10), entry('in-progress', 20), 'in-progress'],
      ] as const) {
        const storage = new MapStorage();
        storage.values.set(PROGRESS_KEY, stored({ 'new-id': now, 'old-id': old }));
        const { store } = makeStore(storage, current);
        await store.load();
        assert.equal(store.state('new-id'), expected);
        assert.equal(store.state('old-id'), 'not-started');
      }
    });

    it('merged (imported) progress follows renames too', async () => {
      const { store } = makeStore(new MapStorage(), current);
      const summary = await store.merge({
        progress: new Map([['old-id', entry('done', 5)]]),
        checks: new Map(),
        notes: new Map(),
        reviews: new Map(),
      });
      assert.equal(store.state('new-id'), 'done');
      assert.deepEqual(summary, {
        added: 1,
        updated: 0,
        unchanged: 0,
        olderIgnored: 0,
        checksMerged: 0,
        notesMerged: 0,
        notesLeftOut: 0,
        reviewsMerged: 0,
        unknown: 0,
        future: 0,
      });
    });
  });

  describe('merge (import)', () => {
    it('newer wins, older is ignored, and the summary counts each', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ a: entry('done', 100), b: entry('in-progress', 100), c: entry('done', 100) }));
      const { store, events } = makeStore(storage);
      await store.load();
      events.length = 0;
      const summary = await store.merge({
        progress: new Map([
          ['a', entry('not-started', 200)],
          ['b', entry('done', 50)],
          ['c', entry('done', 300)],
          ['d', entry('in-progress', 10)],
        ]),
        checks: new Map(),
        notes: new Map(),
        reviews: new Map(),
      });
      assert.deepEqual(summary, {
        added: 1,
        updated: 1,
        unchanged: 1,
        olderIgnored: 1,
        checksMerged: 0,
        notesMerged: 0,
        notesLeftOut: 0,
        reviewsMerged: 0,
        unknown: 0,
        future: 0,
      });
      assert.deepEqual(progressOf(store), {
        a: entry('not-started', 200),
        b: entry('in-progress', 100),
        c: entry('done', 100),
        d: entry('in-progress', 10),
      });
      assert.deepEqual(events, [{ skillIds: ['a', 'd'] }]);
      assert.deepEqual(savedSkills(storage), progressOf(store));
    });

    it('merging the same progress twice changes nothing the second time', async () => {
      const { store, events } = makeStore();
      const incoming = {
        progress: new Map([
          ['a', entry('done', 1)],
          ['b', entry('in-progress', 2)],
        ]),
        checks: new Map(),
        notes: new Map(),
        reviews: new Map(),
      };
      await store.merge(incoming);
      events.length = 0;
      const again = await store.merge(incoming);
      assert.deepEqual([again.unchanged, again.added], [2, 0]);
      assert.deepEqual(events, []);
    });

    it('is bounded: unknown skills are left out and counted, dates in the future are taken as now', async () => {
      const { store, storage, setTime } = makeStore();
      setTime(10_000);
      const progress = new Map<string, ReturnType<typeof entry>>(Array.from({ length: 1000 }, (_, i) => [`junk-${i}`, entry('done', 1)]));
      progress.set('known', entry('done', 9_999_999_999_999));
      const summary = await store.merge(
        {
          progress,
          checks: new Map([['known', { passedAt: 9_999_999_999_999, passedBy: 'x', passedIn: 'y' }]]),
          notes: new Map(),
          reviews: new Map(),
        },
        { skill: (id) => id === 'known', question: () => false },
      );
      assert.equal(summary.unknown, 1000);
      assert.equal(summary.future, 2);
      assert.deepEqual(Object.keys(savedSkills(storage)), ['known']);
      assert.equal(store.progressOf('known')?.changedAt, 10_000);
      assert.equal(store.checkOf('known')?.passedAt, 10_000);
    });

    it('check results merge: the later pass and the later failure are both kept', async () => {
      const { store, setTime } = makeStore();
      setTime(500);
      await store.recordCheck({ skillIds: ['a'], passed: true, exercise: 'Mine', project: 'p' });
      await store.merge({
        progress: new Map(),
        checks: new Map([['a', { passedAt: 100, passedBy: 'Old', failedAt: 900, failedBy: 'Theirs', failedIn: 'q' }]]),
        notes: new Map(),
        reviews: new Map(),
      });
      assert.deepEqual(store.checkOf('a'), {
        passedAt: 500,
        passedBy: 'Mine',
        passedIn: 'p',
        failedAt: 900,
        failedBy: 'Theirs',
        failedIn: 'q',
      });
    });
  });

  describe('reset and its undo', () => {
    it('undo restores what the reset changed, as a new change', async () => {
      const storage = new MapStorage();
      storage.values.set(
        PROGRESS_KEY,
        stored({ a: entry('done', 1), b: entry('in-progress', 2), x: entry('not-started', 3), other: entry('done', 4) }),
      );
      const { store, events, setTime } = makeStore(storage);
      await store.load();
      setTime(99);
      const record = await store.reset(['a', 'b', 'c', 'x']);
      assert.deepEqual(store.counts(['a', 'b', 'c', 'x']), { done: 0, verified: 0, inProgress: 0, total: 4 });
      events.length = 0;
      setTime(150);
      assert.deepEqual(await store.undoReset(record), ['a', 'b']);
      assert.deepEqual(progressOf(store), {
        a: entry('done', 150),
        b: entry('in-progress', 150),
        x: entry('not-started', 3),
        other: entry('done', 4),
      });
      assert.deepEqual(events, [{ skillIds: ['a', 'b'] }]);
    });

    it('undo keeps what was changed after the reset (here or in another window)', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, stored({ a: entry('done', 1), b: entry('done', 1) }));
      const here = makeStore(storage);
      const there = makeStore(storage);
      await here.store.load();
      await there.store.load();
      here.setTime(100);
      const record = await here.store.reset(['a', 'b']);
      there.setTime(120);
      await there.store.setState(['a'], 'in-progress');
      here.setTime(150);
      assert.deepEqual(await here.store.undoReset(record), ['b']);
      assert.deepEqual(savedSkills(storage), { a: entry('in-progress', 120), b: entry('done', 150) });
    });
  });

  describe('exercise checks', () => {
    it('a pass verifies: done first if needed, counted as done and verified', async () => {
      const { store, setTime } = makeStore();
      await store.setState(['b'], 'done');
      setTime(2000);
      await store.recordCheck({ skillIds: ['a', 'b'], passed: true, exercise: 'Paginate', project: 'my-api' });
      assert.equal(store.state('a'), 'verified');
      assert.equal(store.state('b'), 'verified');
      assert.deepEqual(store.checkOf('a'), { passedAt: 2000, passedBy: 'Paginate', passedIn: 'my-api' });
      assert.deepEqual(store.counts(['a', 'b', 'c']), { done: 2, verified: 2, inProgress: 0, total: 3 });
    });

    it('a ticked-by-hand skill stays plain done', async () => {
      const { store } = makeStore();
      await store.setState(['a'], 'done');
      assert.equal(store.state('a'), 'done');
    });

    it('a later failure keeps the pass (still verified) and says when it failed', async () => {
      const { store, setTime } = makeStore();
      setTime(2000);
      await store.recordCheck({ skillIds: ['a'], passed: true, exercise: 'Paginate', project: 'my-api' });
      setTime(3000);
      await store.recordCheck({ skillIds: ['a'], passed: false, exercise: 'Paginate', project: 'my-api' });
      assert.equal(store.state('a'), 'verified');
      assert.deepEqual(store.checkOf('a'), {
        passedAt: 2000,
        passedBy: 'Paginate',
        passedIn: 'my-api',
        failedAt: 3000,
        failedBy: 'Paginate',
        failedIn: 'my-api',
      });
    });

    it('a failure on an untouched skill marks it in progress; on a done one it changes nothing', async () => {
      const { store } = makeStore();
      await store.setState(['b'], 'done');
      await store.recordCheck({ skillIds: ['a', 'b'], passed: false, exercise: 'X', project: 'p' });
      assert.equal(store.state('a'), 'in-progress');
      assert.equal(store.state('b'), 'done');
    });

    it('unticking a verified skill makes it not started, and ticking it again shows the proof again', async () => {
      const { store, setTime } = makeStore();
      await store.recordCheck({ skillIds: ['a'], passed: true, exercise: 'X', project: 'p' });
      setTime(5000);
      await store.setState(['a'], 'not-started');
      assert.equal(store.state('a'), 'not-started');
      setTime(6000);
      await store.setState(['a'], 'done');
      assert.equal(store.state('a'), 'verified');
    });

    it('ticking a group does not touch its verified skills', async () => {
      const { store } = makeStore();
      await store.recordCheck({ skillIds: ['a'], passed: true, exercise: 'X', project: 'p' });
      assert.deepEqual(await store.setState(['a', 'b'], 'done'), ['b']);
      assert.equal(store.state('a'), 'verified');
    });

    it('an older version’s saved progress is untouched by check results (they live under their own key)', async () => {
      const { store, storage } = makeStore();
      await store.recordCheck({ skillIds: ['a'], passed: true, exercise: 'X', project: 'p' });
      assert.deepEqual(storage.get(PROGRESS_KEY), stored({ a: entry('done', 1000) }));
    });
  });

  describe('notes', () => {
    it('a note is saved with its time, read back after a reload, and an empty text deletes it (a dated deletion)', async () => {
      const { store, storage, events, setTime } = makeStore();
      setTime(2000);
      await store.setNote('py-fastapi', '# Depends\nReuse get_db.');
      assert.equal(store.noteOf('py-fastapi'), '# Depends\nReuse get_db.');
      assert.deepEqual(events, [{ skillIds: ['py-fastapi'] }]);
      const reloaded = makeStore(storage).store;
      await reloaded.load();
      assert.equal(reloaded.noteOf('py-fastapi'), '# Depends\nReuse get_db.');
      setTime(3000);
      await store.setNote('py-fastapi', '');
      assert.equal(store.noteOf('py-fastapi'), undefined);
      assert.deepEqual(savedSkills(storage, NOTES_KEY), { 'py-fastapi': { text: '', changedAt: 3000 } });
    });

    it('two windows over one storage: notes on different skills both survive; on one skill the later wins', async () => {
      const storage = new MapStorage();
      const a = makeStore(storage);
      const b = makeStore(storage);
      await a.store.load();
      await b.store.load();
      a.setTime(100);
      await a.store.setNote('x', 'from A');
      b.setTime(200);
      await b.store.setNote('y', 'from B');
      b.setTime(300);
      await b.store.setNote('x', 'from B, later');
      await a.store.load();
      for (const { store } of [a, b]) {
        assert.equal(store.noteOf('x'), 'from B, later');
        assert.equal(store.noteOf('y'), 'from B');
      }
    });

    it('a note that would not sync is refused with the reason, and nothing is saved', async () => {
      const { store, storage } = makeStore();
      await store.setNote('a', 'short');
      await assert.rejects(store.setNote('a', 'é'.repeat(NOTE_MAX_BYTES)), (error: Error) => {
        assert.ok(error instanceof NoteTooLargeError);
        assert.match(error.message, /^the note is 16\.0 KB; a note can be at most 8\.0 KB to follow you through Settings Sync/);
        return true;
      });
      assert.equal(store.noteOf('a'), 'short');
      const big = 'n'.repeat(NOTE_MAX_BYTES);
      const fitting = Math.floor(NOTES_MAX_TOTAL_BYTES / NOTE_MAX_BYTES) - 1;
      for (let i = 0; i < fitting; i++) await store.setNote(`big-${i}`, big);
      await assert.rejects(store.setNote('one-more', big), /all your notes together would be/);
      assert.equal(store.noteOf('one-more'), undefined);
      assert.equal(Object.keys(savedSkills(storage, NOTES_KEY)).length, fitting + 1);
    });

    it('import: the later note wins per skill; notes beyond what syncs are counted, not taken', async () => {
      const { store, setTime } = makeStore();
      setTime(500);
      await store.setNote('mine-newer', 'mine');
      await store.setNote('theirs-newer', 'mine');
      const big = 'n'.repeat(NOTE_MAX_BYTES);
      const notes = new Map([
        ['mine-newer', { text: 'theirs', changedAt: 100 }],
        ['theirs-newer', { text: 'theirs', changedAt: 900 }],
        ...Array.from({ length: 7 }, (_, i) => [`big-${i}`, { text: big, changedAt: 10 }] as const),
      ]);
      const summary = await store.merge({ progress: new Map(), checks: new Map(), notes, reviews: new Map() });
      assert.equal(store.noteOf('mine-newer'), 'mine');
      assert.equal(store.noteOf('theirs-newer'), 'theirs');
      assert.equal(summary.notesMerged, 1 + Math.floor((NOTES_MAX_TOTAL_BYTES - 10) / NOTE_MAX_BYTES));
      assert.equal(summary.notesLeftOut, 7 - (summary.notesMerged - 1));
      assert.ok(summary.notesLeftOut > 0);
    });
  });

  describe('practice reviews and the streak', () => {
    const DAY = 24 * 60 * 60 * 1000;
    const noon = (day: number) => new Date(2026, 11, day, 12).getTime();
    const card = (lastReview: number, reps = 1): CardReview => ({
      due: lastReview + 3 * DAY,
      lastReview,
      stability: 2.5,
      difficulty: 4.2,
      reps,
      lapses: 0,
      state: 2,
    });

    it('activity says whether anything was ticked, checked or practised (a reset tick is not activity)', async () => {
      const { store } = makeStore();
      assert.deepEqual(store.activity(), { ticked: false, checked: false, practised: false });
      await store.setState(['a'], 'done');
      await store.setState(['a'], 'not-started');
      assert.equal(store.activity().ticked, false);
      await store.setState(['a'], 'in-progress');
      await store.recordCheck({ skillIds: ['b'], passed: false, exercise: 'Mine', project: 'p' });
      await store.recordReview('nodejs-gil', card(noon(4)));
      assert.deepEqual(store.activity(), { ticked: true, checked: true, practised: true });
    });

    it('a review is saved, survives a reload, fires an event, and counts its day in the streak', async () => {
      const { store, storage } = makeStore();
      let fired = 0;
      store.onDidChangeReviews(() => fired++);
      await store.recordReview('nodejs-event-loop', card(noon(3)));
      await store.recordReview('nodejs-gil', card(noon(4)));
      assert.equal(fired, 2);
      const reloaded = new ProgressStore(storage);
      await reloaded.load();
      assert.deepEqual(reloaded.reviewStates.get('nodejs-event-loop'), card(noon(3)));
      assert.deepEqual(reloaded.streakRun(), { from: localDay(noon(3)), to: localDay(noon(4)) });
    });

    it('two windows over one storage: reviews of different cards both survive, on one card the later wins', async () => {
      const storage = new MapStorage();
      const a = makeStore(storage).store;
      const b = makeStore(storage).store;
      await a.load();
      await b.load();
      await a.recordReview('x', card(noon(3)));
      await b.recordReview('y', card(noon(3)));
      await b.recordReview('x', card(noon(2)));
      const fresh = new ProgressStore(storage);
      await fresh.load();
      assert.deepEqual([...fresh.reviewStates.keys()].sort(), ['x', 'y']);
      assert.equal(fresh.reviewStates.get('x')?.lastReview, noon(3), 'the older review does not overwrite the later');
      assert.deepEqual(fresh.streakRun(), { from: localDay(noon(2)), to: localDay(noon(3)) }, 'both windows’ days');
    });

    it('damaged review state is backed up and repaired; progress loads untouched', async () => {
      const storage = new MapStorage();
      await storage.update(PROGRESS_KEY, stored({ a: entry('done', 5) }));
      await storage.update(REVIEWS_KEY, stored({ good: card(noon(3)), bad: { due: 'soon' } }));
      await storage.update(STREAK_KEY, 'garbage');
      const { store } = makeStore(storage);
      const report = await store.load();
      assert.match(report.problem ?? '', /practice reviews: 1 of 2 saved entries were unreadable/);
      assert.match(report.problem ?? '', /practice streak: the saved value was not Backend Paths data/);
      assert.equal(store.state('a'), 'done');
      assert.deepEqual([...store.reviewStates.keys()], ['good']);
      assert.equal((storage.get(`${REVIEWS_KEY}.unreadable`) as unknown[]).length, 1);
    });

    it('reviews and the streak round-trip through the JSON export; an import merges card by card and bounds them', async () => {
      const { store, setTime } = makeStore();
      setTime(noon(10));
      await store.recordReview('mine', card(noon(5), 3));
      await store.recordReview('both', card(noon(6), 2));
      const exported = store.snapshot();
      const parsed = parseExport(toExport(exported, new Date(noon(10))));
      assert.ok(parsed.ok);
      assert.deepEqual(parsed.data.reviews, exported.reviews);
      assert.deepEqual(parsed.data.streak, exported.streak);

      const other = makeStore();
      other.setTime(noon(10));
      await other.store.recordReview('both', card(noon(7), 3));
      const summary = await other.store.merge(
        {
          ...parsed.data,
          reviews: new Map([...parsed.data.reviews, ['retired-question', card(noon(5))], ['future', card(noon(10) + 400 * DAY)]]),
        },
        { skill: () => true, question: (id) => id !== 'retired-question' },
      );
      assert.equal(summary.reviewsMerged, 2, 'mine and future; both was reviewed later here');
      assert.equal(summary.unknown, 1);
      assert.equal(summary.future, 1);
      assert.equal(other.store.reviewStates.get('both')?.lastReview, noon(7));
      assert.equal(other.store.reviewStates.get('future')?.lastReview, noon(10), 'a review in the future is taken as now');
      assert.deepEqual(other.store.streakRun(), { from: localDay(noon(5)), to: localDay(noon(7)) }, 'the runs touch, so they join');
    });
  });
});
