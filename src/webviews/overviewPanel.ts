// The overview page: a single panel, rendered again when progress changes, restored after a window reload.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Log } from '../log';
import type { ProgressStore } from '../progress/progressStore';
import type { OverviewFromPage } from './overviewMessages';
import { renderOverviewBody } from './overviewPage';
import { PanelHost, type PageContent } from './panelHost';

export const OVERVIEW_VIEW_TYPE = 'backendPaths.overview';
/** The key of the overview's one page. */
const OVERVIEW = 'overview';

export class OverviewPanel extends PanelHost<OverviewFromPage, never> {
  constructor(
    extensionUri: vscode.Uri,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    log: Log,
  ) {
    super(
      {
        viewType: OVERVIEW_VIEW_TYPE,
        script: 'overview.js',
        messages: async () => (await import('./overviewMessages.js')).overviewMessages,
      },
      extensionUri,
      log,
    );
    this.disposables.push(store.onDidChange(() => this.renderAll()));
  }

  /** Opens (or reveals) the overview. */
  open(): vscode.WebviewPanel {
    return this.show(OVERVIEW);
  }

  /** The open overview panel. */
  get current(): vscode.WebviewPanel | undefined {
    return this.panel(OVERVIEW);
  }

  protected restoredKey(): string {
    return OVERVIEW;
  }

  protected content(): PageContent {
    const counts = Object.fromEntries(this.index.roles.map((role) => [role.id, this.store.counts(skillIdsOfRole(role))]));
    return { title: vscode.l10n.t('Backend Paths Overview'), body: renderOverviewBody(this.index.catalog, counts) };
  }

  protected async act(_key: string, message: OverviewFromPage): Promise<void> {
    if (message.type === 'practice') await vscode.commands.executeCommand('backendPaths.practice');
    else await vscode.commands.executeCommand('backendPaths.openRole', message.roleId);
  }
}
