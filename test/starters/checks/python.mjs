// python: FastAPI + Pydantic + SQLAlchemy starter. Runs its own pytest suite on Debian 12's packages (FastAPI 0.92,
// Pydantic 1.10, SQLAlchemy 1.4), then serves it with uvicorn as its README says and calls the running API, then
// proves the exercise checks (each fails on the fresh project and passes with its reference solution).
// Learners get Pydantic 2 / SQLAlchemy 2 from requirements.txt: PyPI is out of reach here, so that side is only
// checked for shape (exact pins, pyproject name).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkExercises, checkNoTemplateVariables, checkRequiredFiles, listFiles } from '../lib.mjs';
import { checkPyprojectName, pinnedRequirements, proveWithDebianPython, PYTHON, python, runPytest, smokeTestTasksApi } from '../python.mjs';

export const debianPackages = ['python3-fastapi', 'python3-uvicorn', 'python3-pytest', 'python3-httpx', 'python3-sqlalchemy'];

function fail(message) {
  throw new Error(`python: ${message}`);
}

function checkLayout(projectDir, files, snake) {
  checkRequiredFiles(
    files,
    ['README.md', 'pyproject.toml', 'requirements.txt', `${snake}/main.py`, `${snake}/app.py`, 'tests/conftest.py'],
    { fail },
  );
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExercises(projectDir, 'py', { fail });
  checkPyprojectName(projectDir, snake, fail);
  const requirements = pinnedRequirements(projectDir, fail);
  const pinned = new Set(requirements.map((line) => line.split(/[[=]/)[0].toLowerCase()));
  for (const name of ['fastapi', 'pydantic', 'sqlalchemy', 'uvicorn', 'pytest']) {
    if (!pinned.has(name)) fail(`requirements.txt does not pin ${name}`);
  }
  return requirements.length;
}

export async function verify(projectDir) {
  const started = Date.now();
  const snake = path.basename(projectDir).replaceAll('-', '_');
  const pins = checkLayout(projectDir, listFiles(projectDir), snake);

  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
  const versions = python(
    [
      '-c',
      'import fastapi, pydantic, sqlalchemy; print(f"FastAPI {fastapi.__version__}, Pydantic {pydantic.VERSION}, SQLAlchemy {sqlalchemy.__version__}")',
    ],
    fail,
  );
  // Outside projectDir, so the checks leave the scaffolded project as the learner would get it.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-python-'));
  let tests;
  try {
    tests = runPytest(projectDir, env, scratch, fail);
    await smokeTestTasksApi(projectDir, {
      name: 'uvicorn',
      argv: ['-m', 'uvicorn', `${snake}.main:app`],
      env,
      databaseEnv: (database) => ({ DATABASE_URL: `sqlite:///${database}` }),
      scratch,
      fail,
    });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `python: ${tests} pytest tests passed and uvicorn served ${snake}.main:app (POST + GET /tasks) on Debian's ${versions}; ${pins} exact pins in requirements.txt; ${seconds}s`,
  );
  // Last: it applies the reference solutions, so the project is no longer the one the learner gets.
  await proveWithDebianPython(projectDir, 'python', [PYTHON, '-m', 'pytest', '-q', '-p', 'no:cacheprovider'], env);
}
