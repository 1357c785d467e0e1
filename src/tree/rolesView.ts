// The roles tree view: ticking checkboxes, revealing roles and skills (only once the workbench holds the roots),
// remembering the role in focus, and the empty view's "could not load its roles" text after a failed activation.
import * as vscode from 'vscode';
import type { SkillGroup } from '../catalog/schema';
import type { ProgressStore } from '../progress/progressStore';
import { isReadOnlyRole } from '../trust/readOnlyRoles';
import { skillIdsUnder, type TreeNode, type TreeNodes } from './nodes';
import { RolesTreeProvider } from './rolesTreeProvider';

export const ROLES_VIEW_ID = 'backendPaths.roles';
/** True once the Roles view has shown its roots (set by the round trip that waits for them). */
const ROLES_SHOWN_CONTEXT = 'backendPaths.rolesShown';
/** True when activation failed: the view's "could not load its roles" welcome text (package.json) shows only then. */
const LOAD_FAILED_CONTEXT = 'backendPaths.loadFailed';

/** For a failed activation: the empty Roles view then says that it could not load its roles. Rethrows `error`. */
export async function showLoadFailure(error: unknown): Promise<never> {
  await vscode.commands.executeCommand('setContext', LOAD_FAILED_CONTEXT, true);
  throw error;
}

export class RolesView implements vscode.Disposable {
  readonly provider: RolesTreeProvider;
  readonly view: vscode.TreeView<TreeNode>;
  private readonly focusedRole = new vscode.EventEmitter<string>();
  /** Fires with a role id when the user selects something in that role. */
  readonly onDidFocusRole = this.focusedRole.event;
  private readonly disposables: vscode.Disposable[] = [];
  private rootsShown: Promise<void> | undefined;

  constructor(
    private readonly nodes: TreeNodes,
    private readonly store: ProgressStore,
    preferences: vscode.Memento,
  ) {
    this.provider = new RolesTreeProvider(nodes, store, preferences);
    this.view = vscode.window.createTreeView(ROLES_VIEW_ID, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      canSelectMany: false,
      // A group's box ticks or unticks all of its skills; we decide that ourselves rather than let VS Code
      // derive parents from children.
      manageCheckboxStateManually: true,
    });
    this.disposables.push(
      this.view,
      this.focusedRole,
      this.view.onDidChangeCheckboxState((event) => this.applyCheckboxes(event.items)),
      this.view.onDidChangeSelection((event) => {
        const node = event.selection[0];
        if (node && 'role' in node) this.focusedRole.fire(node.role.id);
      }),
      store.onDidChange(() => this.provider.refresh()),
      nodes.onDidChange(() => this.provider.refresh()),
      // A workspace role's rows get their checkboxes once the folder is trusted.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.provider.refresh()),
    );
    void vscode.commands.executeCommand('setContext', 'backendPaths.completedHidden', this.provider.completedHidden);
  }

  /** What a tick or untick in the tree does: a skill becomes done or not started; a group, all of its skills. */
  async applyCheckboxes(items: ReadonlyArray<readonly [TreeNode, vscode.TreeItemCheckboxState]>): Promise<void> {
    const toDone: string[] = [];
    const toNotStarted: string[] = [];
    for (const [node, state] of items) {
      if ('role' in node && isReadOnlyRole(this.nodes, node.role.id)) continue;
      (state === vscode.TreeItemCheckboxState.Checked ? toDone : toNotStarted).push(...skillIdsUnder(node));
    }
    await this.store.setState(toDone, 'done');
    await this.store.setState(toNotStarted, 'not-started');
  }

  /** Shows a skill in the tree: expands its role and group, selects it. Shows completed skills again if needed. */
  async revealSkill(skillId: string): Promise<boolean> {
    const node = this.nodes.skill(skillId);
    if (!node) return false;
    if (!this.provider.isVisible(node)) await this.provider.setHideCompleted(false);
    await this.reveal(node, { select: true, focus: true, expand: true });
    return true;
  }

  /** Shows a role with the given groups expanded, selecting `focus` (a skill id) or the role. */
  async revealRole(roleId: string, expand: readonly SkillGroup[], focusSkillId?: string): Promise<void> {
    const role = this.nodes.role(roleId);
    if (!role) return;
    await this.reveal(role, { select: focusSkillId === undefined, focus: false, expand: true });
    for (const group of role.groups.filter((g) => expand.includes(g.group))) {
      if (this.provider.getChildren(role).includes(group)) await this.reveal(group, { select: false, focus: false, expand: true });
    }
    if (focusSkillId) await this.revealSkill(focusSkillId);
  }

  /** Every reveal goes through here, so that none runs before the workbench's tree holds the roots. */
  private async reveal(node: TreeNode, options: { select: boolean; focus: boolean; expand: boolean }): Promise<void> {
    await this.whenRootsShown();
    await this.view.reveal(node, options);
  }

  /**
   * Resolves once the workbench's tree holds the roots. Until the view is first shown that tree has no nodes,
   * and a reveal fails with "Data tree node not found" (also while the roots are on their way). So: show the
   * view, wait until VS Code asks for the roots, then make one round trip to the workbench, which answers it
   * only after taking in the roots that were sent before it.
   */
  private whenRootsShown(): Promise<void> {
    this.rootsShown ??= (async () => {
      if (!this.view.visible) await vscode.commands.executeCommand(`${ROLES_VIEW_ID}.focus`);
      await this.provider.rootsRequested;
      await vscode.commands.executeCommand('setContext', ROLES_SHOWN_CONTEXT, true);
    })();
    return this.rootsShown;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
