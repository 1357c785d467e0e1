// Reads each starter's exercises.yaml (build time: roles/<role-id>/exercises.yaml, or roles/<role-id>/starters/
// <variant>/exercises.yaml for a role's other starters), validates it and checks it (checkExercises.ts) against the catalog:
// skills that exist (usually the role's own; another role's skill when this starter is where it is practised, e.g.
// graphql-java in the Spring starter), unique exercise ids, test files that exist in the starter. Problems read
// `file:line:col path: …`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkExercises } from './checkExercises';
import { CatalogError } from './load';
import { parseFile } from './loadRolesDir';
import { exercisesFileSchema, type Exercise } from './exerciseSchema';
import { formatProblem, type Problem } from './problems';
import type { CatalogRole } from './schema';
import { starterLocation, starterLocations } from './starterDirs';

/** The exercises.yaml of the starter `key` (`python`, `python/django`). */
export function exercisesFile(rolesDir: string, key: string): string {
  return path.join(starterLocation(rolesDir, key).dir, 'exercises.yaml');
}

/**
 * Starter key → the exercises of every starter that has an exercises.yaml; throws CatalogError listing every
 * problem. An exercise id is unique within its role, across the role's starters: a verified check is the role's.
 */
export function loadExercises(rolesDir: string, roles: readonly CatalogRole[]): Map<string, Exercise[]> {
  const problems: string[] = [];
  const result = new Map<string, Exercise[]>();
  const skills = new Set(roles.flatMap((role) => role.skillGroups.flatMap((g) => g.skills.map((s) => s.id))));
  const idsOfRole = new Map<string, Map<string, string>>();
  for (const { key, roleId, dir, display } of starterLocations(rolesDir)) {
    if (!fs.existsSync(path.join(dir, 'exercises.yaml'))) continue;
    const { file, value } = parseFile(rolesDir, path.relative(rolesDir, path.join(dir, 'exercises.yaml')), exercisesFileSchema, problems);
    if (!value) continue;
    const found: Problem[] = [];
    checkExercises(
      { file, value },
      {
        unknownSkill: (id) => (skills.has(id) ? undefined : 'not a skill of any role'),
        hasStarterFile: (relative) => fs.existsSync(path.join(dir, 'starter', ...relative.split('/'))),
        starterName: `${display}/starter`,
      },
      found,
    );
    problems.push(...found.map(formatProblem));
    const ids = idsOfRole.get(roleId) ?? idsOfRole.set(roleId, new Map()).get(roleId)!;
    for (const { id } of value.exercises) {
      const other = ids.get(id);
      if (other && other !== key) problems.push(`${display}/exercises.yaml: exercise id "${id}" is already used by the starter ${other}`);
      else ids.set(id, key);
    }
    result.set(key, value.exercises);
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return result;
}
