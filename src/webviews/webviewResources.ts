// What every Backend Paths page loads, and the webview options that allow exactly that.
import * as vscode from 'vscode';
import { createNonce, renderPage } from './pageShell';
import type { SafeHtml } from './html';

export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'codicons')],
  };
}

export function pageHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: { title: string; body: SafeHtml; script: string; data?: Record<string, string> },
): string {
  const uri = (...segments: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
  return renderPage(
    page.title,
    page.body,
    {
      cspSource: webview.cspSource,
      nonce: createNonce(),
      styleUris: [uri('dist', 'codicons', 'codicon.css'), uri('media', 'page.css')],
      scriptUri: uri('media', page.script),
    },
    page.data,
  );
}

export function panelIcon(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'activity-bar.svg');
}
