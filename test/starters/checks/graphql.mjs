// graphql: Apollo Server 5 starter. Installs it and runs its own suite (tsc --noEmit + Vitest), which
// covers queries, mutations, a graphql-ws subscription, DataLoader batching and field-level authorization.
import fs from 'node:fs';
import path from 'node:path';
import { checkExactVersions, listFiles, run } from '../lib.mjs';

export const debianPackages = [];

function fail(message) {
  throw new Error(`graphql: ${message}`);
}

export async function verify(projectDir) {
  const started = Date.now();
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  checkExactVersions(pkg, { fail });
  const testFiles = listFiles(projectDir).filter((f) => /^test\/.*\.test\.ts$/.test(f));
  if (testFiles.length === 0) fail('no test/*.test.ts files');

  const env = { ...process.env, CI: 'true' };
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  if (!fs.existsSync(path.join(projectDir, 'dist', 'index.js'))) fail('npm run build did not produce dist/index.js');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`graphql: npm install + npm test (tsc + ${testFiles.length} Vitest files) + npm run build passed in ${seconds}s`);
}
