// backendPaths.scaffold: from the palette, the tree, a role page (wizard), or with every argument (no prompts).
// The scaffold without prompts is also the exported API's (src/api.ts). A built-in role's starter comes from the
// starter pack, a workspace role's from its folder's starter/. In Restricted Mode, a project inside the workspace
// is written only once the user trusts the folder (src/trust); one elsewhere needs no trust here. A workspace
// role's starter is neither offered nor written in Restricted Mode: its files come from the untrusted folder.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Role } from '../catalog/schema';
import { leaveReadmeMarker, showReadme } from '../scaffold/readmeMarker';
import { starterKey } from '../catalog/starterKeys';
import { runScaffoldWizard } from '../scaffold/scaffoldWizard';
import { scaffoldFromTemplate, type TemplateSource } from '../scaffold/scaffoldFromTemplate';
import type { StarterPack } from '../scaffold/starterPack';
import { readStarterPack, STARTER_PACK_PATH } from '../scaffold/starterPackFile';
import { starterVariants } from '../scaffold/starterVariants';
import { workspaceFileSystem } from '../scaffold/workspaceFileSystem';
import { CancelledError } from '../scaffold/writeProject';
import { workspaceStarterSource } from '../scaffold/workspaceStarter';
import { starterProblem } from '../trust/starterOffer';
import { NotTrustedError } from '../trust/trustGate';
import { requestTrust } from '../trust/workspaceTrust';
import { ROLES_FOLDER } from '../workspaceRoles/roleFiles';
import { readStarterFiles } from '../workspaceRoles/starterFolder';
import { roleIdArgument } from './arguments';
import type { CommandRegistry } from './registry';

export interface ScaffoldArguments {
  roleId?: string;
  /** One of the role's other starters (roles/<role-id>/starters/<variant>/); its first when not given. */
  variant?: string;
  projectName?: string;
  parentUri?: vscode.Uri | string;
}

function parseArguments(arg: unknown): ScaffoldArguments {
  const roleId = roleIdArgument(arg);
  const variant = typeof arg === 'object' && arg !== null && 'variant' in arg ? (arg as ScaffoldArguments).variant : undefined;
  const withVariant = typeof variant === 'string' ? { variant } : {};
  if (typeof arg !== 'object' || arg === null || !('projectName' in arg || 'parentUri' in arg))
    return roleId ? { roleId, ...withVariant } : {};
  const { projectName, parentUri } = arg as ScaffoldArguments;
  return {
    ...(roleId ? { roleId } : {}),
    ...withVariant,
    ...(typeof projectName === 'string' ? { projectName } : {}),
    ...(parentUri instanceof vscode.Uri || typeof parentUri === 'string' ? { parentUri } : {}),
  };
}

