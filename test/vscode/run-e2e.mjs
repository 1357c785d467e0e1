// Runs the end-to-end journeys (test/e2e) against code-server with the packaged VSIX installed: all of them with
// Backend Paths in the Node extension host, then the main journeys again with it in the browser's web worker
// extension host (its `browser` entry, as in vscode.dev), from the same VSIX.
//   node test/vscode/run-e2e.mjs [mocha args, e.g. --grep sidebar]
//   BP_E2E_HOST=node or web: only that pass
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench } from './workbench.mjs';

/**
 * The journeys of the web worker pass: browse, tick and reload, the pages, scaffold, practice (the scheduler's
 * chunk), which host ran them (with a workspace role: the workspace roles' chunk), and a check, which cannot run.
 */
const WEB_JOURNEYS = ['sidebar', 'progress', 'pages', 'scaffold', 'practice', 'host', 'web-check'].map((name) =>
  path.join('test', 'e2e', `${name}.test.mjs`),
);

const vsix = path.join(REPO, 'backend-paths.vsix');
if (!fs.existsSync(vsix)) {
  console.error('backend-paths.vsix is missing: run `npm run package` first.');
  process.exit(1);
}
ensureWorkbench();
const mocha = path.join(REPO, 'node_modules', 'mocha', 'bin', 'mocha.js');
// The config's settings as arguments: with --config, mocha would add its spec to the web pass's files.
const { spec: ALL_JOURNEYS, ...settings } = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'e2e', '.mocharc.json'), 'utf8'));
const SETTINGS = ['--no-config', ...Object.entries(settings).flatMap(([name, value]) => [`--${name}`, String(value)])];

/** One mocha run of `specs` with Backend Paths in `host`; returns its exit status. */
function pass(host, specs) {
  console.log(`\nend-to-end journeys, Backend Paths in the ${host} extension host`);
  const started = Date.now();
  const args = [mocha, ...SETTINGS, ...specs, ...process.argv.slice(2)];
  const result = spawnSync(process.execPath, args, { cwd: REPO, stdio: 'inherit', env: { ...process.env, BP_E2E_HOST: host } });
  console.log(`${host} pass: ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return result.status ?? 1;
}

const only = process.env.BP_E2E_HOST;
const statuses = [];
if (only !== 'web') statuses.push(pass('node', ALL_JOURNEYS));
if (only !== 'node') statuses.push(pass('web', WEB_JOURNEYS));
console.log(`screenshots: ${path.join(REPO, 'test-results', 'screenshots')}`);
process.exit(statuses.find((status) => status !== 0) ?? 0);
