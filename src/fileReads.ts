// Reads without a round trip to the window. In a Node extension host a file: URI names a file of the machine the
// host runs on (the local one, or the remote's), so node:fs reads it at once; vscode.workspace.fs would first ask
// the window, which at startup is busy drawing itself (one read of the catalog took 10–15 ms that way, the
// workspace roles' first listing 20–60 ms). Any other scheme (a virtual workspace) goes through workspace.fs.
// Writes always go through workspace.fs. The web bundle takes fileReads.web.ts.
import { readdir, readFile as readLocalFile, stat } from 'node:fs/promises';
import * as vscode from 'vscode';

const isLocal = (uri: vscode.Uri) => uri.scheme === 'file';

/** The bytes of a file; rejects when there is none. */
export async function readFile(uri: vscode.Uri): Promise<Uint8Array> {
  return isLocal(uri) ? readLocalFile(uri.fsPath) : vscode.workspace.fs.readFile(uri);
}

/** The entries of a folder, as workspace.fs.readDirectory gives them; rejects when there is no such folder. */
export async function readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  if (!isLocal(uri)) return vscode.workspace.fs.readDirectory(uri);
  const entries = await readdir(uri.fsPath, { withFileTypes: true });
  return Promise.all(
    entries.map(async (entry): Promise<[string, vscode.FileType]> => {
      if (!entry.isSymbolicLink()) return [entry.name, typeOf(entry)];
      const target = await stat(vscode.Uri.joinPath(uri, entry.name).fsPath).catch(() => undefined);
      return [entry.name, vscode.FileType.SymbolicLink | (target ? typeOf(target) : vscode.FileType.Unknown)];
    }),
  );
}

/** Whether `uri` is a folder (false when it does not exist). */
export async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  if (!isLocal(uri))
    return vscode.workspace.fs.stat(uri).then(
      ({ type }) => (type & vscode.FileType.Directory) !== 0,
      () => false,
    );
  return stat(uri.fsPath).then(
    (found) => found.isDirectory(),
    () => false,
  );
}

function typeOf(found: { isFile(): boolean; isDirectory(): boolean }): vscode.FileType {
  return found.isDirectory() ? vscode.FileType.Directory : found.isFile() ? vscode.FileType.File : vscode.FileType.Unknown;
}
