// Progress files (JSON export/import), merging, the Markdown export and how counts read.
import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import type { Catalog } from '../../src/catalog/schema';
import { exportMarkdown } from '../../src/progress/exportMarkdown';
import { formatCounts, percentDone } from '../../src/progress/format';
import { EXPORT_FORMAT, mergeProgress, parseExport, readStored, toExport, type ProgressMap } from '../../src/progress/progressData';
import { ProgressStore, type ProgressStorage } from '../../src/progress/progressStore';
import { realCatalog } from './helpers';

const counts = (done: number, total: number, inProgress = 0) => ({ done, inProgress, total });

function memoryStorage(): ProgressStorage {
  const values = new Map<string, unknown>();
  return { get: (key) => values.get(key), update: async (key, value) => void values.set(key, value) };
}

describe('progress files', () => {
  const progress: ProgressMap = {
    'py-fastapi': { state: 'done', changedAt: 1_700_000_000_000 },
    'node-pm2': { state: 'in-progress', changedAt: 1 },
    'gql-hasura': { state: 'not-started', changedAt: 0 },
  };

  it('toExport → parseExport round trip', () => {
    const text = toExport(progress, new Date('2025-03-04T05:06:07.000Z'));
    const json = JSON.parse(text) as Record<string, unknown>;
    assert.equal(json.format, EXPORT_FORMAT);
    assert.equal(json.format, 'backend-paths-progress');
    assert.equal(json.version, 1);
    assert.equal(json.exportedAt, '2025-03-04T05:06:07.000Z');
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(parseExport(text), { ok: true, progress });
  });

  it('an empty export round-trips', () => {
    assert.deepEqual(parseExport(toExport({}, new Date(0))), { ok: true, progress: {} });
  });

  const valid = (skills: unknown, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'backend-paths-progress', version: 1, skills, ...extra });

  const refusals: [string, string, RegExp][] = [
    ['non-JSON', 'this is not json', /^not JSON \(.+\)$/],
    ['an empty file', '', /^not JSON \(.+\)$/],
    ['a JSON array', '[]', /^not a Backend Paths progress file: the file: .+$/],
    ['JSON null', 'null', /^not a Backend Paths progress file: the file: .+$/],
    ['a JSON number', '42', /^not a Backend Paths progress file: the file: .+$/],
    ['a wrong format', JSON.stringify({ format: 'something-else', version: 1, skills: {} }), /^not a Backend Paths progress file: format: .+$/],
    ['a missing format', JSON.stringify({ version: 1, skills: {} }), /^not a Backend Paths progress file: format: .+$/],
    ['a wrong version', JSON.stringify({ format: 'backend-paths-progress', version: 2, skills: {} }), /^not a Backend Paths progress file: version: .+$/],
    ['missing skills', JSON.stringify({ format: 'backend-paths-progress', version: 1 }), /^not a Backend Paths progress file: skills: .+$/],
    ['a bad state', valid({ 'py-flask': { state: 'finished', changedAt: 1 } }), /^not a Backend Paths progress file: skills\.py-flask\.state: .+$/],
    ['a negative time', valid({ 'py-flask': { state: 'done', changedAt: -1 } }), /^not a Backend Paths progress file: skills\.py-flask\.changedAt: .+$/],
    ['a string time', valid({ 'py-flask': { state: 'done', changedAt: 'yesterday' } }), /^not a Backend Paths progress file: skills\.py-flask\.changedAt: .+$/],
    ['a bad skill id', valid({ '../etc': { state: 'done', changedAt: 1 } }), /^not a Backend Paths progress file: skills\.\.\.\/etc: .+$/],
    ['an entry that is not an object', valid({ 'py-flask': 'done' }), /^not a Backend Paths progress file: skills\.py-flask: .+$/],
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

  it('readStored keeps a valid value as it is', () => {
    assert.deepEqual(readStored({ version: 1, skills: progress }), { progress });
    assert.deepEqual(readStored(undefined), { progress: {} });
  });

  describe('mergeProgress', () => {
    it('adds, updates when newer, ignores older, counts unchanged', () => {
      const current: ProgressMap = { a: { state: 'done', changedAt: 10 }, b: { state: 'done', changedAt: 10 }, c: { state: 'done', changedAt: 10 } };
      const incoming: ProgressMap = {
        a: { state: 'in-progress', changedAt: 11 },
        b: { state: 'not-started', changedAt: 9 },
        c: { state: 'done', changedAt: 50 },
        d: { state: 'done', changedAt: 1 },
      };
      const { merged, summary } = mergeProgress(current, incoming);
      assert.deepEqual(summary, { added: 1, updated: 1, unchanged: 1, olderIgnored: 1 });
      assert.deepEqual(merged, {
        a: { state: 'in-progress', changedAt: 11 },
        b: { state: 'done', changedAt: 10 },
        c: { state: 'done', changedAt: 10 },
        d: { state: 'done', changedAt: 1 },
      });
      assert.deepEqual(current.a, { state: 'done', changedAt: 10 }, 'the input is not modified');
    });

    it('a tie in time keeps the current state', () => {
      const { merged, summary } = mergeProgress({ a: { state: 'done', changedAt: 5 } }, { a: { state: 'in-progress', changedAt: 5 } });
      assert.equal(merged.a?.state, 'done');
      assert.equal(summary.olderIgnored, 1);
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
});

describe('exportMarkdown', () => {
  /** A small catalog: the beginner role's first three skills and python's framework choices. */
  function smallCatalog(): Catalog {
    const catalog = structuredClone(realCatalog());
    const beginner = catalog.roles.find((r) => r.id === 'backend-beginner');
    const python = catalog.roles.find((r) => r.id === 'python');
    assert.ok(beginner && python);
    beginner.skillGroups = [{ ...(beginner.skillGroups[0] as Catalog['roles'][number]['skillGroups'][number]) }];
    (beginner.skillGroups[0] as { skills: unknown[] }).skills = beginner.skillGroups[0]?.skills.slice(0, 3) ?? [];
    python.skillGroups = python.skillGroups.slice(0, 2);
    (python.skillGroups[1] as { skills: unknown[] }).skills = python.skillGroups[1]?.skills.slice(0, 1) ?? [];
    catalog.roles = [beginner, python];
    return catalog;
  }

  it('writes a checklist per role and group', async () => {
    const index = new CatalogIndex(smallCatalog());
    const store = new ProgressStore(memoryStorage());
    await store.setState(['basics-http-rest', 'py-flask'], 'done');
    await store.setState(['basics-sql-crud'], 'in-progress');
    const markdown = exportMarkdown(index, store, new Date('2025-06-07T23:59:00Z'));
    assert.equal(
      markdown,
      [
        '# Backend Paths progress',
        '',
        'Exported 2025-06-07: 2/8 · 25% of all skills done.',
        '',
        '## Backend Beginner → Junior Developer (1/3 · 33%)',
        '',
        "### What You'll Master",
        '',
        '- [x] HTTP fundamentals & REST principles',
        '- [ ] Choose primary language (Node.js recommended for breadth)',
        '- [ ] Basic database operations (CRUD with SQL) (in progress)',
        '',
        '## Python Backend Developer (1/5 · 20%)',
        '',
        '### Framework Choices',
        '',
        '- [ ] FastAPI',
        '- [ ] Django',
        '- [x] Flask',
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
    assert.ok(lines.includes(`Exported 2025-01-01: 1/${total} · 1% of all skills done.`));
    assert.ok(lines.includes(`## GraphQL Specialist (1/${graphql} · ${Math.round(100 / graphql)}%)`));
  });
});
