// Wires the pieces together. Everything here runs at activation, which happens only when the user opens the
// Backend Paths view, runs one of its commands, opens a restored page, or opens a project it just created.
import { catalog, starters } from 'backend-paths:content';
import * as vscode from 'vscode';
import { CatalogIndex } from './catalog/catalogIndex';
import { registerBrowseCommands } from './commands/browseCommands';
import { registerPageCommands } from './commands/pageCommands';
import { registerProgressCommands } from './commands/progressCommands';
import { registerScaffoldCommand } from './commands/scaffoldCommand';
import { registerSkillStateCommands } from './commands/skillStateCommands';
import { BACKUP_KEY, PROGRESS_KEY, ProgressStore } from './progress/progressStore';
import { consumeReadmeMarkers } from './scaffold/readmeMarker';
import { TreeNodes } from './tree/nodes';
import { RolesView } from './tree/rolesView';
import { ProgressStatusBar } from './tree/statusBar';
import { OverviewPanel } from './webviews/overviewPanel';
import { RolePanels } from './webviews/rolePanels';

/** What the extension exports: for its own integration tests, and for other extensions. */
export interface BackendPathsApi {
  catalog: CatalogIndex;
  progress: ProgressStore;
  rolesView: RolesView;
  statusBar: ProgressStatusBar;
  rolePanels: RolePanels;
  overview: OverviewPanel;
  /** Where progress is saved (and synced). */
  globalState: vscode.Memento;
}

export async function activate(context: vscode.ExtensionContext): Promise<BackendPathsApi> {
  const log = vscode.window.createOutputChannel('Backend Paths', { log: true });
  const index = new CatalogIndex(catalog);
  const progress = new ProgressStore(context.globalState, (id) => index.currentSkillId(id));
  context.globalState.setKeysForSync([PROGRESS_KEY]);
  // Reads saved progress; when it had to be repaired, says so (the original is kept under BACKUP_KEY).
  const loadProgress = async () => {
    const { problem } = await progress.load();
    if (!problem) return;
    log.warn(`saved progress was partly unreadable (${problem}); the original is kept under ${BACKUP_KEY}`);
    void vscode.window.showWarningMessage(
      `Backend Paths: your saved progress was damaged (${problem}). Everything readable was kept, and the original was backed up.`,
    );
  };
  await loadProgress();

  const rolesView = new RolesView(new TreeNodes(index), progress, context.globalState);
  const statusBar = new ProgressStatusBar(index, progress);
  const rolePanels = new RolePanels(context.extensionUri, index, progress, log);
  const overview = new OverviewPanel(context.extensionUri, index, progress, log);
  context.subscriptions.push(
    log,
    rolesView,
    statusBar,
    rolePanels,
    overview,
    rolesView.onDidFocusRole((roleId) => statusBar.focusRole(roleId)),
    rolePanels.onDidFocusRole((roleId) => statusBar.focusRole(roleId)),
    // Another window or Settings Sync may have changed the saved progress meanwhile.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) void loadProgress();
    }),
    ...registerPageCommands(rolePanels, overview),
    ...registerBrowseCommands(index, progress, rolesView),
    ...registerSkillStateCommands(index, progress),
    ...registerProgressCommands(index, progress),
    registerScaffoldCommand(index, starters, context.extensionUri, context.globalState),
  );
  void consumeReadmeMarkers();
  return { catalog: index, progress, rolesView, statusBar, rolePanels, overview, globalState: context.globalState };
}

export function deactivate(): void {}
