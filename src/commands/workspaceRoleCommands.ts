// Fork Role into Workspace… and New Role…: write a role.yaml under a workspace folder's .backend-paths/roles/<id>/
// (a fork of a built-in role with every id new, or a small valid skeleton), open it, and load it at once.
// Nothing is overwritten: a role folder that exists already stops the command before anything is written.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { CatalogRole } from '../catalog/schema';
import { ROLES_FOLDER, roleIdProblem } from '../workspaceRoles/roleFiles';
import { workspaceRolesChunk, type WorkspaceRoles } from '../workspaceRoles/workspaceRoles';
import { roleIdArgument } from './arguments';
import type { CommandRegistry } from './registry';

/** What the commands take from code (all optional; what is missing is asked for). */
interface RoleRequest {
  id?: string;
  title?: string;
}

function requestOf(arg: unknown): RoleRequest {
  if (typeof arg !== 'object' || arg === null) return {};
  const { id, title } = arg as { id?: unknown; title?: unknown };
  return { ...(typeof id === 'string' ? { id } : {}), ...(typeof title === 'string' ? { title } : {}) };
}

export function registerWorkspaceRoleCommands(commands: CommandRegistry, index: CatalogIndex, workspaceRoles: WorkspaceRoles): void {
  const write = async (
    id: string,
    text: (chunk: Awaited<ReturnType<typeof workspaceRolesChunk>>) => string,
  ): Promise<vscode.Uri | undefined> => {
    const folder = await pickFolder();
    if (!folder) return undefined;
    const dir = vscode.Uri.joinPath(folder.uri, ...ROLES_FOLDER.split('/'), id);
    if (await exists(dir))
      throw new Error(vscode.l10n.t('{0} exists already; nothing was written. Choose another id.', vscode.workspace.asRelativePath(dir)));
    const file = vscode.Uri.joinPath(dir, 'role.yaml');
    await vscode.workspace.fs.createDirectory(dir);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text(await workspaceRolesChunk())));
    await workspaceRoles.reload();
    await vscode.window.showTextDocument(file, { preview: false });
    return file;
  };

  commands.register('backendPaths.forkRole', async (arg?: unknown) => {
    const role = await pickCatalogRole(index, roleIdArgument(arg));
    if (!role) return undefined;
    const request = requestOf(arg);
    const id = request.id ?? (await askId(vscode.l10n.t("Fork {0}: the new role's id", role.title), `my-${role.id}`));
    if (id === undefined) return undefined;
    const problem = roleIdProblem(id);
    if (problem) throw new Error(problem);
    const title = request.title ?? (await askTitle(`${role.title} (${id})`));
    if (title === undefined) return undefined;
    return write(id, (chunk) => chunk.forkRoleYaml(role, id, title));
  });

  commands.register('backendPaths.newRole', async (arg?: unknown) => {
    const request = requestOf(arg);
    const id = request.id ?? (await askId(vscode.l10n.t("The new role's id"), 'team-path'));
    if (id === undefined) return undefined;
    const problem = roleIdProblem(id);
    if (problem) throw new Error(problem);
    const title = request.title ?? (await askTitle(vscode.l10n.t('Team Path')));
    if (title === undefined) return undefined;
    return write(id, (chunk) => chunk.newRoleYaml(id, title));
  });
}

async function pickCatalogRole(index: CatalogIndex, roleId: string | undefined): Promise<CatalogRole | undefined> {
  if (roleId !== undefined) {
    const role = index.catalogRole(roleId);
    if (!role) throw new Error(vscode.l10n.t('"{0}" is not a built-in role; only those can be forked.', roleId));
    return role;
  }
  const picked = await vscode.window.showQuickPick(
    index.catalog.roles.map((role) => ({ label: `$(${role.icon}) ${role.title}`, description: role.id, role })),
    { title: vscode.l10n.t('Fork Role into Workspace'), placeHolder: vscode.l10n.t('Which role to start from?') },
  );
  return picked?.role;
}

function askId(prompt: string, value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({ title: 'Backend Paths', prompt, value, validateInput: roleIdProblem });
}

function askTitle(value: string): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Backend Paths',
    prompt: vscode.l10n.t("The role's title"),
    value,
    validateInput: (text) => (text.trim() ? undefined : vscode.l10n.t('A role needs a title.')),
  });
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) throw new Error(vscode.l10n.t('open a folder first: workspace roles live in its .backend-paths/roles/.'));
  return folders.length === 1
    ? folders[0]
    : vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder gets the role?') });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}
