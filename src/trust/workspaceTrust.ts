// The trust gate (trustGate.ts) over the workbench: a modal that says why, VS Code's own Workspace Trust editor
// (workbench.trust.manage; asking for trust directly is a proposed API only), and a cancellable note that waits
// for onDidGrantWorkspaceTrust. Every action that needs trust goes through requestTrust.
import * as vscode from 'vscode';
import { manageTrustLabel, requireTrust, type TrustNeed, type TrustPort } from './trustGate';

const port: TrustPort = {
  isTrusted: () => vscode.workspace.isTrusted,
  ask: async ({ message, detail }) => {
    const manage = manageTrustLabel();
    return (await vscode.window.showWarningMessage(message, { modal: true, detail }, manage)) === manage;
  },
  manage: async () => {
    await vscode.commands.executeCommand('workbench.trust.manage');
  },
  waitForGrant: async (waiting) => {
    const subscriptions: vscode.Disposable[] = [];
    // Subscribed in this turn, before anything else can run, so a grant is never missed.
    const granted = new Promise<boolean>((resolve) => subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => resolve(true))));
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: waiting, cancellable: true },
        (_progress, token) =>
          Promise.race([
            granted,
            new Promise<boolean>((resolve) => subscriptions.push(token.onCancellationRequested(() => resolve(false)))),
          ]),
      );
    } finally {
      for (const subscription of subscriptions) subscription.dispose();
    }
  },
  tell: (text) => void vscode.window.showInformationMessage(vscode.l10n.t('Backend Paths: {0}', text)),
};

/**
 * Resolves true when `need` may go on: at once in a trusted workspace; in Restricted Mode once the user has
 * trusted the folder (they are asked), false when they do not (they are told).
 */
export function requestTrust(need: TrustNeed): Promise<boolean> {
  return requireTrust(port, need);
}
