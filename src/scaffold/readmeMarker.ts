// Opening a new project in another (or a reloaded) window loses this window's state, so the README preview is
// asked for through a marker file in the project: its presence activates the extension there
// (activationEvents: workspaceContains), which opens the preview and deletes the marker.
import * as vscode from 'vscode';

export const README_MARKER = '.backend-paths-open-readme';

export async function leaveReadmeMarker(project: vscode.Uri): Promise<void> {
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(project, README_MARKER), new TextEncoder().encode('README.md\n'));
}

export async function showReadme(project: vscode.Uri): Promise<void> {
  await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(project, 'README.md'));
}

/** Consumes the markers in the open folders; runs at activation. */
export async function consumeReadmeMarkers(): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const marker = vscode.Uri.joinPath(folder.uri, README_MARKER);
    try {
      await vscode.workspace.fs.stat(marker);
    } catch {
      continue;
    }
    await vscode.workspace.fs.delete(marker);
    await showReadme(folder.uri);
  }
}
