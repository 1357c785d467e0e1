// python/flask: the Flask starter (roles/python/starters/flask). Runs its own pytest suite on Debian 12's Flask 2.2,
// serves it with `flask --app <package> run` as its README says and calls the running API, then proves the exercise
// checks (each fails on the fresh project and passes with its reference solution). Learners get Flask 3 from
// requirements.txt: PyPI is out of reach here, so that side is only checked for shape (exact pins, pyproject name);
// the code keeps to APIs both versions have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkExercises, checkNoTemplateVariables, checkRequiredFiles, listFiles } from '../../lib.mjs';
import {
  checkPyprojectName,
  pinnedRequirements,
  proveWithDebianPython,
  PYTHON,
  python,
  runPytest,
  smokeTestTasksApi,
} from '../../python.mjs';

export const debianPackages = ['python3-flask', 'python3-pytest'];

function fail(message) {
  throw new Error(`python/flask: ${message}`);
}

function checkLayout(projectDir, files, snake) {
  checkRequiredFiles(
    files,
    ['README.md', 'pyproject.toml', 'requirements.txt', `${snake}/__init__.py`, `${snake}/tasks.py`, 'tests/conftest.py'],
    { fail },
  );
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExercises(projectDir, 'py', { fail });
  checkPyprojectName(projectDir, snake, fail);
  const requirements = pinnedRequirements(projectDir, fail);
  if (!requirements.some((line) => /^flask==3\./i.test(line))) fail('requirements.txt does not pin Flask 3');
  if (!requirements.some((line) => /^pytest==/i.test(line))) fail('requirements.txt does not pin pytest');
  return requirements.length;
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
    tests = runPytest(projectDir, env, scratch, fail);
    await smokeTestTasksApi(projectDir, {
      name: 'flask',
      argv: ['-m', 'flask', '--app', snake, 'run'],
      env,
      databaseEnv: (database) => ({ DATABASE: database }),
      scratch,
      fail,
    });
    if (fs.existsSync(path.join(projectDir, 'instance'))) fail('with DATABASE set, the app still made the instance/ folder');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const version = python(['-c', 'import importlib.metadata as m; print(m.version("flask"))'], fail);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `python/flask: ${tests} pytest tests passed and \`flask --app ${snake} run\` served it (POST + GET /tasks) on Debian's Flask ${version}; ${pins} exact pins in requirements.txt; ${seconds}s`,
  );
  // Last: it applies the reference solutions, so the project is no longer the one the learner gets.
  await proveWithDebianPython(projectDir, 'python/flask', [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider'], env);
}
