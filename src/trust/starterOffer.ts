// Whether a role's starter project can be created now. A built-in role's always can; a workspace role's needs a
// starter/ folder, a trusted folder (its files come from it) and no problems in its exercises.yaml or starter.yaml.
// The wizard, the tree's menu and the role page's button all ask this, so they never disagree.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { isReadOnlyRole } from './readOnlyRoles';
import { untrustedStarterNotice } from './trustGate';

/** Why the starter of `roleId` cannot be created now; undefined when it can. */
export function starterProblem(index: Pick<CatalogIndex, 'sourceOf' | 'workspaceRole'>, roleId: string): string | undefined {
  if (index.sourceOf(roleId) === undefined) return undefined;
  const workspaceRole = index.workspaceRole(roleId);
  if (!workspaceRole?.starter) return vscode.l10n.t('the role "{0}" has no starter project.', roleId);
  if (isReadOnlyRole(index, roleId)) return untrustedStarterNotice(workspaceRole.role.title);
  const { brokenFiles } = workspaceRole.starter;
  if (brokenFiles.length > 0) {
    return vscode.l10n.t(
      'the starter of "{0}" cannot be created until the problems in {1} are fixed (see the Problems panel).',
      workspaceRole.role.title,
      brokenFiles.join(', '),
    );
  }
  return undefined;
}
