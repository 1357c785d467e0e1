// Runs inside a real extension host (as extensionTestsPath): the time to load the bundle and activate it until
// the roles tree first returns its roots.
const fs = require('node:fs');
const vscode = require('vscode');

exports.run = async function run() {
  const extension = vscode.extensions.getExtension('backend-paths.backend-paths');
  const started = performance.now();
  const api = await extension.activate();
  const roots = api.internals.rolesView.provider.getChildren();
  const ms = performance.now() - started;
  fs.writeFileSync(process.env.BP_BENCH_RESULT, JSON.stringify({ ms, roots: roots.length }));
};
