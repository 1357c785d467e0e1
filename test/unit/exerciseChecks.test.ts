// Running a check and reading its result: the manifest as untrusted input, JUnit reports, the verdict, and the
// process runner (output, exit codes, timeouts, cancellation of a whole process tree, a missing program).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { parseJUnit } from '../../src/exercises/junit';
import { checkVerdict, missingProgramMessage } from '../../src/exercises/checkVerdict';
import { parseManifest } from '../../src/exercises/manifest';
import { commandFor, runCheckProcess } from '../../src/exercises/runCheck';

const exercise = {
  id: 'a',
  title: 'A',
  skills: ['node-typescript'],
  instructions: '',
  argv: ['node', '-e', '1'],
  files: ['x.test.ts'],
  timeoutSeconds: 60,
};
const manifest = (exercises: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'backend-paths-exercises', version: 1, role: 'nodejs', exercises, ...extra });

describe('exercise manifest (untrusted input)', () => {
  it('reads a valid manifest, and a newer version as far as it understands it', () => {
    assert.deepEqual(parseManifest(manifest([exercise])), { ok: true, manifest: { role: 'nodejs', exercises: [exercise] } });
    const newer = parseManifest(manifest([{ ...exercise, sandbox: 'strict' }], { version: 4, author: 'x' }));
    assert.ok(newer.ok);
  });

  for (const [name, text, expected] of [
    ['not JSON', '{', /^not JSON/],
    [
      'another format',
      JSON.stringify({ format: 'x', version: 1, role: 'nodejs', exercises: [] }),
      /^not a Backend Paths exercise manifest: format: /,
    ],
    ['a shell string as argv', manifest([{ ...exercise, argv: 'npm test' }]), /exercises\.0\.argv: /],
    ['an empty argv', manifest([{ ...exercise, argv: [] }]), /exercises\.0\.argv: /],
    ['a report outside the project', manifest([{ ...exercise, junit: '../../etc/passwd' }]), /exercises\.0\.junit: /],
    ['an absolute test file', manifest([{ ...exercise, files: ['/etc/passwd'] }]), /exercises\.0\.files\.0: /],
    ['a Windows drive path', manifest([{ ...exercise, files: ['C:/x.ts'] }]), /exercises\.0\.files\.0: /],
    ['a backslash path', manifest([{ ...exercise, files: ['..\\x.ts'] }]), /exercises\.0\.files\.0: /],
    ['a bad skill id', manifest([{ ...exercise, skills: ['__proto__'] }]), /exercises\.0\.skills\.0: /],
    ['a duplicate id', manifest([exercise, exercise]), /^the exercise id "a" is listed twice$/],
    ['too many exercises', manifest(Array.from({ length: 201 }, (_, i) => ({ ...exercise, id: `e${i}` }))), /exercises: /],
  ] as const) {
    it(`refuses ${name}`, () => {
      const result = parseManifest(text);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.error, expected);
    });
  }
});

