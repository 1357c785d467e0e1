// Build-time: everything the extension and the CLI bundle from roles/ — the validated catalog and the index of
// starter templates — and the starter files generated from the data (each README's exercises, the exercise
// manifest), which scripts/build.mjs writes to dist/starters/<role-id>/. The bundles get `catalog`, `starters` and
// `starterRules` as the module 'backend-paths:content'.
export { formatCoverage, PRACTISED_FILE, practisedFloorYaml } from './catalog/coverage';
import { checkCoverage, type Coverage } from './catalog/coverage';
import type { Exercise } from './catalog/exerciseSchema';
import { loadCatalog } from './catalog/load';
import { loadExercises } from './catalog/loadExercises';
import { loadStarterRules, type StarterRulesIndex } from './catalog/loadStarterRules';
import { workspaceRoleSchema, type Catalog, type RoleId } from './catalog/schema';
import { MANIFEST_PATH, manifestJson } from './exercises/manifest';
import { withExercises } from './exercises/readmeSection';
import { indexStarters, starterDir, type GeneratedFiles, type StarterIndex } from './scaffold/starterIndex';
import * as fs from 'node:fs';
import { z } from 'zod';
import * as path from 'node:path';

export interface Content {
  catalog: Catalog;
  starters: StarterIndex;
  /** Role id → the names its starter cannot take (roles/<role-id>/starter.yaml). */
  starterRules: StarterRulesIndex;
  /** Role id → template path → text, for dist/starters/<role-id>/<path>; not bundled. */
  generated: GeneratedFiles;
  coverage: Coverage;
}

function generatedFiles(rolesDir: string, exercises: ReadonlyMap<RoleId, Exercise[]>): GeneratedFiles {
  const generated: GeneratedFiles = new Map();
  for (const [roleId, list] of exercises) {
    const readmePath = path.join(starterDir(rolesDir, roleId), 'README.md');
    const readme = withExercises(fs.readFileSync(readmePath, 'utf8'), list, `roles/${roleId}/starter/README.md`);
    generated.set(
      roleId,
      new Map([
        ['README.md', readme],
        [MANIFEST_PATH, manifestJson(roleId, list)],
      ]),
    );
  }
  return generated;
}

/**
 * The JSON Schema of a workspace role's role.yaml, generated from the zod schema (what a file may hold, so the
 * defaults' fields are optional): the Red Hat YAML extension completes and checks role files with it.
 */
export function roleJsonSchema(): object {
  return {
    ...z.toJSONSchema(workspaceRoleSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Backend Paths role (.backend-paths/roles/<id>/role.yaml)',
  };
}

export function buildContent(rolesDir: string): Content {
  const base = loadCatalog(rolesDir);
  const exercises = loadExercises(rolesDir, base.roles);
  const coverage = checkCoverage(rolesDir, base, exercises);
  const summaries: Catalog['exercises'] = {};
  for (const [roleId, list] of exercises) summaries[roleId] = list.map(({ id, title, skills }) => ({ id, title, skills }));
  const generated = generatedFiles(rolesDir, exercises);
  return {
    catalog: { ...base, exercises: summaries },
    starters: indexStarters(rolesDir, generated),
    starterRules: loadStarterRules(rolesDir),
    generated,
    coverage,
  };
}
