// Reads roles/ from disk, validates it against the schema and cross-checks it, reporting every problem as
// `file:line:column field.path: message`. Runs at build time and in tests, never in the extension host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { followRenames } from './renames';
import { ROLE_IDS, renamedSchema, roleSchema, sharedSchema, type Catalog, type Role } from './schema';

export class CatalogError extends Error {
  constructor(readonly problems: string[]) {
    super(`The role catalog has ${problems.length} problem(s):\n${problems.join('\n')}`);
    this.name = 'CatalogError';
  }
}

type PathKey = string | number;

/** A parsed YAML file that can say where any value in it came from. */
export class SourceFile {
  private readonly lines = new LineCounter();
  readonly doc: Document;

  constructor(
    readonly displayName: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false });
  }

  /** `file:line:col` of the node at `keys` (or of its nearest existing ancestor); of the key `keyOf` when given. */
  where(keys: readonly PathKey[], keyOf?: string): string {
    let node: unknown;
    for (let depth = keys.length; depth >= 0 && node == null; depth--) {
      node = depth === 0 ? this.doc.contents : this.doc.getIn(keys.slice(0, depth), true);
    }
    if (keyOf !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === keyOf);
      if (pair) node = pair.key;
    }
    return this.at((node as Node | null | undefined)?.range?.[0] ?? 0);
  }

  at(offset: number): string {
    const { line, col } = this.lines.linePos(offset);
    return `${this.displayName}:${line}:${col}`;
  }
}

export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}

export interface Parsed<T> {
  file: SourceFile;
  value?: T;
}

/** How far aliases may expand in one file: a "billion laughs" of a few lines would otherwise take all memory. */
const MAX_ALIAS_COUNT = 100;

function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

export function parseFile<S extends z.ZodType>(rolesDir: string, relative: string, schema: S, problems: string[]): Parsed<z.output<S>> {
  const displayName = path.posix.join('roles', relative.split(path.sep).join('/'));
  const file = new SourceFile(displayName, fs.readFileSync(path.join(rolesDir, relative), 'utf8'));
  if (file.doc.errors.length > 0) {
    for (const error of file.doc.errors) problems.push(`${file.at(error.pos[0])} ${error.message.split('\n')[0]}`);
    return { file };
  }
  if (file.doc.contents === null) {
    problems.push(`${file.at(0)} the file is empty`);
    return { file };
  }
  let data: unknown;
  try {
    data = file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    problems.push(`${file.at(firstAlias(file.doc))} its YAML aliases expand too far (an "alias bomb"?); write the content out instead`);
    return { file };
  }
  const result = schema.safeParse(data);
  if (result.success) return { file, value: result.data };
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push(`${file.where(keys, key)} ${formatPath([...keys, key])}: unknown field (check the spelling)`);
      }
    } else {
      const label = formatPath(keys) || '(document)';
      problems.push(`${file.where(keys)} ${label}: ${issue.message}`);
    }
  }
  return { file };
}

interface FirstSeen {
  where: string;
}

/** Checks that cross files: unique ids and aliases, references that resolve, renames that make sense. */
function crossCheck(roles: Parsed<Role>[], renamed: Parsed<Record<string, string>>, problems: string[]): void {
  const skillIds = new Map<string, FirstSeen>();
  const aliases = new Map<string, FirstSeen>();
  const questionIds = new Map<string, FirstSeen>();
  const claim = (seen: Map<string, FirstSeen>, id: string, where: string, label: string, what: string) => {
    const first = seen.get(id);
    if (first) problems.push(`${where} ${label}: duplicate ${what} "${id}" (first at ${first.where})`);
    else seen.set(id, { where });
  };

  for (const { file, value: role } of roles) {
    if (!role) continue;
    role.learn.aliases.forEach((alias, i) =>
      claim(aliases, alias, file.where(['learn', 'aliases', i]), formatPath(['learn', 'aliases', i]), 'alias'),
    );
    const groupIds = new Map<string, FirstSeen>();
    role.skillGroups.forEach((group, g) => {
      claim(groupIds, group.id, file.where(['skillGroups', g, 'id']), formatPath(['skillGroups', g, 'id']), 'group id');
      group.aliases.forEach((alias, i) => {
        const keys = ['skillGroups', g, 'aliases', i];
        claim(aliases, alias, file.where(keys), formatPath(keys), 'alias');
      });
      group.skills.forEach((skill, s) => {
        const keys = ['skillGroups', g, 'skills', s, 'id'];
        claim(skillIds, skill.id, file.where(keys), formatPath(keys), 'id');
      });
    });
    role.interview.forEach((question, q) => {
      const keys = ['interview', q, 'id'];
      claim(questionIds, question.id, file.where(keys), formatPath(keys), 'question id');
    });
    const ownSkills = new Set(role.skillGroups.flatMap((g) => g.skills.map((s) => s.id)));
    role.projects.forEach((project, p) =>
      project.skills.forEach((id, i) => {
        if (!ownSkills.has(id)) {
          const keys = ['projects', p, 'skills', i];
          problems.push(`${file.where(keys)} ${formatPath(keys)}: unknown skill id "${id}" (not a skill of role ${role.id})`);
        }
      }),
    );
  }

  const renames = renamed.value ?? {};
  for (const [oldId, newId] of Object.entries(renames)) {
    const where = renamed.file.where([oldId]);
    if (skillIds.has(oldId)) {
      problems.push(`${where} ${oldId}: renamed, but a skill still has this id`);
      continue;
    }
    const { id: current, loops } = followRenames(renames, oldId);
    if (loops) problems.push(`${where} ${oldId}: the renames loop back to "${current}"`);
    else if (!skillIds.has(current)) {
      problems.push(
        `${where} ${oldId}: renamed to "${newId}"${current === newId ? '' : ` (and on to "${current}")`}, which is not a skill id`,
      );
    }
  }
}

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

  const roles: Parsed<Role>[] = [];
  for (const id of ROLE_IDS) {
    const relative = path.join(id, 'role.yaml');
    if (!exists(relative)) {
      problems.push(`roles/${id}/role.yaml: missing (every role needs one)`);
      continue;
    }
    const parsed = parseFile(rolesDir, relative, roleSchema, problems);
    if (parsed.value && parsed.value.id !== id) {
      problems.push(`${parsed.file.where(['id'])} id: "${parsed.value.id}" does not match its folder "${id}"`);
    }
    roles.push(parsed);
  }

  const shared = exists('catalog.yaml') ? parseFile(rolesDir, 'catalog.yaml', sharedSchema, problems) : undefined;
  if (!shared) problems.push('roles/catalog.yaml: missing (shared content)');
  const renamed = exists('renamed.yaml')
    ? parseFile(rolesDir, 'renamed.yaml', renamedSchema, problems)
    : { file: new SourceFile('roles/renamed.yaml', '{}'), value: {} };

  crossCheck(roles, renamed, problems);
  if (problems.length > 0 || !shared?.value || !renamed.value) throw new CatalogError(problems);
  return { roles: roles.map((r) => r.value as Role), shared: shared.value, renamed: renamed.value };
}
