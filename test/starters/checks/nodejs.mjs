// nodejs: Express 5 + TypeScript starter. Installs it, runs its lint (ESLint, type-aware), typecheck, build (tsc)
// and Vitest + Supertest suite, then starts the built server as the README says (`npm start`), mints a token with
// `npm run token` and calls the running API: public health check, 401 without a token, 201 with one.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { listFiles, run } from '../lib.mjs';

export const debianPackages = [];

const SECRET = 'starter-check-secret-that-is-long-enough';

function fail(message) {
  throw new Error(`nodejs: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  for (const required of ['README.md', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'eslint.config.js', '.env.example', 'src/server.ts', 'src/app.ts']) {
    if (!files.includes(required)) fail(`missing ${required}`);
  }
  for (const generated of ['package-lock.json', 'dist', '.env']) {
    if (files.some((f) => f === generated || f.startsWith(`${generated}/`))) fail(`template ships generated or local file ${generated}`);
  }
  for (const file of files) {
    if (fs.readFileSync(path.join(projectDir, file), 'utf8').includes('{{bp.')) fail(`${file} still contains a {{bp.*}} variable`);
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  if (pkg.name !== path.basename(projectDir)) fail(`package.json name is "${pkg.name}", expected "${path.basename(projectDir)}"`);
  const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
  if (ranges.length > 0) fail(`dependencies must be exact versions: ${ranges.map(([n, v]) => `${n}@${v}`).join(', ')}`);
  for (const script of ['dev', 'build', 'start', 'test', 'lint']) {
    if (!pkg.scripts?.[script]) fail(`package.json has no "${script}" script`);
  }
}

function runTests(projectDir, env) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-nodejs-'));
  const report = path.join(reportDir, 'vitest.json');
  run('npm', ['test', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: projectDir, env });
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(reportDir, { recursive: true, force: true });
  if (!(result.numPassedTests > 0) || result.numFailedTests !== 0 || result.numPassedTests !== result.numTotalTests) {
    fail(`unexpected Vitest result: ${result.numPassedTests}/${result.numTotalTests} passed, ${result.numFailedTests} failed`);
  }
  return { tests: result.numTotalTests, files: result.testResults.length };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, child, output) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) fail(`npm start exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${base}/health`);
      if (res.ok) return res.json();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fail(`the server did not answer ${base}/health within 10s:\n${output()}`);
}

async function smokeTest(projectDir, env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const serverEnv = { ...env, PORT: String(port), JWT_SECRET: SECRET, LOG_LEVEL: 'info' };
  // `node dist/server.js` directly (what `npm start` runs), so the signal reaches the server and not npm.
  const child = spawn(process.execPath, ['dist/server.js'], { cwd: projectDir, env: serverEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (chunk) => (log += chunk));
  child.stderr.on('data', (chunk) => (log += chunk));
  try {
    const health = await waitForHealth(base, child, () => log);
    if (health.status !== 'ok') fail(`/health answered ${JSON.stringify(health)}`);

    const anonymous = await fetch(`${base}/tasks`);
    if (anonymous.status !== 401) fail(`GET /tasks without a token answered ${anonymous.status}, expected 401`);
    const anonymousBody = await anonymous.json();
    if (anonymousBody?.error?.code !== 'unauthorized') fail(`unexpected 401 body ${JSON.stringify(anonymousBody)}`);

    const minted = spawnSync('npm', ['run', '--silent', 'token', '--', 'starter-check'], { cwd: projectDir, env: serverEnv, encoding: 'utf8' });
    if (minted.status !== 0) fail(`npm run token exited with ${minted.status}:\n${minted.stderr}`);
    const token = minted.stdout.trim();
    if (!/^[\w-]+\.[\w-]+\.[\w-]+$/.test(token)) fail(`npm run token printed ${JSON.stringify(minted.stdout)}, not a JWT`);

    const created = await fetch(`${base}/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'from the starter check' }),
    });
    const task = await created.json();
    if (created.status !== 201 || task.ownerId !== 'starter-check') fail(`POST /tasks answered ${created.status} ${JSON.stringify(task)}`);

    const listed = await (await fetch(`${base}/tasks`, { headers: { authorization: `Bearer ${token}` } })).json();
    if (listed.items?.length !== 1 || listed.items[0].id !== task.id) fail(`GET /tasks answered ${JSON.stringify(listed)}`);

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
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
    child.kill('SIGTERM');
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 5000))]);
    if (code === 'timeout') child.kill('SIGKILL');
    if (code !== 0) fail(`the server did not shut down cleanly on SIGTERM (${code}):\n${log}`);
  }
}

export async function verify(projectDir) {
  const started = Date.now();
  checkLayout(projectDir);

  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['run', 'lint'], { cwd: projectDir, env });
  run('npm', ['run', 'typecheck'], { cwd: projectDir, env });
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  if (!fs.existsSync(path.join(projectDir, 'dist', 'server.js'))) fail('npm run build did not produce dist/server.js');
  const { tests, files } = runTests(projectDir, env);
  await smokeTest(projectDir, env);

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`nodejs: npm install, lint, typecheck, build, ${tests} Vitest tests in ${files} files, and npm start smoke test (health, 401, token, POST/GET /tasks, JSON logs, SIGTERM) passed in ${seconds}s`);
}
