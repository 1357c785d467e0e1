// "Create Starter Project…": role (built-in, or a workspace role with a starter) → project name → parent folder →
// confirm, with Back, and defaults that let a user press Enter all the way through. A role with more than one
// starter is listed once per starter ("Python Backend Developer — Django"), so the steps stay the same.
import * as vscode from 'vscode';
import type { Role } from '../catalog/schema';
import { starterKey } from '../catalog/starterKeys';
import type { StarterRules } from '../catalog/starterSchema';
import { MultiStepInput, type Step } from './multiStepInput';
import { projectNameProblem } from './projectName';
import type { StarterVariant } from './starterVariants';
import { workspaceFileSystem } from './workspaceFileSystem';

const LAST_PARENT_KEY = 'backendPaths.lastScaffoldParent';

export interface WizardResult {
  role: Role;
  /** Which of the role's other starters; its first when undefined. */
  variant: string | undefined;
  projectName: string;
  parent: vscode.Uri;
}

interface RolePick extends vscode.QuickPickItem {
  role: Role;
  variant: StarterVariant | undefined;
}

/** One item per starter: the role's first as the role, each other one after it, named by its title. */
function roleItems(roles: readonly Role[], variants: ReadonlyMap<string, readonly StarterVariant[]>): RolePick[] {
  return roles.flatMap((role) => [
    { label: `$(${role.icon}) ${role.title}`, description: role.stack.slice(0, 3).join(', '), role, variant: undefined },
    ...(variants.get(role.id) ?? []).map((variant) => ({
      label: `$(${role.icon}) ${role.title} — ${variant.title}`,
      ...(variant.description ? { description: variant.description } : {}),
      role,
      variant,
    })),
  ]);
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
  /** The names a starter cannot take, by starter key. */
  rules: (key: string) => StarterRules | undefined,
  /** Role id → its other starters, each offered as an item of its own. */
  variants: ReadonlyMap<string, readonly StarterVariant[]> = new Map(),
  preselectedVariant?: string,
): Promise<WizardResult | undefined> {
  const title = vscode.l10n.t('Backend Paths: Create Starter Project');
  const remembered = memento.get<string>(LAST_PARENT_KEY);
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri);
  const rememberedUri = remembered ? vscode.Uri.parse(remembered) : undefined;
  const items = roleItems(roles, variants);
  const preselected = items.find((i) => i.role.id === preselectedRoleId && i.variant?.variant === preselectedVariant);
  const state: { role?: Role; variant?: StarterVariant | undefined; projectName?: string; parent?: vscode.Uri } = {
    role: preselected?.role,
    variant: preselected?.variant,
    parent: rememberedUri ?? folders[0],
  };

  const pickRole: Step = async (input) => {
    const picked = await input.pick({
      title,
      placeholder: vscode.l10n.t('Which role’s starter project?'),
      items,
      active: items.find((i) => i.role === state.role && i.variant === state.variant),
    });
    state.role = picked.role;
    state.variant = picked.variant;
    return nameProject;
  };

  const nameProject: Step = async (input) => {
    const role = state.role as Role;
    const variant = state.variant?.variant;
    state.projectName = await input.text({
      title,
      prompt: vscode.l10n.t('Project folder name: lower-case letters, digits and dashes'),
      value: state.projectName ?? (await freeName(state.parent, `${[role.id, variant].filter(Boolean).join('-')}-practice`)),
      validate: async (value) =>
        projectNameProblem(value, rules(starterKey(role.id, variant))) ??
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
    const starterTitle = state.variant ? `${role.title} — ${state.variant.title}` : role.title;
    const target = vscode.Uri.joinPath(state.parent as vscode.Uri, state.projectName as string);
    await input.pick({
      title,
      placeholder: vscode.l10n.t('Press Enter to create the project'),
      items: [
        {
          label: `$(check) ${vscode.l10n.t('Create {0}', state.projectName ?? '')}`,
          detail: vscode.l10n.t('{0} starter in {1}', starterTitle, workspaceFileSystem.display(target)),
        },
      ],
    });
  };

  const completed = await MultiStepInput.run(pickRole, 4);
  if (!completed || !state.role || !state.projectName || !state.parent) return undefined;
  await memento.update(LAST_PARENT_KEY, state.parent.toString());
  return { role: state.role, variant: state.variant?.variant, projectName: state.projectName, parent: state.parent };
}
