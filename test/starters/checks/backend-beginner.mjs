// backend-beginner: plain-JavaScript todo API (Express 5, better-sqlite3, bcryptjs, jsonwebtoken). Installs it,
// runs its node:test + Supertest suite, then starts it as the README says and walks the whole flow over HTTP:
// migrations on a fresh database file, sign-up, login, todo CRUD, `npm run migrate` finding nothing to do. Last,
// the exercise proof (../exercises.mjs) on the same installed project: every check in exercises/ fails on the
// fresh project and passes with its reference solution (../solutions/backend-beginner/).
//
// better-sqlite3 is native. On a learner's machine it downloads a prebuilt binary from GitHub; this machine may
// only reach npm, so the check builds it from source (g++, make, python3) against the local Node headers.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { proveExercises } from '../exercises.mjs';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  freePort,
  listFiles,
  run,
  startProcess,
  stopCleanly,
  waitFor,
} from '../lib.mjs';

export const debianPackages = ['g++', 'make', 'python3'];

function fail(message) {
  throw new Error(`backend-beginner: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  checkRequiredFiles(
    files,
    ['README.md', 'package.json', '.env.example', 'src/server.js', 'src/app.js', 'src/migrate.js', '.backend-paths/exercises.json'],
    { fail },
  );
  checkNotShipped(files, ['package-lock.json', 'data', '.env', '.backend-paths/results'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExercises(projectDir, 'basics', { fail });
  const migrations = files.filter((f) => f.startsWith('migrations/'));
  if (migrations.length < 2 || migrations.some((f) => !/^migrations\/\d{3}_[a-z0-9_]+\.sql$/.test(f))) {
    fail(`expected numbered migrations/NNN_name.sql files, found ${migrations.join(', ') || 'none'}`);
  }
  const pkg = checkPackageJson(projectDir, { fail });
  if (!/^12\./.test(pkg.dependencies?.['better-sqlite3'] ?? '')) fail('better-sqlite3 must stay on 12.x (13 needs Node 22)');
  return migrations.length;
}

/** npm settings that keep better-sqlite3's install off the network: no prebuilt download, no header download. */
function offlineNativeBuildEnv() {
  const nodeDir = path.resolve(path.dirname(process.execPath), '..');
  if (!fs.existsSync(path.join(nodeDir, 'include', 'node', 'node.h'))) {
    fail(`no Node headers in ${nodeDir}/include/node; node-gyp would download them`);
  }
  return { npm_config_build_from_source: 'better-sqlite3', npm_config_nodedir: nodeDir };
}

function runTests(projectDir, env) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-backend-beginner-'));
  const report = path.join(reportDir, 'tests.tap');
  const reporters = [
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${report}`,
  ];
  run('npm', ['test', '--', ...reporters], { cwd: projectDir, env });
  const tap = fs.readFileSync(report, 'utf8');
  fs.rmSync(reportDir, { recursive: true, force: true });
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tap)?.[1] ?? NaN);
  const [tests, pass, fail_] = ['tests', 'pass', 'fail'].map(count);
  if (!(tests > 0) || pass !== tests || fail_ !== 0) fail(`unexpected node --test result: ${pass}/${tests} passed, ${fail_} failed`);
  return tests;
}

async function smokeTest(projectDir, env) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-backend-beginner-db-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverEnv = { ...env, PORT: String(port), JWT_SECRET: 'starter-check-secret', DATABASE_FILE: path.join(dataDir, 'app.db') };
  // `node src/server.js` directly (what `npm start` runs), so the signal reaches the server and not npm.
  const server = startProcess('the server', process.execPath, ['src/server.js'], { cwd: projectDir, env: serverEnv });

  const call = async (method, url, { body, token, expect }) => {
    const headers = { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const res = await fetch(`${base}${url}`, { method, headers, body: body && JSON.stringify(body) });
    const text = await res.text();
    if (res.status !== expect) fail(`${method} ${url} answered ${res.status}, expected ${expect}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };

  try {
    await waitFor(`${base}/health`, async () => (await fetch(`${base}/health`)).ok, { processes: [server], timeoutMs: 10_000, fail });
    if (!/applied migrations/.test(server.output()))
      fail(`the server did not report applying migrations to a new database:\n${server.output()}`);

    const credentials = { email: 'check@example.com', password: 'starter check password' };
    await call('POST', '/auth/signup', { body: credentials, expect: 201 });
    const { token } = await call('POST', '/auth/login', { body: credentials, expect: 200 });
    await call('GET', '/todos', { expect: 401 });
    const todo = await call('POST', '/todos', { body: { title: 'from the starter check' }, token, expect: 201 });
    await call('PATCH', `/todos/${todo.id}`, { body: { completed: true }, token, expect: 200 });
    const list = await call('GET', '/todos', { token, expect: 200 });
    if (list.length !== 1 || list[0].completed !== true) fail(`GET /todos answered ${JSON.stringify(list)}`);
    await call('DELETE', `/todos/${todo.id}`, { token, expect: 204 });
    await call('GET', `/todos/${todo.id}`, { token, expect: 404 });
  } finally {
    await stopCleanly(server, { fail });
  }

  const migrated = spawnSync('npm', ['run', '--silent', 'migrate'], { cwd: projectDir, env: serverEnv, encoding: 'utf8' });
  if (migrated.status !== 0 || !/is up to date/.test(migrated.stdout)) {
    fail(`npm run migrate on the server's database: exit ${migrated.status}\n${migrated.stdout}${migrated.stderr}`);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}

export async function verify(projectDir) {
  const started = Date.now();
  const migrations = checkLayout(projectDir);

  const env = { ...process.env, CI: 'true', ...offlineNativeBuildEnv() };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  const tests = runTests(projectDir, env);
  await smokeTest(projectDir, env);
  const ownTestsSeconds = (Date.now() - started) / 1000;

  // Reuses the installed node_modules; the own tests run once more, with every reference solution applied.
  await proveExercises(projectDir, 'backend-beginner', { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `backend-beginner: npm install (better-sqlite3 built from source), ${tests} node:test tests, and a live run (${migrations} migrations on a new SQLite file, sign-up, login, todo CRUD, npm run migrate up to date, SIGTERM) passed in ${ownTestsSeconds.toFixed(1)}s; with the exercise proof ${seconds}s`,
  );
}
