// Build-time: everything the extension and the CLI get from roles/, as scripts/build.mjs writes it to dist/: the
// validated catalog (dist/catalog.json, read at activation) and the starter pack (dist/starters.pack, read when
// scaffolding): every starter's template files, the files generated from the data (each README's exercises, the
// exercise manifest) and the names it cannot take.
export { formatCoverage, PRACTISED_FILE, practisedFloorYaml } from './catalog/coverage';
export { translationCoverage } from './catalog/translate';
import { checkCoverage, type Coverage } from './catalog/coverage';
import type { Exercise } from './catalog/exerciseSchema';
import { loadCatalog } from './catalog/loadRolesDir';
import { loadExercises } from './catalog/loadExercises';
import { loadStarterRules, type StarterRulesIndex } from './catalog/loadStarterRules';
import { workspaceRoleSchema, type Catalog, type RoleId } from './catalog/schema';
import { exerciseFiles, README_PATH as README } from './exercises/exerciseFiles';
import { MANIFEST_PATH } from './exercises/manifest';
import { compress } from './brotliCompress';
import { encodeStarterPack, type PackedStarter } from './scaffold/starterPack';
import { indexStarters, readStarter, starterDir, type GeneratedFiles, type StarterIndex } from './scaffold/starterIndex';
import * as fs from 'node:fs';
import * as z from 'zod';
import * as path from 'node:path';

export interface Content {
  catalog: Catalog;
  starters: StarterIndex;
  /** Role id → the names its starter cannot take (roles/<role-id>/starter.yaml). */
  starterRules: StarterRulesIndex;
  /** Role id → template path → text of the files the build makes from roles/ data, packed in the starter pack. */
  generated: GeneratedFiles;
  coverage: Coverage;
}

function generatedFiles(rolesDir: string, exercises: ReadonlyMap<RoleId, Exercise[]>): GeneratedFiles {
  const generated: GeneratedFiles = new Map();
  for (const [roleId, list] of exercises) {
    const readme = fs.readFileSync(path.join(starterDir(rolesDir, roleId), README), 'utf8');
    generated.set(roleId, exerciseFiles(roleId, list, readme, `roles/${roleId}/starter/${README}`));
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

/** The bytes of dist/catalog.json. */
export function catalogFile(catalog: Catalog): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(catalog));
}

/**
 * The bytes of dist/starters.pack: every starter, compressed as well as brotli can when `best` (for shipping). A
 * README with an exercises section is packed as its template, to be written from the packed manifest when read.
 */
export function starterPackFile(rolesDir: string, { starters, starterRules, generated }: Content, best: boolean): Uint8Array {
  const packed: Partial<Record<RoleId, PackedStarter>> = {};
  for (const [roleId, index] of Object.entries(starters) as [RoleId, NonNullable<StarterIndex[RoleId]>][]) {
    const made = new Map(generated.get(roleId));
    const readmeFromManifest = made.has(README) && made.has(MANIFEST_PATH);
    if (readmeFromManifest) made.delete(README);
    const entries = index.map((entry) => (readmeFromManifest && entry.path === README ? { ...entry, withExercises: true } : entry));
    packed[roleId] = { entries, contents: readStarter(rolesDir, roleId, entries, made), rules: starterRules[roleId] };
  }
  return compress(encodeStarterPack(packed), best);
}
