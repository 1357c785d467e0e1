// What the Python starters' checks (checks/python.mjs, checks/python/*.mjs) share: Debian's python3, exact pins in
// requirements.txt, pytest's verdict from its JUnit report, a live call of the tasks API the README starts, and the
// exercise proof with Debian's python3 first on the PATH.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { proveExercises } from './exercises.mjs';
import { freePort, run, startProcess, stopProcess, waitFor } from './lib.mjs';

export const PYTHON = '/usr/bin/python3';

/** Runs Debian's python3 with `args`; its trimmed output, or `fail` with its stderr. */
export function python(args, fail, options) {
  const result = spawnSync(PYTHON, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) fail(`${PYTHON} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout.trim();
}

/** The requirement lines of requirements.txt, each an exact pin (`name==1.2.3`, extras allowed), or `fail`. */
export function pinnedRequirements(projectDir, fail) {
  const requirements = fs
    .readFileSync(path.join(projectDir, 'requirements.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  const unpinned = requirements.filter((line) => !/^[A-Za-z0-9._-]+(\[[A-Za-z0-9_,-]+\])?==[0-9][0-9A-Za-z.+-]*$/.test(line));
  if (unpinned.length > 0) fail(`requirements.txt must pin exact versions: ${unpinned.join(', ')}`);
  return requirements;
}

/** `fail` unless pyproject.toml's [project] name is the project's package name. */
export function checkPyprojectName(projectDir, snake, fail) {
  const project = JSON.parse(
    python(
      [
        '-c',
        'import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], "rb"))["project"]))',
        path.join(projectDir, 'pyproject.toml'),
      ],
      fail,
    ),
  );
  if (project.name !== snake) fail(`pyproject.toml [project] name is "${project.name}", expected "${snake}"`);
}

/** Runs the project's pytest suite; its counts, or `fail` when a test failed or none ran. */
export function runPytest(projectDir, env, scratch, fail) {
  const report = path.join(scratch, 'junit.xml');
  run(PYTHON, ['-m', 'pytest', '-p', 'no:cacheprovider', `--junitxml=${report}`], { cwd: projectDir, env });
  const suite = /<testsuite\b[^>]*>/.exec(fs.readFileSync(report, 'utf8'))?.[0] ?? '';
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? NaN);
  const [tests, failures, errors, skipped] = ['tests', 'failures', 'errors', 'skipped'].map(count);
  if (!(tests > 0) || failures !== 0 || errors !== 0) fail(`unexpected pytest result: ${suite}`);
  if (skipped > 0) fail(`${skipped} of ${tests} tests were skipped`);
  return tests;
}

/**
 * Starts the app as its README does (`argv` after python3, with `env`, told to keep its SQLite file at the path it
 * gets from `databaseEnv`) and calls it over the loopback interface: /health, then POST and GET /tasks.
 */
export async function smokeTestTasksApi(projectDir, { name, argv, env, databaseEnv, scratch, fail }) {
  const port = await freePort();
  const database = path.join(scratch, 'smoke.sqlite3');
  const server = startProcess(name, PYTHON, [...argv, '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectDir,
    env: { ...env, ...databaseEnv(database) },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/health`, async () => (await fetch(`${base}/health`, { signal: AbortSignal.timeout(2000) })).ok, {
      processes: [server],
      timeoutMs: 30_000,
      intervalMs: 250,
      fail,
    });
    const created = await fetch(`${base}/tasks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'smoke test' }),
      signal: AbortSignal.timeout(5000),
    });
    if (created.status !== 201) fail(`POST /tasks answered ${created.status}: ${await created.text()}`);
    const task = await created.json();
    const listed = await (await fetch(`${base}/tasks`, { signal: AbortSignal.timeout(5000) })).json();
    if (!Array.isArray(listed) || !listed.some((t) => t.id === task.id && t.title === 'smoke test'))
      fail(`GET /tasks does not list the created task: ${JSON.stringify(listed)}`);
    if (!fs.existsSync(database)) fail(`the server did not use ${Object.keys(databaseEnv(database)).join(', ')}`);
  } finally {
    await stopProcess(server);
  }
}

/**
 * Proves the exercises of starter `key` (test/starters/exercises.mjs), its own tests being `ownTests`. The checks
 * run `python3` from the PATH, as in the learner's editor; here that must be Debian's, whose packages they use (a
 * python3 earlier on the PATH, e.g. pyenv's, may lack them). A folder holding only a python3 link goes first on the
 * PATH while the proof runs: runCheckProcess passes the process's environment on.
 */
export async function proveWithDebianPython(projectDir, key, ownTests, env) {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-python-bin-'));
  fs.symlinkSync(PYTHON, path.join(bin, 'python3'));
  const saved = { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: process.env.PYTHONDONTWRITEBYTECODE };
  Object.assign(process.env, { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, PYTHONDONTWRITEBYTECODE: '1' });
  try {
    await proveExercises(projectDir, key, { projectName: path.basename(projectDir), ownTests, env });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(bin, { recursive: true, force: true });
  }
}