function isInsideWorkspace(uri: vscode.Uri): boolean {
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

async function offerToOpen(project: vscode.Uri, roleTitle: string): Promise<void> {
  const inside = isInsideWorkspace(project);
  if (inside) await showReadme(project);
  const open = vscode.l10n.t('Open');
  const openInNewWindow = vscode.l10n.t('Open in New Window');
  const addToWorkspace = vscode.l10n.t('Add to Workspace');
  const choice = await vscode.window.showInformationMessage(
    vscode.l10n.t('Created the {0} starter in {1}.', roleTitle, workspaceFileSystem.display(project)),
    open,
    openInNewWindow,
    ...(inside ? [] : [addToWorkspace]),
  );
  if (choice === open || choice === openInNewWindow) {
    await leaveReadmeMarker(project);
    await vscode.commands.executeCommand('vscode.openFolder', project, { forceNewWindow: choice === openInNewWindow });
  } else if (choice === addToWorkspace) {
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    vscode.workspace.updateWorkspaceFolders(count, 0, { uri: project });
    await showReadme(project);
  }
}

/** What a scaffold needs when nothing is asked: the role (and which of its starters), the project's name, the folder to create it in. */
export interface ScaffoldRequest {
  roleId: string;
  /** One of the role's other starters; its first when undefined. */
  variant?: string | undefined;
  projectName: string;
  parentUri: vscode.Uri;
}

/**
 * Creates a role's starter project in `parentUri/projectName` without prompts, then offers to open it.
 * Resolves with the project's folder; rejects with the reason when it cannot, and nothing is written then.
 * In Restricted Mode a project inside the workspace waits for the user to trust it (NotTrustedError if not).
 */
export type Scaffold = (request: ScaffoldRequest) => Promise<vscode.Uri>;

/** Why a starter cannot be created, said to the user as it is (not logged as a failure). */
class StarterUnavailableError extends Error {
  override name = 'StarterUnavailableError';
}

/** The roles whose starter the wizard offers: every built-in one, and the workspace roles whose starter can be created. */
function rolesWithStarter(index: CatalogIndex): Role[] {
  const ofWorkspace = index.workspaceRoles.roles.filter(({ role }) => starterProblem(index, role.id) === undefined);
  return [...index.catalog.roles, ...ofWorkspace.map(({ role }) => role)];
}

/** Registers backendPaths.scaffold and returns the scaffold it runs, for the exported API. */
export function registerScaffoldCommand(
  commands: CommandRegistry,
  index: CatalogIndex,
  extensionUri: vscode.Uri,
  memento: vscode.Memento,
  /** Told of each project created (a folder renamed into place raises no file events for what is inside it). */
  onCreated: (project: vscode.Uri) => void = () => undefined,
): Scaffold {
  // Read through workspace.fs (as in a remote or the browser) when first needed, then kept; a failed read is retried.
  let pack: Promise<StarterPack> | undefined;
  const templates = (): Promise<StarterPack> =>
    (pack ??= readStarterPack(() => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...STARTER_PACK_PATH))).catch(
      (error: unknown) => {
        pack = undefined;
        throw error;
      },
    ));

  /** The templates of a role's starter: the pack's for a built-in role, its folder's for a workspace role. */
  const starterOf = async (roleId: string): Promise<TemplateSource> => {
    if (index.catalogRole(roleId)) return templates();
    const source = index.sourceOf(roleId);
    const starter = index.workspaceRole(roleId)?.starter;
    if (!source || !starter) throw new Error(starterProblem(index, roleId));
    const displayRoot = `${source.folder}/${ROLES_FOLDER}/${roleFolderName(source.uri)}/starter`;
    return workspaceStarterSource(roleId, await readStarterFiles(source), starter, displayRoot);
  };

  const scaffold: Scaffold = async ({ roleId, variant, projectName, parentUri }) => {
    const role = index.role(roleId);
    if (!role) throw new Error(vscode.l10n.t('there is no role "{0}".', roleId));
    const unavailable = starterProblem(index, roleId);
    if (unavailable) throw new StarterUnavailableError(unavailable);
    const variantTitle =
      variant === undefined || !index.catalogRole(roleId) ? undefined : (await templates()).rules(starterKey(roleId, variant))?.title;
    const starterTitle = variantTitle ? `${role.title} — ${variantTitle}` : role.title;
    if (isInsideWorkspace(parentUri) && !(await requestTrust('scaffold'))) throw new NotTrustedError('scaffold');
    const project = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Creating the {0} starter', starterTitle), cancellable: true },
      async (progress, token) =>
        scaffoldFromTemplate(
          workspaceFileSystem,
          await starterOf(role.id),
          { roleId: role.id, variant, projectName, parent: parentUri },
          {
            isCancelled: () => token.isCancellationRequested,
            onProgress: (written, total) =>
              progress.report({ message: vscode.l10n.t('{0}/{1} files', written, total), increment: 100 / total }),
          },
        ),
    );
    onCreated(project);
    commands.followUp('backendPaths.scaffold', offerToOpen(project, starterTitle));
    return project;
  };

  /** The request from the arguments when they are complete (no prompts), else from the wizard. */
  const requestFrom = async (arg: unknown): Promise<ScaffoldRequest | undefined> => {
    const { roleId, variant, projectName, parentUri } = parseArguments(arg);
    if (roleId !== undefined && projectName !== undefined && parentUri !== undefined) {
      return { roleId, variant, projectName, parentUri: typeof parentUri === 'string' ? vscode.Uri.parse(parentUri) : parentUri };
    }
    const unavailable = roleId === undefined ? undefined : starterProblem(index, roleId);
    if (unavailable) throw new StarterUnavailableError(unavailable);
    const pack = await templates();
    const rules = (id: string) => (index.workspaceRole(id) ? index.workspaceRole(id)?.starter?.rules : pack.rules(id));
    const variants = starterVariants(pack.keys(), pack.rules);
    const answer = await runScaffoldWizard(rolesWithStarter(index), roleId, memento, rules, variants, variant);
    return answer && { roleId: answer.role.id, variant: answer.variant, projectName: answer.projectName, parentUri: answer.parent };
  };

  // Any other failure is reported by the registry (logged with its stack, shown once).
  commands.register('backendPaths.scaffold', async (arg?: unknown) => {
    try {
      const request = await requestFrom(arg);
      return request && (await scaffold(request));
    } catch (error) {
      if (error instanceof NotTrustedError) return undefined; // The user has been told.
      if (error instanceof StarterUnavailableError)
        void vscode.window.showWarningMessage(vscode.l10n.t('Backend Paths: {0}', error.message));
      else if (error instanceof CancelledError)
        void vscode.window.showInformationMessage(vscode.l10n.t('Backend Paths: {0}', error.message));
      else throw error;
      return undefined;
    }
  });
  return scaffold;
}

/** A workspace role's folder name, from its role file's URI (`…/roles/<folder>/role.yaml`). */
function roleFolderName(roleFileUri: string): string {
  const segments = roleFileUri.split('/');
  return segments[segments.length - 2] ?? '';
}
