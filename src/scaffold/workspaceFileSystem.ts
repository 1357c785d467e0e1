// The ProjectFileSystem of the extension: vscode.workspace.fs, so scaffolding works in local, remote and virtual
// workspaces alike. Executable bits can only be set where the files are on this extension host's disk.
import * as vscode from 'vscode';
import { makeExecutable } from './executableBit';
import type { ProjectFileSystem } from './writeProject';

export const workspaceFileSystem: ProjectFileSystem<vscode.Uri> = {
  child: (parent, relativePath) => vscode.Uri.joinPath(parent, ...relativePath.split('/')),
  parentOf: (uri) => {
    const parent = vscode.Uri.joinPath(uri, '..');
    return parent.path === uri.path ? undefined : parent;
  },
  // A folder of the machine the window is connected to (the browser's web worker sees its files as vscode-remote)
  // reads as its path there; only a virtual file system's needs its full address.
  display: (uri) => (uri.scheme === 'file' ? uri.fsPath : uri.scheme === 'vscode-remote' ? uri.path : uri.toString(true)),
  exists: async (uri) => {
    try {
      await vscode.workspace.fs.stat(uri);
      return true;
    } catch {
      return false;
    }
  },
  stat: async (uri) => {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      return { isFolder: (stat.type & vscode.FileType.Directory) !== 0, modifiedMs: stat.mtime };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && ['FileNotFound', 'FileNotADirectory'].includes(error.code)) return undefined;
      throw error;
    }
  },
  list: async (folder) => (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name),
  createDirectory: async (uri) => vscode.workspace.fs.createDirectory(uri),
  writeFile: async (uri, contents, executable) => {
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, contents);
    if (executable) await makeExecutable(uri);
  },
  rename: async (from, to) => vscode.workspace.fs.rename(from, to, { overwrite: false }),
  deleteRecursively: async (uri) => vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }),
  removeEmptyFolder: async (uri) => vscode.workspace.fs.delete(uri, { recursive: false, useTrash: false }),
};
