// Reads roles/ from disk and loads it through load.ts: the build and the tests, never the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isWorkspaceId, WORKSPACE_ID_PREFIX } from './ids';
import { CatalogError, checkRoleFolder, crossCheck, parseText, SourceFile, type Parsed, type TakenIds } from './load';
import { loadTranslations } from './loadTranslations';
import { formatProblem, type Problem } from './problems';
import { ROLE_IDS, renamedSchema, roleSchema, sharedSchema, type Catalog, type CatalogRole } from './schema';
import type * as z from 'zod';

/** parseText over `rolesDir/relative`, its problems added to `problems` as `file:line:col …` lines. */
export function parseFile<S extends z.ZodType>(rolesDir: string, relative: string, schema: S, problems: string[]): Parsed<z.output<S>> {
  const displayName = path.posix.join('roles', relative.split(path.sep).join('/'));
  const found: Problem[] = [];
  const parsed = parseText(displayName, fs.readFileSync(path.join(rolesDir, relative), 'utf8'), schema, found);
  problems.push(...found.map(formatProblem));
  return parsed;
}

/** Ids that start as workspace roles' ids do (`ws-`) are theirs: a built-in id never can, so neither takes the other's progress. */
const reservedForWorkspace = (id: string) =>
  isWorkspaceId(id) ? `starts with "${WORKSPACE_ID_PREFIX}", which is kept for workspace roles` : undefined;
const RESERVED_FOR_WORKSPACE: TakenIds = { skill: reservedForWorkspace, question: reservedForWorkspace, alias: () => undefined };

/** Loads and validates the whole catalog under `rolesDir`; throws CatalogError listing every problem found. */
export function loadCatalog(rolesDir: string): Catalog {
  const problems: string[] = [];
  const exists = (relative: string) => fs.existsSync(path.join(rolesDir, relative));

  const folders = fs
    .readdirSync(rolesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const folder of folders) {
    if (!(ROLE_IDS as readonly string[]).includes(folder)) {
      problems.push(`roles/${folder}: not a known role id (known: ${ROLE_IDS.join(', ')})`);
    }
  }

  const roles: Parsed<CatalogRole>[] = [];
  for (const id of ROLE_IDS) {
    const relative = path.join(id, 'role.yaml');
    if (!exists(relative)) {
      problems.push(`roles/${id}/role.yaml: missing (every role needs one)`);
      continue;
    }
    const parsed = parseFile(rolesDir, relative, roleSchema, problems);
    const found: Problem[] = [];
    checkRoleFolder(parsed, id, found);
    problems.push(...found.map(formatProblem));
    roles.push(parsed);
  }

  const shared = exists('catalog.yaml') ? parseFile(rolesDir, 'catalog.yaml', sharedSchema, problems) : undefined;
  if (!shared) problems.push('roles/catalog.yaml: missing (shared content)');
  const renamed = exists('renamed.yaml')
    ? parseFile(rolesDir, 'renamed.yaml', renamedSchema, problems)
    : { file: new SourceFile('roles/renamed.yaml', '{}'), value: {} };

  const crossProblems: Problem[] = [];
  crossCheck(roles, [renamed], crossProblems, RESERVED_FOR_WORKSPACE);
  problems.push(...crossProblems.map(formatProblem));
  const loaded = roles.flatMap((r) => (r.value ? [r.value] : []));
  const translations = loadTranslations(rolesDir, loaded, problems);
  if (problems.length > 0 || !shared?.value || !renamed.value) throw new CatalogError(problems);
  return {
    roles: loaded,
    shared: shared.value,
    renamed: renamed.value,
    ...(Object.keys(translations).length > 0 ? { translations } : {}),
  };
}
