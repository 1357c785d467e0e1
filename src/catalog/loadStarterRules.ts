// Reads roles/<role-id>/starter.yaml for every role that has a starter (build time): each starter must say which
// names it cannot take, even if none. Problems read `file:line:col path: …`, as for role.yaml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError } from './load';
import { parseFile } from './loadRolesDir';
import { ROLE_IDS, type RoleId } from './schema';
import { starterRulesSchema, type StarterRules } from './starterSchema';

export type StarterRulesIndex = Partial<Record<RoleId, StarterRules>>;

/** The rules of every starter; throws CatalogError listing every problem. */
export function loadStarterRules(rolesDir: string): StarterRulesIndex {
  const problems: string[] = [];
  const index: StarterRulesIndex = {};
  for (const roleId of ROLE_IDS) {
    const hasStarter = fs.existsSync(path.join(rolesDir, roleId, 'starter'));
    const relative = path.join(roleId, 'starter.yaml');
    if (!fs.existsSync(path.join(rolesDir, relative))) {
      if (hasStarter)
        problems.push(`roles/${roleId}/starter.yaml: missing (every starter lists the names it cannot take; see roles/README.md)`);
      continue;
    }
    if (!hasStarter) problems.push(`roles/${roleId}/starter.yaml: there is no roles/${roleId}/starter/ for it to describe`);
    const { value } = parseFile(rolesDir, relative, starterRulesSchema, problems);
    if (value) index[roleId] = value;
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return index;
}
