// The progress store over a Map-backed storage: state, events, persistence, recovery, renames, merge, undo.
import * as assert from 'node:assert/strict';
import type { ProgressMap } from '../../src/progress/progressData';
import { BACKUP_KEY, PROGRESS_KEY, ProgressStore, type ProgressChange, type ProgressStorage } from '../../src/progress/progressStore';

class MapStorage implements ProgressStorage {
  readonly values = new Map<string, unknown>();
  writes = 0;
  get(key: string): unknown {
    return this.values.get(key);
  }
  async update(key: string, value: unknown): Promise<void> {
    this.writes++;
    // Storage keeps a copy (as globalState does: it serialises), so later changes to the store's objects do not leak.
    this.values.set(key, value === undefined ? undefined : structuredClone(value));
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

describe('progress store', () => {
  describe('state, counts and events', () => {
    it('unknown skills are not started', async () => {
      const { store } = makeStore();
      await store.load();
      assert.equal(store.state('py-fastapi'), 'not-started');
      assert.equal(store.entries(['py-fastapi'])['py-fastapi']?.changedAt, undefined);
      assert.deepEqual(store.counts([]), { done: 0, inProgress: 0, total: 0 });
    });

    it('setState sets, counts count, changedAt is the clock', async () => {
      const { store, setTime } = makeStore();
      setTime(5000);
      assert.deepEqual(await store.setState(['a', 'b'], 'done'), ['a', 'b']);
      assert.deepEqual(await store.setState(['c'], 'in-progress'), ['c']);
      assert.equal(store.state('a'), 'done');
      assert.equal(store.state('c'), 'in-progress');
      assert.equal(store.entries(['a'])['a']?.changedAt, 5000);
      assert.deepEqual(store.counts(['a', 'b', 'c', 'd']), { done: 2, inProgress: 1, total: 4 });
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
      assert.deepEqual(first.storage.get(PROGRESS_KEY), { version: 1, skills: { a: entry('done', 42), b: entry('in-progress', 42) } });

      const second = makeStore(first.storage);
      assert.deepEqual(await second.store.load(), {});
      assert.equal(second.store.state('a'), 'done');
      assert.equal(second.store.state('b'), 'in-progress');
      assert.equal(second.store.entries(['a'])['a']?.changedAt, 42);
      assert.deepEqual(second.events, [{ skillIds: ['a', 'b'] }], 'loading announces what it changed');
    });

    it('loading an unchanged value again fires no event', async () => {
      const { store, storage, events } = makeStore();
      await store.setState(['a'], 'done');
      events.length = 0;
      storage.values.set(PROGRESS_KEY, { version: 1, skills: { a: entry('done', 1000) } });
      await store.load();
      assert.deepEqual(events, []);
    });

    it('unknown skill ids are kept across load and save', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, { version: 1, skills: { 'retired-skill': entry('done', 10) } });
      const { store } = makeStore(storage);
      await store.load();
      await store.setState(['a'], 'done');
      const saved = storage.get(PROGRESS_KEY) as { skills: ProgressMap };
      assert.deepEqual(saved.skills['retired-skill'], entry('done', 10));
      assert.deepEqual(store.snapshot()['retired-skill'], entry('done', 10));
    });

    it('snapshot is a copy', async () => {
      const { store } = makeStore();
      await store.setState(['a'], 'done');
      const snap = store.snapshot();
      (snap.a as { state: string }).state = 'not-started';
      assert.equal(store.state('a'), 'done');
    });
  });

  describe('recovery from a corrupt stored value', () => {
    const good = entry('done', 7);
    const cases: { name: string; raw: unknown; kept: ProgressMap; problem?: RegExp }[] = [
      { name: 'a string', raw: 'not progress', kept: {}, problem: /^the saved value was not Backend Paths progress$/ },
      { name: 'an array', raw: [1, 2, 3], kept: {}, problem: /^the saved value was not Backend Paths progress$/ },
      { name: 'null', raw: null, kept: {}, problem: /^the saved value was not Backend Paths progress$/ },
      { name: 'a number', raw: 12, kept: {}, problem: /^the saved value was not Backend Paths progress$/ },
      {
        name: 'version 1 with a good and bad entries',
        raw: { version: 1, skills: { good, bad: { state: 'finished', changedAt: 1 }, 'Bad_Id': entry('done', 1), neg: entry('done', -5) } },
        kept: { good },
        problem: /^3 of 4 saved entries were unreadable$/,
      },
      { name: 'skills that are not a map', raw: { version: 1, skills: [good] }, kept: {}, problem: /not Backend Paths progress/ },
      { name: 'a future version', raw: { version: 2, skills: { good, also: entry('in-progress', 9) } }, kept: { good, also: entry('in-progress', 9) } },
    ];

    for (const { name, raw, kept, problem } of cases) {
      it(`${name}: never throws, keeps valid entries, backs the raw value up, tells once`, async () => {
        const storage = new MapStorage();
        storage.values.set(PROGRESS_KEY, structuredClone(raw));
        const { store } = makeStore(storage);
        const report = await store.load();
        assert.equal(typeof report.problem, 'string');
        if (problem) assert.match(report.problem as string, problem);
        assert.deepEqual(store.snapshot(), kept);
        assert.deepEqual(storage.get(BACKUP_KEY), raw);
        assert.deepEqual(storage.get(PROGRESS_KEY), { version: 1, skills: kept }, 'the recovered value is saved');

        assert.deepEqual(await store.load(), {}, 'the same store is told once');
        const again = makeStore(storage);
        assert.deepEqual(await again.store.load(), {}, 'a new store is not told again');
        assert.deepEqual(again.store.snapshot(), kept);
        assert.deepEqual(storage.get(BACKUP_KEY), raw, 'the backup is kept');
      });
    }

    it('nothing stored is not a problem', async () => {
      const { store, storage } = makeStore();
      assert.deepEqual(await store.load(), {});
      assert.equal(storage.get(BACKUP_KEY), undefined);
      assert.equal(storage.writes, 0);
    });
  });

  describe('renames', () => {
    const renames: Record<string, string> = { 'old-id': 'new-id' };
    const current = (id: string) => renames[id] ?? id;

    it('an old id moves to its new id', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, { version: 1, skills: { 'old-id': entry('done', 5) } });
      const { store } = makeStore(storage, current);
      await store.load();
      assert.equal(store.state('new-id'), 'done');
      assert.equal(store.entries(['new-id'])['new-id']?.changedAt, 5);
      assert.deepEqual(Object.keys(store.snapshot()), ['new-id']);
    });

    it('when both exist, the later change wins (either way round)', async () => {
      for (const [old, now, expected] of [
        [entry('done', 20), entry('in-progress', 10), 'done'],
        [entry('done', 10), entry('in-progress', 20), 'in-progress'],
      ] as const) {
        const storage = new MapStorage();
        storage.values.set(PROGRESS_KEY, { version: 1, skills: { 'new-id': now, 'old-id': old } });
        const { store } = makeStore(storage, current);
        await store.load();
        assert.equal(store.state('new-id'), expected);
        assert.equal(store.state('old-id'), 'not-started');
      }
    });

    it('merged (imported) progress follows renames too', async () => {
      const { store } = makeStore(new MapStorage(), current);
      const summary = await store.merge({ 'old-id': entry('done', 5) });
      assert.equal(store.state('new-id'), 'done');
      assert.deepEqual(summary, { added: 1, updated: 0, unchanged: 0, olderIgnored: 0 });
    });
  });

  describe('merge', () => {
    it('newer wins, older is ignored, and the summary counts each', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, {
        version: 1,
        skills: { a: entry('done', 100), b: entry('in-progress', 100), c: entry('done', 100) },
      });
      const { store, events } = makeStore(storage);
      await store.load();
      events.length = 0;
      const summary = await store.merge({
        a: entry('not-started', 200),
        b: entry('done', 50),
        c: entry('done', 300),
        d: entry('in-progress', 10),
      });
      assert.deepEqual(summary, { added: 1, updated: 1, unchanged: 1, olderIgnored: 1 });
      assert.deepEqual(store.snapshot(), {
        a: entry('not-started', 200),
        b: entry('in-progress', 100),
        c: entry('done', 100),
        d: entry('in-progress', 10),
      });
      assert.deepEqual(events, [{ skillIds: ['a', 'd'] }]);
      assert.deepEqual((storage.get(PROGRESS_KEY) as { skills: ProgressMap }).skills, store.snapshot());
    });

    it('merging the same progress twice changes nothing the second time', async () => {
      const { store, events } = makeStore();
      const incoming = { a: entry('done', 1), b: entry('in-progress', 2) };
      await store.merge(incoming);
      events.length = 0;
      assert.deepEqual(await store.merge(incoming), { added: 0, updated: 0, unchanged: 2, olderIgnored: 0 });
      assert.deepEqual(events, []);
    });
  });

  describe('undo of a reset: entries() then putBack()', () => {
    it('restores exactly the previous entries, and unsaved ids stay unsaved', async () => {
      const storage = new MapStorage();
      storage.values.set(PROGRESS_KEY, {
        version: 1,
        skills: { a: entry('done', 1), b: entry('in-progress', 2), x: entry('not-started', 3), other: entry('done', 4) },
      });
      const { store, events, setTime } = makeStore(storage);
      await store.load();
      const before = store.snapshot();
      const ids = ['a', 'b', 'c', 'x'];
      const previous = store.entries(ids);
      assert.deepEqual(previous, { a: entry('done', 1), b: entry('in-progress', 2), x: entry('not-started', 3) });

      setTime(99);
      await store.setState(ids, 'not-started');
      assert.deepEqual(store.counts(ids), { done: 0, inProgress: 0, total: 4 });
      events.length = 0;

      await store.putBack(ids, previous);
      assert.deepEqual(store.snapshot(), before);
      assert.deepEqual((storage.get(PROGRESS_KEY) as { skills: ProgressMap }).skills, before);
      assert.deepEqual(events, [{ skillIds: ['a', 'b'] }]);
    });

    it('entries() returns copies', async () => {
      const { store } = makeStore();
      await store.setState(['a'], 'done');
      const copy = store.entries(['a']);
      (copy.a as { state: string }).state = 'in-progress';
      assert.equal(store.state('a'), 'done');
    });
  });
});
