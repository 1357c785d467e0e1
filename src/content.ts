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
import { workspaceRoleSchema, type Catalog } from './catalog/schema';
import { starterLocation } from './catalog/starterDirs';
import { parseStarterKey } from './catalog/starterKeys';
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
  /** Starter key → the names it cannot take (its starter.yaml). */
  starterRules: StarterRulesIndex;
  /** Starter key → template path → text of the files the build makes from roles/ data, packed in the starter pack. */
  generated: GeneratedFiles;
  coverage: Coverage;
}

/** The README and manifest of every starter with exercises; a variant's manifest names its role, whose skills it practises. */
function generatedFiles(rolesDir: string, exercises: ReadonlyMap<string, Exercise[]>): GeneratedFiles {
  const generated: GeneratedFiles = new Map();
  for (const [key, list] of exercises) {
    const { roleId, display } = starterLocation(rolesDir, key);
    const readme = fs.readFileSync(path.join(starterDir(rolesDir, key), README), 'utf8');
    generated.set(key, exerciseFiles(roleId, list, readme, `${display}/starter/${README}`));
  }
  return generated;
}

/** Role id → the exercises of all its starters, in starter order, as the catalog lists them. */
function exerciseSummaries(rolesDir: string, exercises: ReadonlyMap<string, Exercise[]>, rules: StarterRulesIndex): Catalog['exercises'] {
  const summaries: NonNullable<Catalog['exercises']> = {};
  for (const [key, list] of exercises) {
    const { roleId } = starterLocation(rolesDir, key);
    const variant = parseStarterKey(key)?.variant;
    const starter = variant === undefined ? {} : { starter: rules[key]?.title ?? variant };
    summaries[roleId] = [...(summaries[roleId] ?? []), ...list.map(({ id, title, skills }) => ({ id, title, skills, ...starter }))];
  }
  return summaries;
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
  const generated = generatedFiles(rolesDir, exercises);
  const starterRules = loadStarterRules(rolesDir);
  return {
    catalog: { ...base, exercises: exerciseSummaries(rolesDir, exercises, starterRules) },
    starters: indexStarters(rolesDir, generated),
    starterRules,
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
  const packed = new Map<string, PackedStarter>();
  for (const [key, index] of Object.entries(starters) as [string, NonNullable<StarterIndex[string]>][]) {
    const made = new Map(generated.get(key));
    const readmeFromManifest = made.has(README) && made.has(MANIFEST_PATH);
    if (readmeFromManifest) made.delete(README);
    const entries = index.map((entry) => (readmeFromManifest && entry.path === README ? { ...entry, withExercises: true } : entry));
    packed.set(key, { entries, contents: readStarter(rolesDir, key, entries, made), rules: starterRules[key] });
  }
  return compress(encodeStarterPack(packed), best);
}
