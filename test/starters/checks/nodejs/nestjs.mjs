// nodejs/nestjs: the NestJS 11 starter (roles/nodejs/starters/nestjs). Installs it, runs its typecheck, build (tsc)
// and Vitest + Supertest suite, then starts the built app as the README says (`npm run start`) and calls it: health
// check, 400 for an invalid body, 201 and the list. Then proves the exercise checks (each fails on the fresh project
// and passes with its reference solution) and that the project with every solution applied still passes its own
// tests and typecheck.
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  freePort,
  listFiles,
  startProcess,
  stopProcess,
} from '../../lib.mjs';
import { verifyTypeScriptStarter, waitForHealth } from '../../typescript.mjs';

export const debianPackages = [];

function fail(message) {
  throw new Error(`nodejs/nestjs: ${message}`);
}

function checkLayout(projectDir) {
  const files = listFiles(projectDir);
  checkRequiredFiles(
    files,
    [
      'README.md',
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'vitest.config.ts',
      'src/main.ts',
      'src/app.module.ts',
      'src/tasks/tasks.module.ts',
      'src/tasks/tasks.controller.ts',
      'src/tasks/tasks.service.ts',
      'src/tasks/dto/create-task.dto.ts',
      'exercises/vitest.config.ts',
      '.backend-paths/exercises.json',
    ],
    { fail },
  );
  checkNotShipped(files, ['package-lock.json', 'dist', '.backend-paths/results'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  const pkg = checkPackageJson(projectDir, { scripts: ['build', 'start', 'test', 'typecheck'], fail });
  for (const name of ['@nestjs/common', '@nestjs/core', '@nestjs/platform-express'])
    if (!/^11\./.test(pkg.dependencies?.[name] ?? '')) fail(`package.json should pin ${name} 11.x, not ${pkg.dependencies?.[name]}`);
  // Three exercises: this starter is there for node-nestjs, which the Express starter cannot practise.
  checkExercises(projectDir, 'node', { fail, min: 2 });
}

async function smokeTest(projectDir, env) {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // `node dist/main.js` directly (what `npm run start` runs), so the signal reaches the app and not npm.
  const server = startProcess('the app', process.execPath, ['dist/main.js'], { cwd: projectDir, env: { ...env, PORT: String(port) } });
  try {
    await waitForHealth(base, server, { timeoutMs: 15_000, fail });
    const post = (body) =>
      fetch(`${base}/tasks`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const invalid = await post({ title: '' });
    if (invalid.status !== 400) fail(`POST /tasks {"title":""} answered ${invalid.status}, expected 400`);
    const created = await post({ title: 'from the starter check' });
    const task = await created.json();
    if (created.status !== 201 || task.title !== 'from the starter check')
      fail(`POST /tasks answered ${created.status} ${JSON.stringify(task)}`);
    const listed = await (await fetch(`${base}/tasks`)).json();
    if (listed.items?.length !== 1 || listed.items[0].id !== task.id) fail(`GET /tasks answered ${JSON.stringify(listed)}`);
  } finally {
    // enableShutdownHooks: Nest closes the app on SIGTERM, then re-raises the signal to end the process.
    const code = await stopProcess(server);
    if (code !== 0 && code !== 'SIGTERM') fail(`the app did not stop on SIGTERM (${code}):\n${server.output()}`);
  }
}

export async function verify(projectDir) {
  checkLayout(projectDir);
  const { tests, files, checkedIn, exercisesIn } = await verifyTypeScriptStarter(projectDir, {
    key: 'nodejs/nestjs',
    scripts: ['typecheck'],
    builtFile: 'dist/main.js',
    smokeTest,
    fail,
  });
  console.log(
    `nodejs/nestjs: npm install, typecheck, build, ${tests} Vitest tests in ${files} files, and npm run start smoke test (health, 400, POST/GET /tasks, SIGTERM) passed in ${checkedIn}s; exercise checks proven, then tests and typecheck with every solution, in ${exercisesIn}s`,
  );
}
