// api-design: OpenAPI-first Express starter. Lints openapi.yaml with Redocly (recommended rules, warnings
// count as errors), then installs the project and runs its own node:test suite, whose contract tests check
// every documented response of the running server against openapi.yaml.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkExactVersions, run } from '../lib.mjs';

export const debianPackages = [];

function fail(message) {
  throw new Error(`api-design: ${message}`);
}

const redocly = fileURLToPath(new URL('../node_modules/@redocly/cli/bin/cli.js', import.meta.url));

export async function verify(projectDir) {
  const started = Date.now();
  const description = path.join(projectDir, 'openapi.yaml');
  if (!/^openapi: 3\.1\.\d+$/m.test(fs.readFileSync(description, 'utf8'))) fail('openapi.yaml is not OpenAPI 3.1');

  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  checkExactVersions(pkg, { fail });

  const redoclyEnv = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  run(process.execPath, [redocly, 'lint', '--extends', 'recommended-strict', '--format', 'stylish', description], {
    cwd: projectDir,
    env: redoclyEnv,
  });

  const env = { ...process.env, CI: 'true' };
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `api-design: openapi.yaml lints clean (Redocly recommended-strict); npm install + npm test (contract tests) passed in ${seconds}s`,
  );
}
