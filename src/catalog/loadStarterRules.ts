// Reads the starter.yaml of every starter (build time: roles/<role-id>/starter.yaml, or roles/<role-id>/starters/
// <variant>/starter.yaml for a role's other starters): each starter must say which names it cannot take, even if
// none. Problems read `file:line:col path: …`, as for role.yaml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError } from './load';
import { parseFile } from './loadRolesDir';
import { starterLocations } from './starterDirs';
import { starterRulesSchema, type StarterRules } from './starterSchema';

/** Starter key (`python`, `python/django`) → its rules. */
export type StarterRulesIndex = Partial<Record<string, StarterRules>>;

/** The rules of every starter; throws CatalogError listing every problem. */
export function loadStarterRules(rolesDir: string): StarterRulesIndex {
  const problems: string[] = [];
  const index: StarterRulesIndex = Object.create(null) as StarterRulesIndex;
  for (const { key, roleId, dir, display } of starterLocations(rolesDir)) {
    const hasStarter = fs.existsSync(path.join(dir, 'starter'));
    const relative = path.relative(rolesDir, path.join(dir, 'starter.yaml'));
    if (!fs.existsSync(path.join(rolesDir, relative))) {
      if (hasStarter) problems.push(`${display}/starter.yaml: missing (every starter lists the names it cannot take; see roles/README.md)`);
      continue;
    }
    if (!hasStarter) problems.push(`${display}/starter.yaml: there is no ${display}/starter/ for it to describe`);
    const { value } = parseFile(rolesDir, relative, starterRulesSchema, problems);
    if (value && key !== roleId && !value.title)
      problems.push(`${display}/starter.yaml: title: a role's second starter needs a title, which the wizard shows (e.g. "Django")`);
    if (value) index[key] = value;
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return index;
}
