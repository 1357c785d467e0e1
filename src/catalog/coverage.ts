// Build time: which skills an exercise practises (its check passing verifies them), per role, against a floor kept
// in roles/practised.yaml so a skill that had a checkable exercise can never quietly lose it.
import * as z from 'zod';
import type { Exercise } from './exerciseSchema';
import { CatalogError, formatPath } from './load';
import { parseFile } from './loadRolesDir';
import { followRenames } from './renames';
import type { Catalog, CatalogRole, RoleId } from './schema';

export const PRACTISED_FILE = 'practised.yaml';

export const practisedFloorSchema = z.strictObject({ practised: z.array(z.string().min(1)) });

export interface RoleCoverage {
  roleId: RoleId;
  practised: number;
  total: number;
}

export interface Coverage {
  byRole: RoleCoverage[];
  /** Every skill an exercise practises today. */
  practised: string[];
  /** Whether some of them are not in roles/practised.yaml yet. */
  floorGrew: boolean;
}

/** Every skill id named by an exercise of any starter, keyed by starter (an exercise may practise another role's skill). */
export function practisedSkills(exercises: ReadonlyMap<string, readonly Exercise[]>): Set<string> {
  return new Set([...exercises.values()].flat().flatMap((exercise) => exercise.skills));
}

export function coverageByRole(roles: readonly CatalogRole[], practised: ReadonlySet<string>): RoleCoverage[] {
  return roles.map((role) => {
    const ids = role.skillGroups.flatMap((group) => group.skills.map((skill) => skill.id));
    return { roleId: role.id, practised: ids.filter((id) => practised.has(id)).length, total: ids.length };
  });
}

/** One line for the build's output: `nodejs 12/14 · python 8/17 · … · all 20/141`. */
export function formatCoverage(rows: readonly RoleCoverage[]): string {
  const sum = (key: 'practised' | 'total') => rows.reduce((n, row) => n + row[key], 0);
  return [...rows.map((row) => `${row.roleId} ${row.practised}/${row.total}`), `all ${sum('practised')}/${sum('total')}`].join(' · ');
}

/** The floor's skills (followed through renames) that no exercise practises any more. */
export function lostSkills(floor: readonly string[], practised: ReadonlySet<string>, renamed: Readonly<Record<string, string>>): string[] {
  return floor.filter((id) => !practised.has(followRenames(renamed, id).id));
}

/** roles/practised.yaml with these ids, sorted (`node scripts/build.mjs --check --record` writes it). */
export function practisedFloorYaml(ids: Iterable<string>): string {
  return [
    '# Skills that have a checkable exercise (written by `node scripts/build.mjs --check --record`; a unit test fails',
    '# until it is up to date). The build fails when one of them loses its last exercise: practise it elsewhere first.',
    'practised:',
    ...[...new Set(ids)].sort().map((id) => `  - ${id}`),
    '',
  ].join('\n');
}

/** Fails when a skill of roles/practised.yaml lost its last exercise; says whether new ones wait to be recorded. */
export function checkCoverage(rolesDir: string, catalog: Catalog, exercises: ReadonlyMap<string, Exercise[]>): Coverage {
  const practised = practisedSkills(exercises);
  const problems: string[] = [];
  const { file, value } = parseFile(rolesDir, PRACTISED_FILE, practisedFloorSchema, problems);
  const floor = value?.practised ?? [];
  for (const id of lostSkills(floor, practised, catalog.renamed)) {
    const keys = ['practised', floor.indexOf(id)];
    problems.push(
      `${file.where(keys)} ${formatPath(keys)}: skill "${id}" had a checkable exercise and has none now; name it in another first`,
    );
  }
  if (problems.length > 0) throw new CatalogError(problems);
  return {
    byRole: coverageByRole(catalog.roles, practised),
    practised: [...practised],
    floorGrew: [...practised].some((id) => !floor.includes(id)),
  };
}
