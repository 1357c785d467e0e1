// api-design: OpenAPI-first Express starter. Lints openapi.yaml with Redocly (recommended rules, warnings
// count as errors), then installs the project and runs its own node:test suite, whose contract tests check
// every documented response of the running server against openapi.yaml. Then proves the exercise checks (each
// fails on the fresh project and passes with its reference solution, ../solutions/api-design/), and lints the
// descriptions the solutions leave behind (openapi.yaml, openapi.v2.yaml, asyncapi.yaml) the same way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { proveExercises } from '../exercises.mjs';
import { checkExactVersions, checkExercises, checkNotShipped, checkRequiredFiles, listFiles, run } from '../lib.mjs';

export const debianPackages = [];

function fail(message) {
  throw new Error(`api-design: ${message}`);
}

const redocly = fileURLToPath(new URL('../node_modules/@redocly/cli/bin/cli.js', import.meta.url));
const redoclyEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

function lint(projectDir, file, extraArgs = []) {
  run(process.execPath, [redocly, 'lint', '--extends', 'recommended-strict', '--format', 'stylish', ...extraArgs, file], {
    cwd: projectDir,
    env: redoclyEnv,
  });
}

export async function verify(projectDir) {
  const started = Date.now();
  const description = path.join(projectDir, 'openapi.yaml');
  if (!/^openapi: 3\.1\.\d+$/m.test(fs.readFileSync(description, 'utf8'))) fail('openapi.yaml is not OpenAPI 3.1');

  const files = listFiles(projectDir);
  checkRequiredFiles(files, ['README.md', 'package.json', 'openapi.yaml', 'src/app.js', '.backend-paths/exercises.json'], { fail });
  // The solutions create these: a fresh project must not have them already.
  checkNotShipped(files, ['package-lock.json', '.backend-paths/results', 'openapi.v2.yaml', 'asyncapi.yaml'], { fail });
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  checkExactVersions(pkg, { fail });
  checkExercises(projectDir, 'api', { fail });

  lint(projectDir, 'openapi.yaml');

  const env = { ...process.env, CI: 'true' };
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });
  const checked = Date.now();

  await proveExercises(projectDir, 'api-design', { projectName: path.basename(projectDir), ownTests: ['npm', 'test'], env });
  // The reference solutions' descriptions are model answers: they lint as cleanly as the starter's.
  lint(projectDir, 'openapi.yaml');
  lint(projectDir, 'openapi.v2.yaml');
  // The WebSocket protocol authenticates in its first message, which AsyncAPI has no security scheme for.
  lint(projectDir, 'asyncapi.yaml', ['--skip-rule', 'security-defined']);

  const seconds = ((checked - started) / 1000).toFixed(1);
  const exercises = ((Date.now() - checked) / 1000).toFixed(1);
  console.log(
    `api-design: openapi.yaml lints clean (Redocly recommended-strict); npm install + npm test (contract tests) passed in ${seconds}s; exercise checks proven, then tests and lint with every solution, in ${exercises}s`,
  );
}
