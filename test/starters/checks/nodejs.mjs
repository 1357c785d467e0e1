// nodejs: Express 5 + TypeScript starter. Installs it, runs its lint (ESLint, type-aware), typecheck, build (tsc)
// and Vitest + Supertest suite, then starts the built server as the README says (`npm start`), mints a token with
// `npm run token` and calls the running API: public health check, 401 without a token, 201 with one. Then proves
// the exercise checks (each fails fresh and passes with its reference solution) and that the project with every
// solution applied still passes its own tests and typecheck.
import { spawnSync } from 'node:child_process';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  freePort,
  listFiles,
  startProcess,
  stopCleanly,
} from '../lib.mjs';
import { verifyTypeScriptStarter, waitForHealth } from '../typescript.mjs';

export const debianPackages = [];

const SECRET = 'starter-check-secret-that-is-long-enough';

function fail(message) {
  throw new Error(`nodejs: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  checkRequiredFiles(
    files,
    [
      'README.md',
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'eslint.config.js',
      'vitest.config.ts',
      '.env.example',
      'src/server.ts',
      'src/app.ts',
      'exercises/vitest.config.ts',
      '.backend-paths/exercises.json',
    ],
    { fail },
  );
  checkNotShipped(files, ['package-lock.json', 'dist', '.env', '.backend-paths/results'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  checkPackageJson(projectDir, { scripts: ['dev', 'build', 'start', 'test', 'lint'], fail });
  checkExercises(projectDir, 'node', { fail });
}

async function smokeTest(projectDir, env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverEnv = { ...env, PORT: String(port), JWT_SECRET: SECRET, LOG_LEVEL: 'info' };
  // Minted before the server starts: npm can take longer than the server's keep-alive on a busy machine, and the
  // next request would then go out on a connection the server has just closed ("fetch failed").
  const minted = spawnSync('npm', ['run', '--silent', 'token', '--', 'starter-check'], {
    cwd: projectDir,
    env: serverEnv,
    encoding: 'utf8',
  });
  if (minted.status !== 0) fail(`npm run token exited with ${minted.status}:\n${minted.stderr}`);
  const token = minted.stdout.trim();
  if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) fail(`npm run token printed ${JSON.stringify(minted.stdout)}, not a JWT`);

  // `node dist/server.js` directly (what `npm start` runs), so the signal reaches the server and not npm.
  const server = startProcess('the server', process.execPath, ['dist/server.js'], { cwd: projectDir, env: serverEnv });
  try {
    await waitForHealth(base, server, { timeoutMs: 10_000, fail });

    const anonymous = await fetch(`${base}/tasks`);
    if (anonymous.status !== 401) fail(`GET /tasks without a token answered ${anonymous.status}, expected 401`);
    const anonymousBody = await anonymous.json();
    if (anonymousBody?.error?.code !== 'unauthorized') fail(`unexpected 401 body ${JSON.stringify(anonymousBody)}`);

    const created = await fetch(`${base}/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'from the starter check' }),
    });
    const task = await created.json();
    if (created.status !== 201 || task.ownerId !== 'starter-check') fail(`POST /tasks answered ${created.status} ${JSON.stringify(task)}`);

    const listed = await (await fetch(`${base}/tasks`, { headers: { authorization: `Bearer ${token}` } })).json();
    if (listed.items?.length !== 1 || listed.items[0].id !== task.id) fail(`GET /tasks answered ${JSON.stringify(listed)}`);

    const log = server.output();
    const lines = log.split('\n').filter(Boolean);
    const structured = lines.filter((line) => {
      try {
        return typeof JSON.parse(line).level === 'number';
      } catch {
        return false;
      }
    });
    if (structured.length < 4 || structured.length !== lines.length) fail(`expected only JSON log lines, got:\n${log}`);
    if (log.includes(token)) fail('the server logged a bearer token');
  } finally {
    await stopCleanly(server, { fail });
  }
}

export async function verify(projectDir) {
  checkLayout(projectDir);
  const { tests, files, checkedIn, exercisesIn } = await verifyTypeScriptStarter(projectDir, {
    key: 'nodejs',
    scripts: ['lint', 'typecheck'],
    builtFile: 'dist/server.js',
    smokeTest,
    fail,
  });
  console.log(
    `nodejs: npm install, lint, typecheck, build, ${tests} Vitest tests in ${files} files, and npm start smoke test (health, 401, token, POST/GET /tasks, JSON logs, SIGTERM) passed in ${checkedIn}s; exercise checks proven, then tests and typecheck with every solution, in ${exercisesIn}s`,
  );
}
