// The ProjectFileSystem of the extension: vscode.workspace.fs, so scaffolding works in local, remote and virtual
// workspaces alike. Executable bits can only be set where the files are on this extension host's disk.
import { chmod } from 'node:fs/promises';
import * as vscode from 'vscode';
import type { ProjectFileSystem } from './writeProject';

export const workspaceFileSystem: ProjectFileSystem<vscode.Uri> = {
  child: (parent, relativePath) => vscode.Uri.joinPath(parent, ...relativePath.split('/')),
  display: (uri) => (uri.scheme === 'file' ? uri.fsPath : uri.toString(true)),
  exists: async (uri) => {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  },
  createDirectory: async (uri) => vscode.workspace.fs.createDirectory(uri),
  writeFile: async (uri, contents, executable) => {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, contents);
    if (executable && uri.scheme === 'file') await chmod(uri.fsPath, 0o755);
  },
  rename: async (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: false }),
  deleteRecursively: async (uri) => vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }),
};
