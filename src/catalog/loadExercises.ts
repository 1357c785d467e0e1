// Reads each role's exercises.yaml (build time), validates it and checks it against the catalog: skills that exist
// (usually the role's own; another role's skill when this starter is where it is practised, e.g. graphql-java in
// the Spring starter), unique exercise ids, test files that exist in the starter. Problems read `file:line:col path: …`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError, formatPath } from './load';
import { parseFile } from './loadRolesDir';
import { exercisesFileSchema, type Exercise } from './exerciseSchema';
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
    const ids = new Map<string, string>();
    const starter = path.join(rolesDir, role.id, 'starter');
    value.exercises.forEach((exercise, e) => {
      const at = (...keys: (string | number)[]) => `${file.where(['exercises', e, ...keys])} ${formatPath(['exercises', e, ...keys])}`;
      const first = ids.get(exercise.id);
      if (first) problems.push(`${at('id')}: duplicate exercise id "${exercise.id}" (first at ${first})`);
      else ids.set(exercise.id, file.where(['exercises', e, 'id']));
      exercise.skills.forEach((id, i) => {
        if (!skills.has(id)) problems.push(`${at('skills', i)}: unknown skill id "${id}" (not a skill of any role)`);
      });
      exercise.check.files.forEach((relative, i) => {
        if (!fs.existsSync(path.join(starter, ...relative.split('/')))) {
          problems.push(`${at('check', 'files', i)}: "${relative}" is not a file of roles/${role.id}/starter`);
        }
      });
    });
    result.set(role.id, value.exercises);
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return result;
}
