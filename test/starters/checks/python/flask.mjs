// python/flask: the Flask starter (roles/python/starters/flask). Runs its own pytest suite on Debian 12's Flask 2.2,
// serves it with `flask --app <package> run` as its README says and calls the running API, then proves the exercise
// checks (each fails on the fresh project and passes with its reference solution). Learners get Flask 3 from
// requirements.txt: PyPI is out of reach here, so that side is only checked for shape (exact pins, pyproject name);
// the code keeps to APIs both versions have.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { proveExercises } from '../../exercises.mjs';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkRequiredFiles,
  freePort,
  listFiles,
  run,
  startProcess,
  stopProcess,
  waitFor,
} from '../../lib.mjs';

export const debianPackages = ['python3-flask', 'python3-pytest'];

const PYTHON = '/usr/bin/python3';

function fail(message) {
  throw new Error(`python/flask: ${message}`);
}

function python(args, options) {
  const result = spawnSync(PYTHON, args, { encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) fail(`${PYTHON} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout.trim();
}

function checkLayout(projectDir, files, snake) {
  checkRequiredFiles(
    files,
    ['README.md', 'pyproject.toml', 'requirements.txt', `${snake}/__init__.py`, `${snake}/tasks.py`, 'tests/conftest.py'],
    { fail },
  );
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExercises(projectDir, 'py', { fail });
  const project = JSON.parse(
    python([
      '-c',
      'import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], "rb"))["project"]))',
      path.join(projectDir, 'pyproject.toml'),
    ]),
  );
  if (project.name !== snake) fail(`pyproject.toml [project] name is "${project.name}", expected "${snake}"`);
  const requirements = fs
    .readFileSync(path.join(projectDir, 'requirements.txt'), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
  const unpinned = requirements.filter((line) => !/^[A-Za-z0-9._-]+==[0-9][0-9A-Za-z.+-]*$/.test(line));
  if (unpinned.length > 0) fail(`requirements.txt must pin exact versions: ${unpinned.join(', ')}`);
  if (!requirements.some((line) => /^flask==3\./i.test(line))) fail('requirements.txt does not pin Flask 3');
  if (!requirements.some((line) => /^pytest==/i.test(line))) fail('requirements.txt does not pin pytest');
  return requirements.length;
}

function runTests(projectDir, env, scratch) {
  const report = path.join(scratch, 'junit.xml');
  run(PYTHON, ['-m', 'pytest', '-p', 'no:cacheprovider', `--junitxml=${report}`], { cwd: projectDir, env });
  const suite = /<testsuite\b[^>]*>/.exec(fs.readFileSync(report, 'utf8'))?.[0] ?? '';
  const count = (name) => Number(new RegExp(`\\b${name}="(\\d+)"`).exec(suite)?.[1] ?? NaN);
  const [tests, failures, errors, skipped] = ['tests', 'failures', 'errors', 'skipped'].map(count);
  if (!(tests > 0) || failures !== 0 || errors !== 0 || skipped !== 0) fail(`unexpected pytest result: ${suite}`);
  return tests;
}

// Starts the app the way the README does (`flask --app <package> run`) and calls it over the loopback interface.
async function smokeTest(projectDir, env, snake, scratch) {
  const port = await freePort();
  const database = path.join(scratch, 'smoke.sqlite3');
  const server = startProcess('flask', PYTHON, ['-m', 'flask', '--app', snake, 'run', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectDir,
    env: { ...env, DATABASE: database },
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
    if (!fs.existsSync(database)) fail('the server did not use DATABASE');
  } finally {
    await stopProcess(server);
  }
  if (fs.existsSync(path.join(projectDir, 'instance'))) fail('with DATABASE set, the app still made the instance/ folder');
}

// The exercise checks run `python3` from the PATH, as in the learner's editor: here that must be Debian's, which has
// Flask. A folder holding only a python3 link goes first on the PATH while the proof runs.
async function proveWithDebianPython(projectDir, env) {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-python-bin-'));
  fs.symlinkSync(PYTHON, path.join(bin, 'python3'));
  const saved = { PATH: process.env.PATH, PYTHONDONTWRITEBYTECODE: process.env.PYTHONDONTWRITEBYTECODE };
  Object.assign(process.env, { PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, PYTHONDONTWRITEBYTECODE: '1' });
  try {
    await proveExercises(projectDir, 'python/flask', {
      projectName: path.basename(projectDir),
      ownTests: [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider'],
      env,
    });
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    fs.rmSync(bin, { recursive: true, force: true });
  }
}

export async function verify(projectDir) {
  const started = Date.now();
  const snake = path.basename(projectDir).replaceAll('-', '_');
  const pins = checkLayout(projectDir, listFiles(projectDir), snake);
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  delete env.DATABASE;
  // Outside projectDir, so the checks leave the scaffolded project as the learner would get it.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-flask-'));
  let tests;
  try {
    tests = runTests(projectDir, env, scratch);
    await smokeTest(projectDir, env, snake, scratch);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const version = python(['-c', 'import importlib.metadata as m; print(m.version("flask"))']);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `python/flask: ${tests} pytest tests passed and \`flask --app ${snake} run\` served it (POST + GET /tasks) on Debian's Flask ${version}; ${pins} exact pins in requirements.txt; ${seconds}s`,
  );
  // Last: it applies the reference solutions, so the project is no longer the one the learner gets.
  await proveWithDebianPython(projectDir, env);
}
