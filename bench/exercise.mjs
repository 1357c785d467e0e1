// The cost of checking an exercise through the extension (Testing controller, runner, JUnit report, progress
// store) against running the same argv directly, on a scaffolded nodejs starter whose dependencies are installed
// once and kept in bench/results/. Figures only.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, newRunDir, runInExtensionHost } from '../test/vscode/workbench.mjs';

const ROLE = 'nodejs';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A scaffolded starter with its dependencies, made once (delete bench/results/ to start over). */
function preparedProject() {
  const project = path.join(REPO, 'bench', 'results', `${ROLE}-starter`);
  if (!fs.existsSync(path.join(project, 'package-lock.json'))) {
    fs.rmSync(project, { recursive: true, force: true });
    execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'scaffold', ROLE, project, '--name', 'bench-api'], {
      stdio: 'ignore',
    });
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'inherit' });
  }
  return project;
}

function timeDirect(argv, cwd) {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0], argv.slice(1), { cwd, stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - started));
  });
}

/** Copies the project into the workspace of a fresh extension host (node_modules linked, not copied). */
function copyInto(project, workspace) {
  const target = path.join(workspace, path.basename(project));
  fs.cpSync(project, target, { recursive: true, filter: (source) => path.basename(source) !== 'node_modules' });
  fs.symlinkSync(path.join(project, 'node_modules'), path.join(target, 'node_modules'), 'dir');
}

export async function benchExerciseCheck(runs = 5) {
  const project = preparedProject();
  const manifest = JSON.parse(fs.readFileSync(path.join(project, '.backend-paths', 'exercises.json'), 'utf8'));
  const [exercise] = manifest.exercises;
  await timeDirect(exercise.argv, project); // Warm the file cache for both sides alike.
  const direct = [];
  for (let i = 0; i < runs; i++) direct.push(await timeDirect(exercise.argv, project));

  const runDir = newRunDir('bench-exercise');
  copyInto(project, path.join(runDir, 'workspace'));
  const resultFile = path.join(runDir, 'result.json');
  const env = { BP_BENCH_EXERCISE: JSON.stringify({ roleId: ROLE, exerciseId: exercise.id, runs: runs + 1, resultFile }) };
  const code = await runInExtensionHost(runDir, path.join(REPO, 'bench', 'exercise-probe.cjs'), { env, timeoutMs: 600_000 });
  if (code !== 0 || !fs.existsSync(resultFile)) throw new Error(`exercise probe failed (${code}); see ${runDir}`);
  const [, ...throughExtension] = JSON.parse(fs.readFileSync(resultFile, 'utf8')).times; // The first run warms up.
  fs.rmSync(runDir, { recursive: true, force: true });
  return { exercise: exercise.id, direct: median(direct), extension: median(throughExtension) };
}
