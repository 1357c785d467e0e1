// Runs inside a real extension host (as extensionTestsPath): the time to load the bundle and activate it until
// the roles tree first returns its roots, and beside it the time to activate an empty extension in the same host.
// BP_BENCH_EMPTY_FIRST says which goes first, so neither always pays for a cold host.
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');

async function timeEmpty() {
  const started = performance.now();
  await vscode.extensions.getExtension('backend-paths-bench.empty-extension').activate();
  return performance.now() - started;
}

/**
 * Until the tree has its roots: with workspace roles (BP_BENCH_ROLES, copied into the folder first), until they
 * are in it too. Nothing else may have activated the extension before.
 */
async function timeBackendPaths() {
  const extension = vscode.extensions.getExtension('backend-paths.backend-paths');
  if (extension.isActive) return { alreadyActive: true };
  if (process.env.BP_BENCH_ROLES) {
    const folder = vscode.workspace.workspaceFolders[0].uri.fsPath;
    fs.cpSync(process.env.BP_BENCH_ROLES, path.join(folder, '.backend-paths', 'roles'), { recursive: true });
  }
  const started = performance.now();
  const api = await extension.activate();
  // The baseline version (bench/run.mjs) has no workspace roles.
  await api.internals.workspaceRoles?.ready;
  const roots = api.internals.rolesView.provider.getChildren();
  const section = roots.find((node) => node.kind === 'section');
  const ms = performance.now() - started;
  const loadedFromCache = api.internals.workspaceRoles?.loadedFromCache;
  // Written for the next host on this folder (bench/run.mjs, reopened).
  await api.internals.workspaceRoles?.kept;
  return { ms, roots: roots.length, workspaceRoles: section ? section.children.length : 0, loadedFromCache };
}

exports.run = async function run() {
  const emptyFirst = process.env.BP_BENCH_EMPTY_FIRST === '1';
  const empty = emptyFirst ? await timeEmpty() : undefined;
  const result = await timeBackendPaths();
  const emptyMs = empty ?? (await timeEmpty());
  fs.writeFileSync(process.env.BP_BENCH_RESULT, JSON.stringify({ ...result, emptyMs }));
};
