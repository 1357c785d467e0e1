// Proves a starter's exercise checks honest, on a project scaffolded by the CLI whose dependencies are installed:
// every check fails on the fresh project, passes once its reference solution is applied (solutions/<role-id>/
// <exercise-id>.mjs, never shipped), and with all solutions applied every check and the starter's own tests pass.
// Checks run through the extension's own runner and verdict (compiled to out/ by `npm run compile-tests`).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { run } from './lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '..', '..', 'out', 'src');
if (!fs.existsSync(path.join(out, 'exercises', 'runCheck.js'))) throw new Error('out/ is missing: run `npm run compile-tests` first.');
const { runCheckProcess } = await import(pathToFileURL(path.join(out, 'exercises', 'runCheck.js')).href);
const { checkVerdict } = await import(pathToFileURL(path.join(out, 'exercises', 'checkVerdict.js')).href);
const { parseJUnit } = await import(pathToFileURL(path.join(out, 'exercises', 'junit.js')).href);
const { parseManifest, MANIFEST_PATH } = await import(pathToFileURL(path.join(out, 'exercises', 'manifest.js')).href);
const { deriveNames } = await import(pathToFileURL(path.join(out, 'scaffold', 'projectName.js')).href);

export function readManifest(projectDir) {
  const result = parseManifest(fs.readFileSync(path.join(projectDir, MANIFEST_PATH), 'utf8'));
  if (!result.ok) throw new Error(`${MANIFEST_PATH}: ${result.error}`);
  return result.manifest;
}

/** Runs one exercise's check as the extension does; resolves with its verdict and output. */
export async function runExerciseCheck(projectDir, exercise) {
  const junit = exercise.junit ? path.join(projectDir, exercise.junit) : undefined;
  if (junit) fs.rmSync(junit, { force: true });
  let output = '';
  const outcome = await runCheckProcess({
    argv: exercise.argv,
    cwd: projectDir,
    timeoutMs: exercise.timeoutSeconds * 1000,
    onOutput: (text) => (output += text),
  });
  const cases = junit && fs.existsSync(junit) ? parseJUnit(fs.readFileSync(junit, 'utf8')) : undefined;
  return { verdict: checkVerdict(outcome, cases, output, exercise.timeoutSeconds), output, cases };
}

/** Applies solutions/<role-id>/<exercise-id>.mjs: `export default (names) => [edit, …]` (or an array), each edit
 * `{ file, content }` (writes the whole file) or `{ file, replace, with }` (the text must occur exactly once). */
export async function applySolution(projectDir, roleId, exerciseId, projectName) {
  const module = path.join(here, 'solutions', roleId, `${exerciseId}.mjs`);
  if (!fs.existsSync(module)) throw new Error(`no reference solution: ${path.relative(process.cwd(), module)}`);
  const solution = (await import(pathToFileURL(module).href)).default;
  const edits = typeof solution === 'function' ? solution(deriveNames(projectName)) : solution;
  for (const edit of edits) {
    const file = path.join(projectDir, ...edit.file.split('/'));
    if (edit.content !== undefined) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, edit.content);
      continue;
    }
    const text = fs.readFileSync(file, 'utf8');
    const count = text.split(edit.replace).length - 1;
    if (count !== 1)
      throw new Error(
        `solution ${roleId}/${exerciseId}: ${edit.file} has ${count} occurrences of ${JSON.stringify(edit.replace.slice(0, 80))} (needs exactly one)`,
      );
    fs.writeFileSync(
      file,
      text.replace(edit.replace, () => edit.with),
    );
  }
}

function summary(result) {
  const { verdict } = result;
  if (verdict.passed) return `passed (${verdict.tests} tests)`;
  return (verdict.messages ?? []).map((m) => m.text).join(' | ');
}

/**
 * The whole proof for one starter. `ownTests` is the starter's own test command ([program, ...args]).
 * Resolves with one line per exercise; throws with every problem found.
 */
export async function proveExercises(projectDir, roleId, { projectName, ownTests, env }) {
  const { exercises } = readManifest(projectDir);
  const problems = [];
  const started = Date.now();
  for (const exercise of exercises) {
    const result = await runExerciseCheck(projectDir, exercise);
    if (result.verdict.passed !== false) problems.push(`${exercise.id}: passes on the fresh project`);
    else if (exercise.junit && !result.cases?.some((c) => c.failure))
      problems.push(`${exercise.id}: failed without a failing test in its report (${summary(result)})\n${result.output.slice(-2000)}`);
    else console.log(`  ✔ ${exercise.id} fails on the fresh project: ${summary(result).slice(0, 200)}`);
  }
  for (const exercise of exercises) {
    await applySolution(projectDir, roleId, exercise.id, projectName);
    const result = await runExerciseCheck(projectDir, exercise);
    if (result.verdict.passed) console.log(`  ✔ ${exercise.id} passes with its reference solution`);
    else problems.push(`${exercise.id}: fails with its reference solution: ${summary(result)}\n${result.output.slice(-3000)}`);
  }
  for (const exercise of exercises) {
    const result = await runExerciseCheck(projectDir, exercise);
    if (!result.verdict.passed) problems.push(`${exercise.id}: fails once every solution is applied: ${summary(result)}`);
  }
  try {
    run(ownTests[0], ownTests.slice(1), { cwd: projectDir, env: { ...process.env, ...env } });
  } catch (error) {
    problems.push(`the starter's own tests fail with every solution applied: ${error.message}`);
  }
  if (problems.length > 0) throw new Error(`exercise checks of ${roleId}:\n${problems.join('\n')}`);
  console.log(`  ✔ ${exercises.length} exercises proven in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
