// Sets a written file's executable bit (a starter's scripts), which vscode.workspace.fs cannot: through node:fs,
// where the file is on this extension host's own disk. The web bundle takes executableBit.web.ts.
import { chmod } from 'node:fs/promises';
import type * as vscode from 'vscode';

export async function makeExecutable(uri: vscode.Uri): Promise<void> {
  if (uri.scheme === 'file') await chmod(uri.fsPath, 0o755);
}
