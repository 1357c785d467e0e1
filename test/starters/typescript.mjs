// What the TypeScript starters with Vitest share (checks/nodejs.mjs, checks/nodejs/nestjs.mjs): install, the
// project's own scripts, a build, the Vitest suite, the README's live run, then the exercise proof and a typecheck
// of every reference solution.
import fs from 'node:fs';
import path from 'node:path';
import { proveExercises } from './exercises.mjs';
import { run, runVitest, waitFor } from './lib.mjs';

/** Waits until `base`/health answers `{ "status": "ok" }` while `server` runs; `fail` after `timeoutMs` or otherwise. */
export async function waitForHealth(base, server, { timeoutMs, fail }) {
  const health = await waitFor(
    `${base}/health`,
    async () => {
      const res = await fetch(`${base}/health`);
      return res.ok && res.json();
    },
    { processes: [server], timeoutMs, fail },
  );
  if (health.status !== 'ok') fail(`/health answered ${JSON.stringify(health)}`);
}

/**
 * Proves starter `key` in `projectDir`: npm install, each of `scripts` (npm run), a build that writes `builtFile`,
 * Vitest, `smokeTest(projectDir, env)`, the exercises, and typecheck again. Resolves with what the summary says.
 */
export async function verifyTypeScriptStarter(projectDir, { key, scripts, builtFile, smokeTest, fail }) {
  const started = Date.now();
  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  for (const script of [...scripts, 'build']) run('npm', ['run', script], { cwd: projectDir, env });
  if (!fs.existsSync(path.join(projectDir, ...builtFile.split('/')))) fail(`npm run build did not produce ${builtFile}`);
  const { tests, files } = runVitest(projectDir, env, { fail });
  await smokeTest(projectDir, env);
  const checked = Date.now();

  await proveExercises(projectDir, key, { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });
  // The reference solutions are model answers: they type-check as strictly as the starter.
  run('npm', ['run', 'typecheck'], { cwd: projectDir, env });
  const seconds = (ms) => (ms / 1000).toFixed(1);
  return { tests, files, checkedIn: seconds(checked - started), exercisesIn: seconds(Date.now() - checked) };
}
