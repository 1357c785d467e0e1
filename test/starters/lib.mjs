// Helpers for the starter checks in checks/<role-id>.mjs.
//
// The helpers that check something take `{ fail }` in their last argument: the check's own fail(message), so the
// message gets the check's prefix, or a collector such as (message) => problems.push(message) for checks that report
// every problem at once. Without it they throw a plain Error.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, sleep } from '../vscode/workbench.mjs';

function throwError(message) {
  throw new Error(message);
}

/** Runs a command with inherited output; throws when it exits non-zero. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal} (in ${options.cwd ?? process.cwd()})`);
  }
}

/** Every file under dir (relative paths, '/'-separated), skipping node_modules and .git. */
export function listFiles(dir, prefix = '') {
  const files = [];
  for (const entry of fs.readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.git') continue;
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...listFiles(dir, rel));
    else files.push(rel);
  }
  return files;
}

/** A value that may be missing, one item or a list (as XML parsers return repeated elements), as a list. */
export function asArray(value) {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

// The test workbench's: a free loopback port, and a pause.
export { freePort, sleep };

// --- The scaffolded files -------------------------------------------------------------------------------------

/** Each of `required` (relative paths) is among `files`. */
export function checkRequiredFiles(files, required, { fail = throwError } = {}) {
  for (const file of required) if (!files.includes(file)) fail(`missing ${file}`);
}

/** None of `paths` (files or folders, relative) is among `files`: the template must not ship build output or local files. */
export function checkNotShipped(files, paths, { fail = throwError } = {}) {
  for (const generated of paths) {
    if (files.some((f) => f === generated || f.startsWith(`${generated}/`))) fail(`template ships generated or local file ${generated}`);
  }
}

/** No file still holds a `{{bp.…}}` template variable, i.e. scaffolding replaced them all. */
export function checkNoTemplateVariables(projectDir, files, { fail = throwError } = {}) {
  for (const file of files) {
    if (fs.readFileSync(path.join(projectDir, file), 'utf8').includes('{{bp.')) fail(`${file} still contains a {{bp.*}} variable`);
  }
}

/** Every dependency and devDependency of a package.json is an exact x.y.z version. */
export function checkExactVersions(pkg, { fail = throwError } = {}) {
  const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
  if (ranges.length > 0) fail(`dependencies must be exact versions: ${ranges.map(([n, v]) => `${n}@${v}`).join(', ')}`);
}

/** The project's package.json: named after the project folder, exact versions, and the given scripts. Returns it. */
export function checkPackageJson(projectDir, { scripts = [], fail = throwError } = {}) {
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  if (pkg.name !== path.basename(projectDir)) fail(`package.json name is "${pkg.name}", expected "${path.basename(projectDir)}"`);
  checkExactVersions(pkg, { fail });
  for (const script of scripts) if (!pkg.scripts?.[script]) fail(`package.json has no "${script}" script`);
  return pkg;
}

/**
 * README.md has a "## Exercises" section and `min` (4 unless told) to 9 `Skills:` lines, each naming at least one
 * `<skillPrefix>-…` skill. A role's other starter, there for the skills its first starter cannot practise, may have fewer.
 */
export function checkExercises(projectDir, skillPrefix, { fail = throwError, min = 4 } = {}) {
  const readme = fs.readFileSync(path.join(projectDir, 'README.md'), 'utf8');
  if (!/^## Exercises$/m.test(readme)) fail('README.md has no "## Exercises" section');
  const skillLines = readme.split('\n').filter((line) => /^\s*Skills:/.test(line));
  if (skillLines.length < min || skillLines.length > 9) fail(`README.md: ${min} to 9 exercises, each ending with a Skills: line`);
  // Another role's skill may be named too (practised in this starter), beside at least one of the role's own.
  const skill = '`[a-z0-9]+(-[a-z0-9]+)*`';
  for (const line of skillLines) {
    if (!new RegExp(`^\\s*Skills: ${skill}(, ${skill})*$`).test(line) || !line.includes(`\`${skillPrefix}-`))
      fail(`README.md: malformed line: ${line.trim()}`);
  }
}

// --- Tests ----------------------------------------------------------------------------------------------------

/**
 * `npm test` with Vitest's JSON report beside the default reporter; fails unless tests ran and every one passed
 * (none failed, none skipped or todo). Returns the counts.
 */
export function runVitest(projectDir, env, { fail = throwError } = {}) {
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-vitest-'));
  const report = path.join(reportDir, 'vitest.json');
  let result;
  try {
    run('npm', ['test', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { cwd: projectDir, env });
    result = JSON.parse(fs.readFileSync(report, 'utf8'));
  } finally {
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
  const counts = {
    tests: result.numTotalTests,
    passed: result.numPassedTests,
    failed: result.numFailedTests,
    skipped: result.numPendingTests,
    files: result.testResults.length,
  };
  if (!(counts.passed > 0) || counts.failed !== 0 || counts.passed !== counts.tests) {
    fail(`unexpected Vitest result: ${counts.passed}/${counts.tests} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
  return counts;
}

// --- Processes ------------------------------------------------------------------------------------------------

/**
 * Starts a long-running process, keeping its output for error messages. `exited` resolves to its exit code, or the
 * signal that ended it.
 */
export function startProcess(name, command, args, options) {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { name, child, exited, output: () => output };
}

/** The process's exit code (or signal) once it exits, or 'timeout' if it is still running after ms. */
export function exitWithin(proc, ms) {
  return Promise.race([proc.exited, sleep(ms).then(() => 'timeout')]);
}

/** SIGTERM, and SIGKILL if it is still running 5 s later. Resolves to the exit code or signal, or 'timeout'. */
export async function stopProcess(proc) {
  proc.stopping = true;
  if (proc.child.exitCode !== null || proc.child.signalCode !== null) return proc.exited;
  proc.child.kill('SIGTERM');
  const code = await exitWithin(proc, 5000);
  if (code === 'timeout') {
    proc.child.kill('SIGKILL');
    await proc.exited;
  }
  return code;
}

/** stopProcess, failing unless the process exited with 0 (a clean shutdown on SIGTERM). */
export async function stopCleanly(proc, { fail = throwError } = {}) {
  const code = await stopProcess(proc);
  if (code !== 0) fail(`${proc.name} did not shut down cleanly on SIGTERM (${code}):\n${proc.output()}`);
}

/**
 * Calls probe every intervalMs until it returns something truthy, and returns that. A probe that throws counts as
 * not yet. Fails when one of `processes` (from startProcess) exits, unless it is being stopped, or after timeoutMs.
 */
export async function waitFor(what, probe, { processes = [], timeoutMs = 15_000, intervalMs = 100, fail = throwError } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    const crashed = processes.find((p) => !p.stopping && p.child.exitCode !== null);
    if (crashed) fail(`${crashed.name} exited with ${crashed.child.exitCode} while waiting for ${what}:\n${crashed.output()}`);
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await sleep(intervalMs);
  }
  fail(
    `timed out after ${timeoutMs / 1000}s waiting for ${what}${last ? ` (${last.message})` : ''}\n${processes.map((p) => `--- ${p.name}\n${p.output()}`).join('\n')}`,
  );
}
