// Progress files (JSON export/import), merging, the Markdown export and how counts read.
import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import type { Catalog } from '../../src/catalog/schema';
import { exportMarkdown } from '../../src/progress/exportMarkdown';
import { formatCounts, percentDone } from '../../src/progress/format';
import {
  EXPORT_FORMAT,
  laterChange,
  mergeChecks,
  parseExport,
  progressToMerge,
  toExport,
  type CheckMap,
  type NoteMap,
  type ProgressMap,
} from '../../src/progress/progressData';
import { ProgressStore, type ProgressStorage } from '../../src/progress/progressStore';
import { realCatalog } from './helpers';

const counts = (done: number, total: number, inProgress = 0, verified = 0) => ({ done, verified, inProgress, total });

function memoryStorage(): ProgressStorage {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), update: async (key, value) => void values.set(key, value) };
}

describe('progress files', () => {
  const progress: ProgressMap = new Map([
    ['py-fastapi', { state: 'done', changedAt: 1_700_000_000_000 }],
    ['node-pm2', { state: 'in-progress', changedAt: 1 }],
    ['gql-hasura', { state: 'not-started', changedAt: 0 }],
  ]);
  const checks: CheckMap = new Map([['py-fastapi', { passedAt: 1_700_000_000_000, passedBy: 'Due dates', passedIn: 'shop' }]]);
  const notes: NoteMap = new Map([['py-fastapi', { text: '# Depends\n\nReuse `get_db`.', changedAt: 1_700_000_000_001 }]]);

  it('toExport → parseExport round trip, check results and notes included', () => {
    const text = toExport({ progress, checks, notes, reviews: new Map() }, new Date('2025-03-04T05:06:07.000Z'));
    const json = JSON.parse(text) as Record<string, unknown>;
    assert.equal(json.format, EXPORT_FORMAT);
    assert.equal(json.format, 'backend-paths-progress');
    assert.equal(json.version, 1);
    assert.equal(json.exportedAt, '2025-03-04T05:06:07.000Z');
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(parseExport(text), { ok: true, data: { progress, checks, notes, reviews: new Map() } });
  });

  it('an empty export round-trips, and an export without check results (0.1.0) or notes is read', () => {
    assert.deepEqual(parseExport(toExport({ progress: new Map(), checks: new Map(), notes: new Map(), reviews: new Map() }, new Date(0))), {
      ok: true,
      data: { progress: new Map(), checks: new Map(), notes: new Map(), reviews: new Map() },
    });
    assert.deepEqual(parseExport(valid({})), {
      ok: true,
      data: { progress: new Map(), checks: new Map(), notes: new Map(), reviews: new Map() },
    });
  });

  const valid = (skills: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'backend-paths-progress', version: 1, skills, ...extra });

  const refusals: [string, string, RegExp][] = [
    ['non-JSON', 'this is not json', /^not JSON \(.+\)$/],
    ['an empty file', '', /^not JSON \(.+\)$/],
    ['a JSON array', '[]', /^not a Backend Paths progress file: the file: .+$/],
    ['JSON null', 'null', /^not a Backend Paths progress file: the file: .+$/],
    ['a JSON number', '42', /^not a Backend Paths progress file: the file: .+$/],
    [
      'a wrong format',
      JSON.stringify({ format: 'something-else', version: 1, skills: {} }),
      /^not a Backend Paths progress file: format: .+$/,
    ],
    ['a missing format', JSON.stringify({ version: 1, skills: {} }), /^not a Backend Paths progress file: format: .+$/],
    [
      'a wrong version',
      JSON.stringify({ format: 'backend-paths-progress', version: 2, skills: {} }),
      /^not a Backend Paths progress file: version: .+$/,
    ],
    ['missing skills', JSON.stringify({ format: 'backend-paths-progress', version: 1 }), /^not a Backend Paths progress file: skills: .+$/],
    [
      'a bad state',
      valid({ 'py-flask': { state: 'finished', changedAt: 1 } }),
      /^not a Backend Paths progress file: skills\.py-flask\.state: .+$/,
    ],
    [
      'a negative time',
      valid({ 'py-flask': { state: 'done', changedAt: -1 } }),
      /^not a Backend Paths progress file: skills\.py-flask\.changedAt: .+$/,
    ],
    [
      'a string time',
      valid({ 'py-flask': { state: 'done', changedAt: 'yesterday' } }),
      /^not a Backend Paths progress file: skills\.py-flask\.changedAt: .+$/,
    ],
    ['a bad skill id', valid({ '../etc': { state: 'done', changedAt: 1 } }), /^not a Backend Paths progress file: skills\.\.\.\/etc: .+$/],
    ['an entry that is not an object', valid({ 'py-flask': 'done' }), /^not a Backend Paths progress file: skills\.py-flask: .+$/],
    [
      'a bad check result',
      valid({}, { checks: { 'py-flask': { passedAt: 'today' } } }),
      /^not a Backend Paths progress file: checks\.py-flask\.passedAt: .+$/,
    ],
    ['a file over 2 MB', valid({}, { padding: 'x'.repeat(2_000_001) }), /^the file is too large \(\d+ KB; an export is at most 2000 KB\)$/],
  ];
  for (const [name, text, expected] of refusals) {
    it(`parseExport refuses ${name} with a clear message`, () => {
      const result = parseExport(text);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }

  it('parseExport refuses the whole file when one entry is bad', () => {
    const result = parseExport(valid({ good: { state: 'done', changedAt: 1 }, bad: { state: 'nope', changedAt: 1 } }));
    assert.equal(result.ok, false);
  });

  it('an entry keyed "constructor" or "__proto__" is data, not the prototype', () => {
    const result = parseExport('{"format":"backend-paths-progress","version":1,"skills":{"constructor":{"state":"done","changedAt":1}}}');
    assert.ok(result.ok);
    if (result.ok) assert.deepEqual(result.data.progress.get('constructor'), { state: 'done', changedAt: 1 });
    const proto = parseExport('{"format":"backend-paths-progress","version":1,"skills":{"__proto__":{"state":"done","changedAt":1}}}');
    assert.ok(proto.ok);
    if (proto.ok) assert.deepEqual([...proto.data.progress.keys()], [], '__proto__ is never taken as a skill');
    assert.equal(({} as Record<string, unknown>).state, undefined, 'no prototype was touched');
  });

  describe('progressToMerge', () => {
    it('adds, updates when newer, ignores older, counts unchanged', () => {
      const current: ProgressMap = new Map([
        ['a', { state: 'done', changedAt: 10 }],
        ['b', { state: 'done', changedAt: 10 }],
        ['c', { state: 'done', changedAt: 10 }],
      ]);
      const incoming: ProgressMap = new Map([
        ['a', { state: 'in-progress', changedAt: 11 }],
        ['b', { state: 'not-started', changedAt: 9 }],
        ['c', { state: 'done', changedAt: 50 }],
        ['d', { state: 'done', changedAt: 1 }],
      ]);
      const { winners, summary } = progressToMerge(current, incoming);
      assert.deepEqual(summary, { added: 1, updated: 1, unchanged: 1, olderIgnored: 1 });
      assert.deepEqual(Object.fromEntries(winners), { a: { state: 'in-progress', changedAt: 11 }, d: { state: 'done', changedAt: 1 } });
    });

    it('a tie in time keeps the current state', () => {
      const { winners, summary } = progressToMerge(
        new Map([['a', { state: 'done', changedAt: 5 }]]),
        new Map([['a', { state: 'in-progress', changedAt: 5 }]]),
      );
      assert.equal(winners.size, 0);
      assert.equal(summary.olderIgnored, 1);
    });
  });

  describe('merging two stored copies', () => {
    it('laterChange: the later wins; a tie goes to the further state whichever comes first', () => {
      assert.deepEqual(laterChange({ state: 'done', changedAt: 1 }, { state: 'not-started', changedAt: 2 }), {
        state: 'not-started',
        changedAt: 2,
      });
      assert.deepEqual(laterChange({ state: 'done', changedAt: 2 }, { state: 'in-progress', changedAt: 2 }), {
        state: 'done',
        changedAt: 2,
      });
      assert.deepEqual(laterChange({ state: 'in-progress', changedAt: 2 }, { state: 'done', changedAt: 2 }), {
        state: 'done',
        changedAt: 2,
      });
    });

    it('mergeChecks keeps the later pass and the later failure, in either order', () => {
      const a = { passedAt: 5, passedBy: 'A', passedIn: 'p', failedAt: 1, failedBy: 'A', failedIn: 'p' };
      const b = { passedAt: 3, passedBy: 'B', passedIn: 'q', failedAt: 9, failedBy: 'B', failedIn: 'q' };
      const expected = { passedAt: 5, passedBy: 'A', passedIn: 'p', failedAt: 9, failedBy: 'B', failedIn: 'q' };
      assert.deepEqual(mergeChecks(a, b), expected);
      assert.deepEqual(mergeChecks(b, a), expected);
    });
  });
});

describe('percentDone and formatCounts', () => {
  const cases: [number, number, number, string][] = [
    [0, 0, 0, '0/0 · 0%'],
    [0, 5, 0, '0/5 · 0%'],
    [1, 200, 1, '1/200 · 1%'],
    [1, 1000, 1, '1/1000 · 1%'],
    [199, 200, 99, '199/200 · 99%'],
    [999, 1000, 99, '999/1000 · 99%'],
    [200, 200, 100, '200/200 · 100%'],
    [7, 16, 44, '7/16 · 44%'],
    [1, 2, 50, '1/2 · 50%'],
    [1, 3, 33, '1/3 · 33%'],
    [2, 3, 67, '2/3 · 67%'],
  ];
  for (const [done, total, percent, text] of cases) {
    it(`${done}/${total} → ${percent}% → "${text}"`, () => {
      assert.equal(percentDone(counts(done, total)), percent);
      assert.equal(formatCounts(counts(done, total, 3)), text);
    });
  }

  it('says how many are verified, when any are', () => {
    assert.equal(formatCounts(counts(9, 16, 0, 4)), '9/16 · 56% · 4 verified');
  });
});

describe('exportMarkdown', () => {
  /** A small catalog: the beginner role's first three skills and python's framework choices. */
  function smallCatalog(): Catalog {
    const catalog = structuredClone(realCatalog());
    const beginner = catalog.roles.find((r) => r.id === 'backend-beginner');
    const python = catalog.roles.find((r) => r.id === 'python');
    assert.ok(beginner && python);
    beginner.skillGroups = [{ ...beginner.skillGroups[0] }];
    (beginner.skillGroups[0] as { skills: unknown[] }).skills = beginner.skillGroups[0]?.skills.slice(0, 3) ?? [];
    python.skillGroups = python.skillGroups.slice(0, 2);
    (python.skillGroups[1] as { skills: unknown[] }).skills = python.skillGroups[1]?.skills.slice(0, 1) ?? [];
    catalog.roles = [beginner, python];
    return catalog;
  }

  it('writes a checklist per role and group, with the notes under their skills', async () => {
    const index = new CatalogIndex(smallCatalog());
    const store = new ProgressStore(memoryStorage());
    await store.setState(['basics-http-rest', 'py-flask'], 'done');
    await store.setState(['basics-sql-crud'], 'in-progress');
    await store.recordCheck({ skillIds: ['py-fastapi'], passed: true, exercise: 'Due dates', project: 'shop' });
    await store.setNote('py-flask', '## Blueprints\n\nOne per area.');
    const markdown = exportMarkdown(index, store, new Date('2025-06-07T23:59:00Z'));
    assert.equal(
      markdown,
      [
        '# Backend Paths progress',
        '',
        'Exported 2025-06-07. All skills: 3/8 · 38% · 1 verified.',
        '',
        '## Backend Beginner → Junior Developer (1/3 · 33%)',
        '',
        "### What You'll Master",
        '',
        '- [x] HTTP fundamentals & REST principles',
        '- [ ] Choose primary language (Node.js recommended for breadth)',
        '- [ ] Basic database operations (CRUD with SQL) (in progress)',
        '',
        '## Python Backend Developer (2/5 · 40% · 1 verified)',
        '',
        '### Framework Choices',
        '',
        '- [x] FastAPI (verified by an exercise check)',
        '- [ ] Django',
        '- [x] Flask',
        '',
        '  ## Blueprints',
        '',
        '  One per area.',
        '',
        '- [ ] Starlette',
        '',
        '### Django',
        '',
        '- [ ] Models & ORM',
        '',
      ].join('\n'),
    );
  });

  it('over the real catalog: every role and group has a heading, every skill a line', async () => {
    const index = new CatalogIndex(realCatalog());
    const store = new ProgressStore(memoryStorage());
    await store.setState(['gql-hasura'], 'done');
    const markdown = exportMarkdown(index, store, new Date('2025-01-01T00:00:00Z'));
    const lines = markdown.split('\n');
    const total = [...index.allSkills()].length;
    const graphql = [...index.allSkills()].filter((e) => e.role.id === 'graphql').length;
    assert.equal(lines.filter((l) => l.startsWith('## ')).length, 11);
    assert.equal(lines.filter((l) => /^- \[[ x]\] /.test(l)).length, total);
    assert.ok(lines.includes('- [x] Hasura (PostgreSQL)'));
    assert.ok(lines.includes(`Exported 2025-01-01. All skills: 1/${total} · 1%.`));
    assert.ok(lines.includes(`## GraphQL Specialist (1/${graphql} · ${Math.round(100 / graphql)}%)`));
  });
});
