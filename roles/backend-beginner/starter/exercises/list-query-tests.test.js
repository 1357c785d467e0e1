// Check for the exercise "Unit-test the list rules": runs YOUR tests in test/list-query.test.js, first against
// your parseListQuery as it is (they must pass), then once per known bug planted in it (support/plant-bug/):
// good tests fail on every one of those bugs.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { describe, it } from 'node:test';
import { BUGS } from './support/plant-bug/bugs.mjs';

const TESTS = 'test/list-query.test.js';
const REGISTER = new URL('./support/plant-bug/register.mjs', import.meta.url).href;

/** Runs test/list-query.test.js with one planted bug ('none' for none): its exit code and output. */
function runYourTests(bug) {
  const env = { ...process.env, BP_BUG: bug };
  delete env.NODE_TEST_CONTEXT; // run them as a test file of their own, not as a part of this check
  delete env.NODE_OPTIONS;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', REGISTER, '--test-reporter=spec', TESTS], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, planted: output.includes(`[planted bug: ${bug}]`) });
    });
  });
}

const tail = (output) => output.trim().split('\n').slice(-15).join('\n');

describe(`your tests in ${TESTS}`, () => {
  let ready; // set once your tests pass on your own parseListQuery

  it(`${TESTS} exists and passes`, async () => {
    assert.ok(fs.existsSync(TESTS), `create ${TESTS} with node:test unit tests for parseListQuery (from src/validation.js, exercise 2)`);
    const validation = await import('../src/validation.js');
    assert.ok(typeof validation.parseListQuery === 'function', 'src/validation.js does not export parseListQuery yet: do exercise 2 first');

    const run = await runYourTests('none');
    assert.ok(run.code === 0, `${TESTS} should pass against your parseListQuery; it fails:\n${tail(run.output)}`);
    assert.ok(run.planted, `${TESTS} never imports src/validation.js: import parseListQuery from '../src/validation.js' and test it`);
    ready = true;
  });

  for (const [bug, what] of Object.entries(BUGS)) {
    it(`catch the bug: parseListQuery ${what}`, async (t) => {
      if (!ready) return t.skip(`first make ${TESTS} pass`);
      const run = await runYourTests(bug);
      assert.ok(run.planted || run.code === 0, `could not plant the bug in src/validation.js:\n${tail(run.output)}`);
      assert.ok(run.code !== 0, `${TESTS} still passes when parseListQuery ${what}. Add a test that fails on this bug.`);
    });
  }
});
