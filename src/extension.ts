// Wires the pieces together. Everything here runs at activation, which happens only when the user opens the
// Backend Paths view, runs one of its commands, opens a restored page, or opens a project it just created.
// Activation is guarded: a failure is logged with its stack and shown, then rethrown so VS Code knows.
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { createApi, type BackendPathsApi } from './api';
import { CATALOG_PATH, parseCatalog } from './catalog/catalogFile';
import { CatalogIndex } from './catalog/catalogIndex';
import { translateCatalog } from './catalog/translate';
import { registerBrowseCommands } from './commands/browseCommands';
import { registerExerciseCommands } from './commands/exerciseCommands';
import { registerNoteCommands } from './commands/noteCommands';
import { registerPageCommands } from './commands/pageCommands';
import { registerPracticeCommands } from './commands/practiceCommands';
import { registerProgressCommands } from './commands/progressCommands';
import { CommandRegistry } from './commands/registry';
import { registerScaffoldCommand } from './commands/scaffoldCommand';
import { registerSkillStateCommands } from './commands/skillStateCommands';
import { registerWorkspaceRoleCommands } from './commands/workspaceRoleCommands';
import { Exercises } from './exercises/exercises';
import { readFile } from './fileReads';
import { EXTENSION_HOST } from './host';
import { Log } from './log';
import { NOTE_SCHEME, NoteFileSystem } from './notes/noteFileSystem';
import { ProgressStore, SYNCED_KEYS } from './progress/progressStore';
import { consumeReadmeMarkers } from './scaffold/readmeMarker';
import { TreeNodes } from './tree/nodes';
import { PracticeBadge } from './tree/practiceBadge';
import { RolesView, showLoadFailure } from './tree/rolesView';
import { ProgressStatusBar } from './tree/statusBar';
import { OverviewPanel } from './webviews/overviewPanel';
import { PracticePanels } from './webviews/practicePanel';
import { RolePanels } from './webviews/rolePanels';
import { WorkspaceRoles } from './workspaceRoles/workspaceRoles';
import { WalkthroughSteps } from './walkthrough/walkthroughSteps';

export function activate(context: vscode.ExtensionContext): Promise<BackendPathsApi> {
  // The pure modules translate through @vscode/l10n: give it the bundle VS Code chose for the display language.
  if (vscode.l10n.bundle) l10n.config({ contents: vscode.l10n.bundle });
  const channel = vscode.window.createOutputChannel('Backend Paths', { log: true });
  context.subscriptions.push(channel);
  const log = new Log(channel);
  return log.guard(vscode.l10n.t('could not start'), () => start(context, log)).catch(showLoadFailure);
}

async function start(context: vscode.ExtensionContext, log: Log): Promise<BackendPathsApi> {
  log.info(`running in the ${EXTENSION_HOST} extension host`);
  void vscode.commands.executeCommand('setContext', 'backendPaths.host', EXTENSION_HOST);
  const commands = new CommandRegistry(context, log);
  const catalogBytes = await readFile(vscode.Uri.joinPath(context.extensionUri, ...CATALOG_PATH));
  const index = new CatalogIndex(translateCatalog(parseCatalog(catalogBytes), vscode.env.language));
  const progress = new ProgressStore(context.globalState, (id) => index.currentSkillId(id));
  context.globalState.setKeysForSync(SYNCED_KEYS);
  // Reads saved progress; when it had to be repaired, says so (the original is kept under `<key>.unreadable`).
  const loadProgress = async () => {
    const { problem } = await progress.load();
    if (!problem) return;
    log.warn(`saved progress was partly unreadable (${problem}); the original is kept under backendPaths.*.unreadable`);
    void vscode.window.showWarningMessage(
      vscode.l10n.t(
        'Backend Paths: your saved progress was damaged ({0}). Everything readable was kept, and the original was backed up.',
        problem,
      ),
    );
  };
  await loadProgress();
  const workspaceRoles = new WorkspaceRoles(index, log, {
    folder: context.storageUri,
    stamp: [String((context.extension.packageJSON as { version?: unknown }).version), vscode.env.language, catalogBytes],
  });
  context.subscriptions.push(
    workspaceRoles,
    // Workspace renames decide which id saved progress counts for.
    index.onDidChange(
      () => void loadProgress().catch((error: unknown) => log.error(vscode.l10n.t('could not read your saved progress'), error)),
    ),
  );

  const rolesView = new RolesView(new TreeNodes(index), progress, context.globalState);
  const statusBar = new ProgressStatusBar(index, progress);
  const rolePanels = new RolePanels(context.extensionUri, index, progress, log, workspaceRoles.ready);
  const overview = new OverviewPanel(context.extensionUri, index, progress, log);
  const practice = new PracticePanels(context.extensionUri, index, progress, log, workspaceRoles.ready);
  const practiceBadge = new PracticeBadge(rolesView.view, index, progress);
  context.subscriptions.push(
    rolesView,
    statusBar,
    rolePanels,
    overview,
    practice,
    practiceBadge,
    rolesView.onDidFocusRole((roleId) => statusBar.focusRole(roleId)),
    rolePanels.onDidFocusRole((roleId) => statusBar.focusRole(roleId)),
    // Another window or Settings Sync may have changed the saved progress meanwhile.
    vscode.window.onDidChangeWindowState((state) => {
      if (state.focused) loadProgress().catch((error: unknown) => log.error(vscode.l10n.t('could not read your saved progress'), error));
    }),
  );

  registerPageCommands(commands, rolePanels, overview);
  registerPracticeCommands(commands, practice);
  registerBrowseCommands(commands, index, progress, rolesView);
  registerSkillStateCommands(commands, index, progress);
  registerProgressCommands(commands, index, progress);
  const notes = new NoteFileSystem(index, progress);
  context.subscriptions.push(notes, vscode.workspace.registerFileSystemProvider(NOTE_SCHEME, notes, { isCaseSensitive: true }));
  registerNoteCommands(commands, index, progress);
  registerWorkspaceRoleCommands(commands, index, workspaceRoles);
  const exercises = new Exercises(index, progress, log);
  context.subscriptions.push(exercises);
  registerExerciseCommands(commands, index, exercises);
  const walkthrough = new WalkthroughSteps(progress);
  context.subscriptions.push(walkthrough);
  const scaffold = registerScaffoldCommand(commands, index, context.extensionUri, context.globalState, () => {
    walkthrough.starterCreated();
    exercises.refresh().catch((error: unknown) => log.error(vscode.l10n.t('could not look for exercises in the workspace'), error));
  });

  consumeReadmeMarkers().catch((error: unknown) => log.error(vscode.l10n.t("could not open the new project's README"), error));
  const internals = {
    catalog: index,
    progress,
    rolesView,
    statusBar,
    rolePanels,
    overview,
    practice,
    practiceBadge,
    exercises,
    workspaceRoles,
    log,
    globalState: context.globalState,
  };
  return createApi(context.extensionMode, context.subscriptions, internals, scaffold);
}

export function deactivate(): void {}
