// Runs the end-to-end journeys (test/e2e) against code-server with the packaged VSIX installed.
//   node test/vscode/run-e2e.mjs [mocha args, e.g. --grep sidebar]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench } from './workbench.mjs';

const vsix = path.join(REPO, 'backend-paths.vsix');
if (!fs.existsSync(vsix)) {
  console.error('backend-paths.vsix is missing: run `npm run package` first.');
  process.exit(1);
}
ensureWorkbench();
const mocha = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
const result = spawnSync(process.execPath, [mocha, '--config', path.join(REPO, 'test', 'e2e', '.mocharc.json'), ...process.argv.slice(2)], {
  cwd: REPO,
  stdio: 'inherit',
});
console.log(`screenshots: ${path.join(REPO, 'test-results', 'screenshots')}`);
process.exit(result.status ?? 1);
