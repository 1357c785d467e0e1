// Where workspace roles live and what their ids may be: light enough for activation (the chunk is not needed to
// watch the folder or to ask for a new role's id).
import * as l10n from '@vscode/l10n';
import { isCatalogRoleId, KEBAB_ID } from '../catalog/ids';

/** Under a workspace folder: `<id>/role.yaml` per role, and an optional renamed.yaml. */
export const ROLES_FOLDER = '.backend-paths/roles';

/** A role folder's file names, in the order they are looked for: YAML, or JSON for those who prefer it. */
export const ROLE_FILE_NAMES = ['role.yaml', 'role.json'] as const;

/** A role folder's starter template, and the files beside it that describe the starter (as for built-in roles). */
export const STARTER_FOLDER = 'starter';
export const EXERCISES_FILE_NAME = 'exercises.yaml';
export const STARTER_RULES_FILE_NAME = 'starter.yaml';

/** Why `id` cannot name a new workspace role; undefined when it can. */
export function roleIdProblem(id: string): string | undefined {
  if (!KEBAB_ID.test(id)) return l10n.t('Use lower-case letters and digits joined by single dashes, e.g. "team-node".');
  if (isCatalogRoleId(id)) return l10n.t('"{0}" is a built-in role\'s id; choose another.', id);
  return undefined;
}
