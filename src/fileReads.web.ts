// fileReads.ts for the web worker extension host, which has no node:fs: every read through workspace.fs.
import * as vscode from 'vscode';

/** The bytes of a file; rejects when there is none. */
export async function readFile(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** The entries of a folder, as workspace.fs.readDirectory gives them; rejects when there is no such folder. */
export async function readDirectory(uri: vscode.Uri): Promise<[string, vscode.FileType][]> {
  return vscode.workspace.fs.readDirectory(uri);
}

/** Whether `uri` is a folder (false when it does not exist). */
export async function isDirectory(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    ({ type }) => (type & vscode.FileType.Directory) !== 0,
    () => false,
  );
}
