// The overview page: a single panel, re-rendered when progress changes, restored after a window reload.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { ProgressStore } from '../progress/progressStore';
import { overviewPageMessage, parseMessage } from './messages';
import { renderOverviewBody } from './overviewPage';
import { pageHtml, panelIcon, webviewOptions } from './webviewResources';

export const OVERVIEW_VIEW_TYPE = 'backendPaths.overview';

export class OverviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(OVERVIEW_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => {
          if (this.panel) panel.dispose();
          else this.attach(panel);
        },
      }),
      store.onDidChange(() => {
        if (this.panel) this.render(this.panel);
      }),
    );
  }

  open(): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal();
      return this.panel;
    }
    const panel = vscode.window.createWebviewPanel(OVERVIEW_VIEW_TYPE, 'Backend Paths Overview', vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
    this.attach(panel);
    return panel;
  }

  get current(): vscode.WebviewPanel | undefined {
    return this.panel;
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.iconPath = panelIcon(this.extensionUri);
    panel.webview.options = webviewOptions(this.extensionUri);
    this.render(panel);
    const subscription = panel.webview.onDidReceiveMessage(async (raw: unknown) => {
      const message = parseMessage(overviewPageMessage, raw, (reason) => this.log.warn(`overview page: ${reason}`));
      if (message?.type === 'openRole') await vscode.commands.executeCommand('backendPaths.openRole', message.roleId);
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      subscription.dispose();
    });
  }

  private render(panel: vscode.WebviewPanel): void {
    const counts = Object.fromEntries(this.index.roles.map((role) => [role.id, this.store.counts(skillIdsOfRole(role))]));
    panel.webview.html = pageHtml(panel.webview, this.extensionUri, {
      title: 'Backend Paths Overview',
      body: renderOverviewBody(this.index.catalog, counts),
      script: 'overview.js',
    });
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
