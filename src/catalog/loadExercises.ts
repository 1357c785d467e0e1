// Reads each role's exercises.yaml (build time), validates it and checks it (checkExercises.ts) against the catalog:
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
import type { CatalogRole, RoleId } from './schema';

export function exercisesFile(rolesDir: string, roleId: RoleId): string {
  return path.join(rolesDir, roleId, 'exercises.yaml');
}

/** The exercises of every role that has an exercises.yaml; throws CatalogError listing every problem. */
export function loadExercises(rolesDir: string, roles: readonly CatalogRole[]): Map<RoleId, Exercise[]> {
  const problems: string[] = [];
  const result = new Map<RoleId, Exercise[]>();
  const skills = new Set(roles.flatMap((role) => role.skillGroups.flatMap((g) => g.skills.map((s) => s.id))));
  for (const role of roles) {
    if (!fs.existsSync(exercisesFile(rolesDir, role.id))) continue;
    const { file, value } = parseFile(rolesDir, path.join(role.id, 'exercises.yaml'), exercisesFileSchema, problems);
    if (!value) continue;
    const found: Problem[] = [];
    checkExercises(
      { file, value },
      {
        unknownSkill: (id) => (skills.has(id) ? undefined : 'not a skill of any role'),
        hasStarterFile: (relative) => fs.existsSync(path.join(rolesDir, role.id, 'starter', ...relative.split('/'))),
        starterName: `roles/${role.id}/starter`,
      },
      found,
    );
    problems.push(...found.map(formatProblem));
    result.set(role.id, value.exercises);
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return result;
}
