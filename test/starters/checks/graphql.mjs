// graphql: Apollo Server 5 starter. Installs it and runs its own suite (tsc --noEmit + Vitest), which covers queries,
// mutations, a graphql-ws subscription, DataLoader batching and field-level authorization, and builds it. Then
// proves the exercise checks (each fails fresh and passes with its reference solution) and that the project with
// every solution applied still passes its own tests, builds, and type-checks the checks against the solved code.
import fs from 'node:fs';
import path from 'node:path';
import { proveExercises } from '../exercises.mjs';
import {
  checkExercises,
  checkNoTemplateVariables,
  checkNotShipped,
  checkPackageJson,
  checkRequiredFiles,
  listFiles,
  run,
} from '../lib.mjs';

export const debianPackages = [];

function fail(message) {
  throw new Error(`graphql: ${message}`);
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
      'src/index.ts',
      'src/server.ts',
      'src/schema.ts',
      'exercises/vitest.config.ts',
      'hasura/schema.sql',
      'hasura/metadata.json',
      '.backend-paths/exercises.json',
    ],
    { fail },
  );
  checkNotShipped(files, ['package-lock.json', 'dist', '.backend-paths/results'], { fail });
  checkNoTemplateVariables(projectDir, files, { fail });
  checkPackageJson(projectDir, { scripts: ['dev', 'build', 'start', 'test'], fail });
  checkExercises(projectDir, 'gql', { fail });
  if (!files.some((f) => /^test\/.*\.test\.ts$/.test(f))) fail('no test/*.test.ts files');
}

export async function verify(projectDir) {
  const started = Date.now();
  checkLayout(projectDir);

  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  if (!fs.existsSync(path.join(projectDir, 'dist', 'index.js'))) fail('npm run build did not produce dist/index.js');
  const checked = Date.now();

  await proveExercises(projectDir, 'graphql', { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });
  // The reference solutions are model answers: they build, and the checks type-check against them (the editor's view).
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  run(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'exercises'], { cwd: projectDir, env });

  const seconds = ((checked - started) / 1000).toFixed(1);
  const exercises = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `graphql: npm install, npm test (tsc + Vitest) and npm run build passed in ${seconds}s; exercise checks proven, then tests, build and the checks' types with every solution, in ${exercises}s`,
  );
}
