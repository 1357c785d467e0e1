// Commands are called from menus (with a tree node), from the palette (with nothing) and from other code and
// extensions (with ids). These read any of them.
import * as vscode from 'vscode';
import type { RoleRow, TreeNode } from '../tree/nodes';

/** Tells the user that a command was given a role id the catalog does not have. */
export function showNoSuchRole(roleId: string | undefined): void {
  void vscode.window.showErrorMessage(vscode.l10n.t('Backend Paths: there is no role "{0}".', roleId ?? ''));
}

function isTreeNode(value: unknown): value is RoleRow {
  return typeof value === 'object' && value !== null && 'kind' in value && 'role' in value;
}

export function roleIdArgument(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isTreeNode(value)) return value.role.id;
  if (typeof value === 'object' && value !== null && typeof (value as { roleId?: unknown }).roleId === 'string') {
    return (value as { roleId: string }).roleId;
  }
  return undefined;
}

/** Skill ids named by a skill node, a group node (all of its skills), a skill id or a list of ids. */
export function skillIdsArgument(value: unknown, skillIdsUnder: (node: TreeNode) => string[]): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (isTreeNode(value) && value.kind !== 'role') return skillIdsUnder(value);
  return [];
}