describe('JUnit reports', () => {
  it('reads vitest/pytest-style cases with failures, errors, skips, entities and CDATA', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites><testsuite name="x" tests="4">
  <testcase classname="exercises/paginate.test.ts" name="GET /tasks?limit=10 returns 10" time="0.1">
    <failure message="GET /tasks?limit=10 should return 10 tasks; got 25: expected 25 to be 10" type="AssertionError">AssertionError: expected 25 to be 10
 &#x276F; exercises/paginate.test.ts:12:5</failure>
  </testcase>
  <testcase classname="tests.test_x" name="test_ok" time="0.01"/>
  <testcase name="errors"><error message="ImportError: no module &apos;x&apos;"><![CDATA[Traceback <here> & there]]></error></testcase>
  <testcase name="later"><skipped/></testcase>
</testsuite></testsuites>`;
    const cases = parseJUnit(xml);
    assert.equal(cases.length, 4);
    assert.deepEqual(cases[0]?.failure?.message, 'GET /tasks?limit=10 should return 10 tasks; got 25: expected 25 to be 10');
    assert.match(cases[0]?.failure?.details ?? '', /❯ exercises\/paginate\.test\.ts:12:5$/);
    assert.equal(cases[0]?.name, 'exercises/paginate.test.ts › GET /tasks?limit=10 returns 10');
    assert.equal(cases[1]?.failure, undefined);
    assert.deepEqual(cases[2]?.failure, { message: "ImportError: no module 'x'", details: 'Traceback <here> & there' });
    assert.equal(cases[3]?.skipped, true);
  });

  it('reads node:test reports: ">" inside attributes, and its doubly escaped quotes', () => {
    const xml = `<testsuites><testsuite name="due dates">
  <testcase name="rejects &amp;quot;x&amp;quot;" time="0.1" classname="test" failure="should answer &amp;quot;Set-Cookie: a=&lt;id>&amp;quot; > 1">
    <failure type="testCodeFailure" message="should answer &amp;quot;Set-Cookie: a=&lt;id>&amp;quot; > 1">Error: should answer "Set-Cookie: a=&lt;id>" > 1</failure>
  </testcase>
  <testcase name="ok &quot;y&quot; > 0" time="0.1" classname="test"/>
</testsuite></testsuites>`;
    const cases = parseJUnit(xml);
    assert.equal(cases.length, 2);
    assert.equal(cases[0]?.failure?.message, 'should answer "Set-Cookie: a=<id>" > 1');
    assert.equal(cases[0]?.failure?.details, 'Error: should answer "Set-Cookie: a=<id>" > 1');
    assert.equal(cases[1]?.name, 'ok "y" > 0');
    assert.equal(cases[1]?.failure, undefined);
  });

  it('node:test\'s classname "test" is left out of the name', () => {
    assert.equal(parseJUnit('<testcase name="GET /todos pages" classname="test"/>')[0]?.name, 'GET /todos pages');
  });

  it('an unreadable report has no cases', () => {
    assert.deepEqual(parseJUnit('not xml at all'), []);
  });
});

describe('check verdict', () => {
  const failing = [{ name: 'paginate', skipped: false, failure: { message: 'should return 10 tasks; got 25\nmore', details: 'stack' } }];

  it('passes only on exit 0 with no failing case', () => {
    assert.deepEqual(checkVerdict({ kind: 'exited', code: 0 }, [{ name: 'a', skipped: false }], '', 60), { passed: true, tests: 1 });
    assert.deepEqual(checkVerdict({ kind: 'exited', code: 0 }, undefined, '', 60), { passed: true, tests: 0 });
    assert.equal(checkVerdict({ kind: 'exited', code: 0 }, failing, '', 60).passed, false);
  });

  it('a report with no test that ran is no pass', () => {
    assert.deepEqual(checkVerdict({ kind: 'exited', code: 0 }, [], 'no tests', 60), {
      passed: false,
      messages: [{ text: 'The check ran no test.', details: 'no tests' }],
    });
  });

  it('failures are the learner-facing messages, first line only, with details', () => {
    assert.deepEqual(checkVerdict({ kind: 'exited', code: 1 }, failing, '', 60), {
      passed: false,
      messages: [{ text: 'paginate: should return 10 tasks; got 25', details: 'stack' }],
    });
  });

  it('without a report, the exit code and the end of the output', () => {
    const output = Array.from({ length: 50 }, (_, i) => `line ${i}`).join('\n');
    const verdict = checkVerdict({ kind: 'exited', code: 2 }, undefined, output, 60);
    assert.equal(verdict.passed, false);
    if (verdict.passed === false) {
      assert.equal(verdict.messages[0]?.text, 'The check failed (exit code 2).');
      assert.equal(verdict.messages[0]?.details?.split('\n').length, 30);
      assert.ok(verdict.messages[0]?.details?.endsWith('line 49'));
    }
  });

  it('a timeout, a missing program and a cancelled run', () => {
    assert.match(
      (checkVerdict({ kind: 'timed-out' }, undefined, '', 90) as { messages: { text: string }[] }).messages[0]?.text ?? '',
      /longer than 90 s/,
    );
    assert.deepEqual(checkVerdict({ kind: 'missing-program', program: 'python3' }, undefined, '', 60), {
      passed: false,
      messages: [
        {
          text: '"python3" was not found on your PATH. Install Python 3.11 or newer (https://www.python.org/downloads/), then run the check again.',
        },
      ],
    });
    assert.deepEqual(checkVerdict({ kind: 'cancelled' }, undefined, '', 60), { passed: undefined });
    assert.equal(missingProgramMessage('constructor'), '"constructor" was not found on your PATH. Install it, then run the check again.');
  });
});

describe('running a check process', function () {
  this.timeout(20_000);
  const node = process.execPath;

  it('streams output and reports the exit code', async () => {
    let output = '';
    const outcome = await runCheckProcess({
      argv: [node, '-e', 'console.log("out"); console.error("err"); process.exit(3)'],
      cwd: process.cwd(),
      timeoutMs: 10_000,
      onOutput: (t) => (output += t),
    });
    assert.deepEqual(outcome, { kind: 'exited', code: 3 });
    assert.match(output, /out/);
    assert.match(output, /err/);
  });

  it('runs argv without a shell: metacharacters are plain arguments', async () => {
    let output = '';
    await runCheckProcess({
      argv: [node, '-e', 'console.log(process.argv[1])', '$(echo hi); rm -rf /'],
      cwd: process.cwd(),
      timeoutMs: 10_000,
      onOutput: (t) => (output += t),
    });
    assert.equal(output.trim(), '$(echo hi); rm -rf /');
  });

  it('on Windows python3 is python (virtual environments have no python3.exe) and ./mvnw runs as mvnw.cmd in cmd.exe', () => {
    assert.deepEqual(commandFor(['python3', '-m', 'pytest'], 'win32'), ['python', '-m', 'pytest']);
    assert.deepEqual(commandFor(['python3', '-m', 'pytest'], 'linux'), ['python3', '-m', 'pytest']);
    assert.deepEqual(commandFor(['node', 'x.mjs'], 'win32'), ['node', 'x.mjs']);
    assert.deepEqual(commandFor(['./mvnw', '-q', 'test'], 'win32'), ['cmd.exe', '/d', '/s', '/c', 'mvnw.cmd', '-q', 'test']);
    assert.deepEqual(commandFor(['./mvnw', '-q', 'test'], 'darwin'), ['./mvnw', '-q', 'test']);
  });

  it('a missing program is named', async () => {
    assert.deepEqual(await runCheckProcess({ argv: ['bp-no-such-program'], cwd: process.cwd(), timeoutMs: 10_000 }), {
      kind: 'missing-program',
      program: 'bp-no-such-program',
    });
  });

  // A process that was killed but not yet reaped (a zombie, as here where pid 1 may not reap) is not alive.
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    const stat = fs.existsSync(`/proc/${pid}/stat`) ? fs.readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
    return !/^\d+ \(.*\) Z/.test(stat);
  };
  // A parent that starts a grandchild (as test runners start workers) and prints its pid, then waits forever.
  const tree = `const c = require('child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' }); console.log('child ' + c.pid); setInterval(() => {}, 1000);`;

  for (const how of ['cancelled', 'timed-out'] as const) {
    it(`${how}: the whole process tree is stopped`, async () => {
      const controller = new AbortController();
      let childPid = 0;
      const outcome = await runCheckProcess({
        argv: [node, '-e', tree],
        cwd: process.cwd(),
        timeoutMs: how === 'timed-out' ? 1500 : 60_000,
        signal: controller.signal,
        onOutput: (text) => {
          const match = /child (\d+)/.exec(text);
          if (match) {
            childPid = Number(match[1]);
            if (how === 'cancelled') controller.abort();
          }
        },
      });
      assert.deepEqual(outcome, { kind: how });
      assert.ok(childPid > 0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(alive(childPid), false, 'the grandchild is gone too');
    });
  }
});
