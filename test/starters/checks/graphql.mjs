// graphql: Apollo Server 5 starter. Installs it and runs its own suite (tsc --noEmit + Vitest), which
// covers queries, mutations, a graphql-ws subscription, DataLoader batching and field-level authorization.
import fs from 'node:fs';
import path from 'node:path';
import { listFiles, run } from '../lib.mjs';

export const debianPackages = [];

export async function verify(projectDir) {
  const started = Date.now();
  const pkg = JSON.parse(fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
  const ranges = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([, v]) => !/^\d+\.\d+\.\d+$/.test(v));
  if (ranges.length > 0) throw new Error(`graphql: dependencies must be exact versions: ${ranges.map(([n, v]) => `${n}@${v}`).join(', ')}`);
  const testFiles = listFiles(projectDir).filter((f) => /^test\/.*\.test\.ts$/.test(f));
  if (testFiles.length === 0) throw new Error('graphql: no test/*.test.ts files');

  const env = { ...process.env, CI: 'true' };
  run('npm', ['install', '--no-audit', '--no-fund'], { cwd: projectDir, env });
  run('npm', ['test'], { cwd: projectDir, env });
  run('npm', ['run', 'build'], { cwd: projectDir, env });
  if (!fs.existsSync(path.join(projectDir, 'dist', 'index.js'))) throw new Error('graphql: npm run build did not produce dist/index.js');

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`graphql: npm install + npm test (tsc + ${testFiles.length} Vitest files) + npm run build passed in ${seconds}s`);
}
