// Runs the integration suites (out/test/integration) inside a real VS Code extension host: code-server's,
// with the repository loaded as the extension under development. Exit code 0 only when every test passed.
//   node test/vscode/run-integration.mjs [--grep <pattern>] [--verbose]
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench, launchBrowser, newRunDir, remoteUri, startCodeServer } from './workbench.mjs';

const verbose = process.argv.includes('--verbose');
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex >= 0 ? process.argv[grepIndex + 1] : undefined;
const TIMEOUT_MS = Number(process.env.BP_INTEGRATION_TIMEOUT_MS || 600_000);
const testsEntry = path.join(REPO, 'out', 'test', 'integration', 'index.js');
for (const required of [path.join(REPO, 'dist', 'extension.js'), testsEntry]) {
  if (!fs.existsSync(required)) {
    console.error(`${path.relative(REPO, required)} is missing: run \`npm run build && npm run compile-tests\` first.`);
    process.exit(1);
  }
}

ensureWorkbench();
const runDir = newRunDir('integration');
const workspace = path.join(runDir, 'workspace');
fs.mkdirSync(workspace);
const resultsFile = path.join(runDir, 'results.json');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;

const server = await startCodeServer(runDir, {
  env: { BP_TEST_RESULTS: resultsFile, ...(grep ? { BP_TEST_GREP: grep } : {}) },
});
let exitCode = 1;
let browser;
try {
  browser = await launchBrowser(runDir);
  const page = browser.pages()[0] ?? (await browser.newPage());
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  // The web workbench calls these when they exist: every log line of the window and the extension host, and
  // the test runner's exit code.
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    if (!verbose && type !== 'error') return;
    const [format, ...rest] = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
    const line = format?.includes('%') ? rest.reduce((s, v) => s.replace(/%[sdoOjc]/, v), format) : [format, ...rest].join(' ');
    console.log(`  [${type}] ${line}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => finish(code));
  await page.goto(server.workspaceUrl(workspace, [
    ['extensionDevelopmentPath', remoteUri(REPO)],
    ['extensionTestsPath', remoteUri(testsEntry)],
  ]));
  console.log(`[${elapsed()}] workbench at ${server.url}, running the integration suites…`);
  const code = await Promise.race([finished, new Promise((resolve) => setTimeout(() => resolve('timeout'), TIMEOUT_MS))]);
  if (code === 'timeout') console.error(`[${elapsed()}] no result after ${TIMEOUT_MS / 1000} s; code-server log: ${server.logFile}`);
  exitCode = typeof code === 'number' ? code : 1;
} finally {
  await browser?.close();
  await server.stop();
}

if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const title of results.passes) console.log(`  ✔ ${title}`);
  for (const title of results.pending) console.log(`  - ${title} (pending)`);
  for (const failure of results.failures) console.log(`  ✗ ${failure.title}\n      ${failure.error.split('\n').join('\n      ')}`);
  console.log(`[${elapsed()}] integration: ${results.passes.length} passing, ${results.failures.length} failing, ${results.pending.length} pending`);
  if (results.failures.length > 0 || results.passes.length === 0) exitCode = exitCode || 1;
} else {
  console.error(`[${elapsed()}] the test runner wrote no results (exit code ${exitCode}); code-server log: ${server.logFile}`);
  exitCode = exitCode || 1;
}
if (exitCode === 0 && !process.env.BP_KEEP_RUNS) fs.rmSync(runDir, { recursive: true, force: true });
else console.log(`run folder kept: ${runDir}`);
process.exit(exitCode);
