// python/django: the Django starter (roles/python/starters/django). Runs `manage.py check`, `makemigrations
// --check` and its own tests with Django's runner on Debian 12's Django 3.2 LTS, then proves the exercise checks
// (each fails on the fresh project and passes with its reference solution). Learners get Django 4.2 LTS from
// requirements.txt: PyPI is out of reach here, so that side is only checked for shape (an exact pin); the code
// keeps to APIs both versions have.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkExercises, checkNoTemplateVariables, checkRequiredFiles, listFiles, run } from '../../lib.mjs';
import { pinnedRequirements, proveWithDebianPython, PYTHON, python } from '../../python.mjs';

export const debianPackages = ['python3-django'];

function fail(message) {
  throw new Error(`python/django: ${message}`);
}

function checkLayout(projectDir, files, snake) {
  checkRequiredFiles(
    files,
    ['README.md', 'requirements.txt', 'manage.py', `${snake}/settings.py`, `${snake}/urls.py`, 'tasks/models.py', 'tasks/tests.py'],
    { fail },
  );
  checkNoTemplateVariables(projectDir, files, { fail });
  checkExercises(projectDir, 'py', { fail });
  const requirements = pinnedRequirements(projectDir, fail);
  if (!requirements.some((line) => /^django==4\.2\./i.test(line))) fail('requirements.txt does not pin Django 4.2 LTS');
}

export async function verify(projectDir) {
  const started = Date.now();
  const snake = path.basename(projectDir).replaceAll('-', '_');
  checkLayout(projectDir, listFiles(projectDir), snake);
  // Outside projectDir, so the checks leave the scaffolded project as the learner would get it.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-django-'));
  const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', DATABASE_PATH: path.join(scratch, 'db.sqlite3') };
  try {
    run(PYTHON, ['manage.py', 'check', '--fail-level', 'WARNING'], { cwd: projectDir, env });
    run(PYTHON, ['manage.py', 'makemigrations', '--check', '--dry-run'], { cwd: projectDir, env });
    run(PYTHON, ['manage.py', 'migrate', '--noinput'], { cwd: projectDir, env });
    run(PYTHON, ['manage.py', 'test', '--noinput'], { cwd: projectDir, env });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const version = python(['-c', 'import django; print(django.get_version())'], fail);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`python/django: manage.py check, makemigrations --check, migrate and test passed on Debian's Django ${version}; ${seconds}s`);
  // Last: it applies the reference solutions, so the project is no longer the one the learner gets.
  await proveWithDebianPython(projectDir, 'python/django', [PYTHON, 'manage.py', 'test', '--noinput'], {
    ...process.env,
    PYTHONDONTWRITEBYTECODE: '1',
  });
}
