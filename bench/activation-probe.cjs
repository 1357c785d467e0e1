// Runs inside a real extension host (as extensionTestsPath): the time to load the bundle and activate it until
// the roles tree first returns its roots, and beside it the time to activate an empty extension in the same host.
// BP_BENCH_EMPTY_FIRST says which goes first, so neither always pays for a cold host.
const fs = require('node:fs');
const vscode = require('vscode');

async function timeEmpty() {
  const started = performance.now();
  await vscode.extensions.getExtension('backend-paths-bench.empty-extension').activate();
  return performance.now() - started;
}

/**
 * Until the tree has its roots: with workspace roles in the folder, until they are in it too. A folder with roles
 * activates the extension at startup (workspaceContains), which can come before this probe: then there is
 * nothing to time, and the run says so, to be run again.
 */
async function timeBackendPaths() {
  const extension = vscode.extensions.getExtension('backend-paths.backend-paths');
  if (extension.isActive) return { alreadyActive: true };
  const started = performance.now();
  const api = await extension.activate();
  await api.internals.workspaceRoles.ready;
  const roots = api.internals.rolesView.provider.getChildren();
  const section = roots.find((node) => node.kind === 'section');
  return { ms: performance.now() - started, roots: roots.length, workspaceRoles: section ? section.children.length : 0 };
}

exports.run = async function run() {
  const emptyFirst = process.env.BP_BENCH_EMPTY_FIRST === '1';
  const empty = emptyFirst ? await timeEmpty() : undefined;
  const { ms, roots, workspaceRoles, alreadyActive } = await timeBackendPaths();
  const emptyMs = empty ?? (await timeEmpty());
  fs.writeFileSync(process.env.BP_BENCH_RESULT, JSON.stringify({ ms, emptyMs, roots, workspaceRoles, alreadyActive }));
};
