// Runs the integration suites (out/test/integration) inside a real VS Code extension host: code-server's,
// with the repository loaded as the extension under development. Exit code 0 only when every test passed.
//   node test/vscode/run-integration.mjs [--grep <pattern>] [--locale <language>] [--verbose]
// --locale runs them with that display language (the suites read it from BP_TEST_LOCALE).
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench, newRunDir, runInExtensionHost } from './workbench.mjs';

const verbose = process.argv.includes('--verbose');
const grepIndex = process.argv.indexOf('--grep');
const grep = grepIndex >= 0 ? process.argv[grepIndex + 1] : undefined;
const localeIndex = process.argv.indexOf('--locale');
const locale = localeIndex >= 0 ? process.argv[localeIndex + 1] : undefined;
const testsEntry = path.join(REPO, 'out', 'test', 'integration', 'index.js');
for (const required of [path.join(REPO, 'dist', 'extension.js'), testsEntry]) {
  if (!fs.existsSync(required)) {
    console.error(`${path.relative(REPO, required)} is missing: run \`npm run build && npm run compile-tests\` first.`);
    process.exit(1);
  }
}

ensureWorkbench();
const runDir = newRunDir('integration');
const resultsFile = path.join(runDir, 'results.json');
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)}s`;
console.log(`[${elapsed()}] running the integration suites in code-server's extension host…`);
const code = await runInExtensionHost(runDir, testsEntry, {
  env: { BP_TEST_RESULTS: resultsFile, ...(grep ? { BP_TEST_GREP: grep } : {}), ...(locale ? { BP_TEST_LOCALE: locale } : {}) },
  locale,
  timeoutMs: Number(process.env.BP_INTEGRATION_TIMEOUT_MS || 600_000),
  onLog: (type, line) => {
    if (verbose || type === 'error') console.log(`  [${type}] ${line}`);
  },
});
let exitCode = typeof code === 'number' ? code : 1;
if (code === 'timeout') console.error(`[${elapsed()}] no result in time; code-server log: ${path.join(runDir, 'code-server.log')}`);

if (fs.existsSync(resultsFile)) {
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  for (const title of results.passes) console.log(`  ✔ ${title}`);
  for (const title of results.pending) console.log(`  - ${title} (pending)`);
  for (const failure of results.failures) console.log(`  ✗ ${failure.title}\n      ${failure.error.split('\n').join('\n      ')}`);
  console.log(
    `[${elapsed()}] integration: ${results.passes.length} passing, ${results.failures.length} failing, ${results.pending.length} pending`,
  );
  if (results.failures.length > 0 || results.passes.length === 0) exitCode = exitCode || 1;
} else {
  console.error(
    `[${elapsed()}] the test runner wrote no results (exit code ${code}); code-server log: ${path.join(runDir, 'code-server.log')}`,
  );
  exitCode = exitCode || 1;
}
if (exitCode === 0 && !process.env.BP_KEEP_RUNS) fs.rmSync(runDir, { recursive: true, force: true });
else console.log(`run folder kept: ${runDir}`);
process.exit(exitCode);
