// "Create Starter Project…": role (built-in, or a workspace role with a starter) → project name → parent folder →
// confirm, with Back, and defaults that let a user press Enter all the way through.
import * as vscode from 'vscode';
import type { Role } from '../catalog/schema';
import type { StarterRules } from '../catalog/starterSchema';
import { MultiStepInput, type Step } from './multiStepInput';
import { projectNameProblem } from './projectName';
import { workspaceFileSystem } from './workspaceFileSystem';

const LAST_PARENT_KEY = 'backendPaths.lastScaffoldParent';

export interface WizardResult {
  role: Role;
  projectName: string;
  parent: vscode.Uri;
}

interface RolePick extends vscode.QuickPickItem {
  role: Role;
}

interface FolderPick extends vscode.QuickPickItem {
  uri?: vscode.Uri;
}

async function taken(parent: vscode.Uri | undefined, name: string): Promise<boolean> {
  return parent !== undefined && (await workspaceFileSystem.exists(vscode.Uri.joinPath(parent, name)));
}

async function freeName(parent: vscode.Uri | undefined, base: string): Promise<string> {
  let name = base;
  for (let n = 2; await taken(parent, name); n++) name = `${base}-${n}`;
  return name;
}

export async function runScaffoldWizard(
  roles: readonly Role[],
  preselectedRoleId: string | undefined,
  memento: vscode.Memento,
  rules: (roleId: string) => StarterRules | undefined,
): Promise<WizardResult | undefined> {
  const title = vscode.l10n.t('Backend Paths: Create Starter Project');
  const remembered = memento.get<string>(LAST_PARENT_KEY);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  const rememberedUri = remembered ? vscode.Uri.parse(remembered) : undefined;
  const state: { role?: Role; projectName?: string; parent?: vscode.Uri } = {
    role: roles.find((r) => r.id === preselectedRoleId),
    parent: rememberedUri ?? folders[0],
  };

  const pickRole: Step = async (input) => {
    const items: RolePick[] = roles.map((role) => ({
      label: `$(${role.icon}) ${role.title}`,
      description: role.stack.slice(0, 3).join(', '),
      role,
    }));
    const picked = await input.pick({
      title,
      placeholder: vscode.l10n.t('Which role’s starter project?'),
      items,
      active: items.find((i) => i.role === state.role),
    });
    state.role = picked.role;
    return nameProject;
  };

  const nameProject: Step = async (input) => {
    const role = state.role as Role;
    state.projectName = await input.text({
      title,
      prompt: vscode.l10n.t('Project folder name: lower-case letters, digits and dashes'),
      value: state.projectName ?? (await freeName(state.parent, `${role.id}-practice`)),
      validate: async (value) =>
        projectNameProblem(value, rules(role.id)) ??
        ((await taken(state.parent, value))
          ? vscode.l10n.t('A folder "{0}" already exists there; choose another name.', value)
          : undefined),
    });
    return chooseParent;
  };

  const chooseParent: Step = async (input) => {
    const candidates = [...(state.parent ? [state.parent] : []), ...folders, ...(rememberedUri ? [rememberedUri] : [])];
    const unique = candidates.filter((uri, i) => candidates.findIndex((c) => c.toString() === uri.toString()) === i);
    const items: FolderPick[] = [
      ...unique.map((uri) => ({
        label: `$(folder) ${uri.path.split('/').pop() || uri.path}`,
        description: workspaceFileSystem.display(uri),
        uri,
      })),
      { label: `$(folder-opened) ${vscode.l10n.t('Choose a folder…')}` },
    ];
    const picked = await input.pick({ title, placeholder: vscode.l10n.t('Where to create "{0}"?', state.projectName ?? ''), items });
    let parent = picked.uri;
    if (!parent) {
      const chosen = await vscode.window.showOpenDialog({
        canSelectFiles: false,
        canSelectFolders: true,
        canSelectMany: false,
        openLabel: vscode.l10n.t('Create Here'),
        title,
        ...(state.parent ? { defaultUri: state.parent } : {}),
      });
      if (!chosen?.[0]) return chooseParent;
      parent = chosen[0];
    }
    state.parent = parent;
    if (await taken(parent, state.projectName as string)) {
      void vscode.window.showWarningMessage(
        vscode.l10n.t('"{0}" already exists in {1}. Choose another name.', state.projectName ?? '', workspaceFileSystem.display(parent)),
      );
      return nameProject;
    }
    return confirm;
  };

  const confirm: Step = async (input) => {
    const role = state.role as Role;
    const target = vscode.Uri.joinPath(state.parent as vscode.Uri, state.projectName as string);
    await input.pick({
      title,
      placeholder: vscode.l10n.t('Press Enter to create the project'),
      items: [
        {
          label: `$(check) ${vscode.l10n.t('Create {0}', state.projectName ?? '')}`,
          detail: vscode.l10n.t('{0} starter in {1}', role.title, workspaceFileSystem.display(target)),
        },
      ],
    });
  };

  const completed = await MultiStepInput.run(pickRole, 4);
  if (!completed || !state.role || !state.projectName || !state.parent) return undefined;
  await memento.update(LAST_PARENT_KEY, state.parent.toString());
  return { role: state.role, projectName: state.projectName, parent: state.parent };
}
