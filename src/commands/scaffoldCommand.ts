// backendPaths.scaffold: from the palette, the tree, a role page (wizard), or with every argument (no prompts).
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { RoleId } from '../catalog/schema';
import { leaveReadmeMarker, showReadme } from '../scaffold/readmeMarker';
import { templateFileSegments } from '../scaffold/plan';
import { runScaffoldWizard } from '../scaffold/scaffoldWizard';
import { scaffoldFromTemplate, type TemplateSource } from '../scaffold/scaffoldFromTemplate';
import type { StarterIndex } from '../scaffold/starterIndex';
import { workspaceFileSystem } from '../scaffold/workspaceFileSystem';
import { CancelledError } from '../scaffold/writeProject';
import { roleIdArgument } from './arguments';

export interface ScaffoldArguments {
  roleId?: string;
  projectName?: string;
  parentUri?: vscode.Uri | string;
}

function parseArguments(arg: unknown): ScaffoldArguments {
  const roleId = roleIdArgument(arg);
  if (typeof arg !== 'object' || arg === null || !('projectName' in arg || 'parentUri' in arg)) return roleId ? { roleId } : {};
  const { projectName, parentUri } = arg as ScaffoldArguments;
  return {
    ...(roleId ? { roleId } : {}),
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
  const actions = ['Open', 'Open in New Window', ...(inside ? [] : ['Add to Workspace'])];
  const choice = await vscode.window.showInformationMessage(`Created the ${roleTitle} starter in ${workspaceFileSystem.display(project)}.`, ...actions);
  if (choice === 'Open' || choice === 'Open in New Window') {
    await leaveReadmeMarker(project);
    await vscode.commands.executeCommand('vscode.openFolder', project, { forceNewWindow: choice === 'Open in New Window' });
  } else if (choice === 'Add to Workspace') {
    const count = vscode.workspace.workspaceFolders?.length ?? 0;
    vscode.workspace.updateWorkspaceFolders(count, 0, { uri: project });
    await showReadme(project);
  }
}

export function registerScaffoldCommand(
  index: CatalogIndex,
  starters: StarterIndex,
  extensionUri: vscode.Uri,
  memento: vscode.Memento,
): vscode.Disposable {
  const templates: TemplateSource = {
    entries: (roleId) => starters[roleId],
    read: (roleId, entry) => vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...templateFileSegments(roleId, entry))),
  };

  return vscode.commands.registerCommand('backendPaths.scaffold', async (arg?: unknown) => {
    const args = parseArguments(arg);
    const unattended = args.roleId !== undefined && args.projectName !== undefined && args.parentUri !== undefined;
    let request;
    if (unattended) {
      request = {
        roleId: args.roleId as string,
        projectName: args.projectName as string,
        parent: typeof args.parentUri === 'string' ? vscode.Uri.parse(args.parentUri) : (args.parentUri as vscode.Uri),
      };
    } else {
      const answer = await runScaffoldWizard(index.roles, args.roleId, memento);
      if (!answer) return undefined;
      request = { roleId: answer.role.id, projectName: answer.projectName, parent: answer.parent };
    }
    const role = index.role(request.roleId);
    if (!role) {
      const message = `Backend Paths: there is no role "${request.roleId}".`;
      if (unattended) throw new Error(message);
      void vscode.window.showErrorMessage(message);
      return undefined;
    }
    try {
      const project = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: `Creating the ${role.title} starter`, cancellable: true },
        (progress, token) =>
          scaffoldFromTemplate(workspaceFileSystem, templates, { ...request, roleId: role.id as RoleId }, {
            isCancelled: () => token.isCancellationRequested,
            onProgress: (written, total) => progress.report({ message: `${written}/${total} files`, increment: 100 / total }),
          }),
      );
      void offerToOpen(project, role.title);
      return project;
    } catch (error) {
      if (unattended) throw error;
      if (error instanceof CancelledError) void vscode.window.showInformationMessage(`Backend Paths: ${error.message}`);
      else void vscode.window.showErrorMessage(`Backend Paths: ${(error as Error).message}`);
      return undefined;
    }
  });
}
