// In Restricted Mode a workspace role is shown read-only: its file comes from a folder not trusted yet, so none of
// its skills is ticked, marked or noted (which would write the folder's ids into state that Settings Sync
// carries to every machine) until the folder is trusted. Built-in roles stay as writable as ever.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { readOnlyNotice } from './trustGate';

/** Whether the role of `roleId` is read-only now. */
export function isReadOnlyRole(index: Pick<CatalogIndex, 'sourceOf'>, roleId: string): boolean {
  return !vscode.workspace.isTrusted && index.sourceOf(roleId) !== undefined;
}

/** The ids of `skillIds` that may be changed now; any read-only one is left out and the learner told once. */
export function writableSkills(index: CatalogIndex, skillIds: readonly string[]): string[] {
  const writable = skillIds.filter((id) => {
    const roleId = index.skill(id)?.role.id;
    return roleId === undefined || !isReadOnlyRole(index, roleId);
  });
  if (writable.length < skillIds.length) void vscode.window.showInformationMessage(vscode.l10n.t('Backend Paths: {0}', readOnlyNotice()));
  return writable;
}
