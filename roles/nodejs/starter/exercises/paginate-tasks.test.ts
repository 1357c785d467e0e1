// Check of the exercise "Paginate the task list" (README): the HTTP API, then your repository contract suite, which
// must pass against your InMemoryTaskRepository and catch each bug of ./paginate-tasks/mutants.ts.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import request from 'supertest';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { InMemoryTaskRepository } from '../src/tasks/in-memory-task-repository.js';
import { exerciseApp } from './helpers.js';
import { mutants } from './paginate-tasks/mutants.js';

interface Page {
  items: { id: string; ownerId: string; createdAt: string }[];
  nextCursor?: unknown;
}

describe('GET /tasks?limit=…&cursor=…', () => {
  let app: ReturnType<typeof exerciseApp>['app'];
  let alice: string;
  let created: string[];

  async function page(query: string, expected = 200): Promise<Page> {
    const res = await request(app).get(`/tasks${query}`).set('Authorization', alice);
    expect(res.status, `GET /tasks${query} should answer ${expected}; got ${res.status} ${JSON.stringify(res.body)}`).toBe(expected);
    return res.body as Page;
  }

  async function setup(count: number) {
    const tasks = new InMemoryTaskRepository();
    ({ app } = exerciseApp({ tasks }));
    alice = await exerciseApp().bearer('alice');
    created = [];
    for (let i = 1; i <= count; i++) {
      created.push((await tasks.create({ ownerId: 'alice', title: `task ${i}` })).id);
      if (i % 5 === 0) await tasks.create({ ownerId: 'bob', title: `bob’s ${i}` });
    }
  }

  describe('with 25 tasks', () => {
    beforeEach(async () => {
      await setup(25);
    });

    it('answers { items, nextCursor } with the first 20 tasks by default', async () => {
      const first = await page('');
      expect(Array.isArray(first.items), 'GET /tasks should answer { items: [...], nextCursor }').toBe(true);
      expect(first.items, `GET /tasks should return the first page of 20 tasks; got ${first.items.length}`).toHaveLength(20);
      expect(typeof first.nextCursor, `with 25 tasks, the first page should have a nextCursor string; got ${JSON.stringify(first.nextCursor)}`).toBe('string');
    });

    it('returns the rest with the cursor, then nextCursor: null', async () => {
      const first = await page('');
      const second = await page(`?cursor=${encodeURIComponent(String(first.nextCursor))}`);
      expect(second.items, `the second page of 25 tasks should have the other 5; got ${second.items?.length}`).toHaveLength(5);
      expect(second.nextCursor, `the last page should have "nextCursor": null; got ${JSON.stringify(second.nextCursor)}`).toBeNull();
      const ids = [...first.items, ...second.items].map((t) => t.id);
      expect(new Set(ids).size, 'the two pages should not share a task').toBe(25);
      expect([...ids].sort(), 'the two pages together should hold exactly alice’s 25 tasks (none of bob’s)').toEqual([...created].sort());
    });

    it('honours ?limit and keeps the same order across pages', async () => {
      const all = await page('?limit=100');
      expect(all.items, `GET /tasks?limit=100 should return all 25 tasks; got ${all.items?.length}`).toHaveLength(25);
      expect(all.nextCursor, `GET /tasks?limit=100 with 25 tasks should have "nextCursor": null; got ${JSON.stringify(all.nextCursor)}`).toBeNull();

      const walked: string[] = [];
      let query = '?limit=10';
      for (const size of [10, 10, 5]) {
        const next = await page(query);
        expect(next.items, `GET /tasks${query} should return ${size} tasks; got ${next.items?.length}`).toHaveLength(size);
        walked.push(...next.items.map((t) => t.id));
        query = `?limit=10&cursor=${encodeURIComponent(String(next.nextCursor))}`;
      }
      expect(walked, 'pages of 10 should list the tasks in the same order as one page of 100').toEqual(all.items.map((t) => t.id));
      const times = all.items.map((t) => Date.parse(t.createdAt));
      expect(times, 'tasks should come oldest first').toEqual([...times].sort((a, b) => a - b));
    });
  });

  it('answers nextCursor: null when the last page is exactly full', async () => {
    await setup(20);
    const only = await page('');
    expect(only.items, `GET /tasks with 20 tasks should return all 20; got ${only.items?.length}`).toHaveLength(20);
    expect(only.nextCursor, `with exactly 20 tasks there is no next page: "nextCursor" should be null; got ${JSON.stringify(only.nextCursor)}`).toBeNull();
  });

  it.each(['0', '101', '2.5', 'ten'])('rejects ?limit=%s with 400 validation_failed', async (limit) => {
    await setup(1);
    const body = (await page(`?limit=${limit}`, 400)) as unknown;
    expect(body, `GET /tasks?limit=${limit} should answer 400 validation_failed (limit is a whole number from 1 to 100)`).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('rejects a cursor it did not issue with 400 validation_failed', async () => {
    await setup(3);
    const body = (await page('?cursor=not-a-real-cursor', 400)) as unknown;
    expect(body, 'GET /tasks?cursor=not-a-real-cursor should answer 400 validation_failed').toMatchObject({ error: { code: 'validation_failed' } });
  });
});

describe('your contract suite (test/task-repository.contract.ts)', () => {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const root = join(here, '..');
  let groups: Map<string, { failed: string[]; total: number }>;
  let output = '';

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'contract-'));
    const report = join(dir, 'report.json');
    try {
      output = await new Promise<string>((resolve) => {
        const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
        const args = [vitest, 'run', '--config', join(here, 'paginate-tasks', 'vitest.config.ts'), '--reporter=json', `--outputFile.json=${report}`];
        // Failing tests are expected here (a mutant caught), so the exit code says nothing.
        execFile(process.execPath, args, { cwd: root, timeout: 60_000 }, (_error, stdout, stderr) => resolve(`${stdout}${stderr}`));
      });
      const result = JSON.parse(readFileSync(report, 'utf8')) as {
        testResults: { assertionResults: { ancestorTitles: string[]; title: string; status: string }[] }[];
      };
      groups = new Map();
      for (const test of result.testResults.flatMap((file) => file.assertionResults)) {
        const group = test.ancestorTitles[0] ?? '';
        const entry = groups.get(group) ?? { failed: [], total: 0 };
        entry.total += 1;
        if (test.status === 'failed') entry.failed.push([...test.ancestorTitles.slice(1), test.title].join(' › '));
        groups.set(group, entry);
      }
    } catch (error) {
      throw new Error(`could not run the contract suite: ${(error as Error).message}\n${output}`, { cause: error });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  function group(name: string) {
    const found = [...groups].find(([title]) => title.startsWith(name));
    if (!found) expect.fail(`describeTaskRepository('${name}', …) ran no test:\n${output.slice(-2000)}`);
    return found[1];
  }

  it('passes against your InMemoryTaskRepository', () => {
    const { failed } = group('InMemoryTaskRepository');
    expect(failed, `the contract suite should pass against InMemoryTaskRepository; these fail: ${failed.join('; ')}`).toEqual([]);
  });

  mutants.forEach(({ bug, catchIt }, i) => {
    it(`catches a repository that ${bug}`, () => {
      const { failed } = group(`mutant ${i}`);
      expect(failed.length, `the contract suite passes against a repository that ${bug}: add a test that would fail, e.g. ${catchIt}`).toBeGreaterThan(0);
    });
  });
});
