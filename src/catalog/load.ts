// Parses role YAML, validates it against the schema and cross-checks it, reporting every problem as
// `file:line:column field.path: message`. No disk: the build reads roles/ through loadRolesDir.ts, and
// workspace roles are read by src/workspaceRoles/workspaceRoles.ts (through src/fileReads.ts). Messages go through
// @vscode/l10n: English in the build, the display language's in a workspace role's diagnostics.
import * as l10n from '@vscode/l10n';
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type * as z from 'zod';
import { formatPlace, type Place, type Problem } from './problems';
import { followRenames } from './renames';
import type { Role } from './schema';

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
    return formatPlace(this.place(keys, keyOf));
  }

  /** The place of the node at `keys` (or of its nearest existing ancestor); of the key `keyOf` when given. */
  place(keys: readonly PathKey[], keyOf?: string): Place {
    let node: unknown;
    for (let depth = keys.length; depth >= 0 && node == null; depth--) {
      node = depth === 0 ? this.doc.contents : this.doc.getIn(keys.slice(0, depth), true);
    }
    if (keyOf !== undefined && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === keyOf);
      if (pair) node = pair.key;
    }
    const range = (node as Node | null | undefined)?.range;
    return this.span(range?.[0] ?? 0, range?.[1]);
  }

  at(offset: number): string {
    return formatPlace(this.span(offset));
  }

  /** The place from `start` to `end` (offsets); a place of one character when `end` is not after `start`. */
  span(start: number, end = start): Place {
    const from = this.lines.linePos(start);
    const to = end > start ? this.lines.linePos(end) : { line: from.line, col: from.col + 1 };
    return { file: this.displayName, line: from.line, col: from.col, endLine: to.line, endCol: to.col };
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

/**
 * Parses and validates one file's text, adding every problem found to `problems`. `displayName` is the file as
 * problems name it (`roles/nodejs/role.yaml`).
 */
export function parseText<S extends z.ZodType>(displayName: string, text: string, schema: S, problems: Problem[]): Parsed<z.output<S>> {
  const file = new SourceFile(displayName, text);
  const add = (at: Place, message: string) => problems.push({ file: displayName, at, message });
  if (file.doc.errors.length > 0) {
    for (const error of file.doc.errors) add(file.span(error.pos[0], error.pos[1]), error.message.split('\n')[0]);
    return { file };
  }
  if (file.doc.contents === null) {
    add(file.span(0), l10n.t('the file is empty'));
    return { file };
  }
  let data: unknown;
  try {
    data = file.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    add(file.span(firstAlias(file.doc)), l10n.t('its YAML aliases expand too far (an "alias bomb"?); write the content out instead'));
    return { file };
  }
  const result = schema.safeParse(data);
  if (result.success) return { file, value: result.data };
  for (const issue of result.error.issues) {
    const keys = issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        add(file.place(keys, key), l10n.t('{0}: unknown field (check the spelling)', formatPath([...keys, key])));
    } else {
      add(file.place(keys), `${formatPath(keys) || l10n.t('(document)')}: ${issue.message}`);
    }
  }
  return { file };
}

interface FirstSeen {
  where: string;
}

type IdKind = 'alias' | 'group' | 'skill' | 'question';

/** What an id is, as a problem names it (written out for the l10n extractor). */
function idKindName(kind: IdKind): string {
  switch (kind) {
    case 'alias':
      return l10n.t('alias');
    case 'group':
      return l10n.t('group id');
    case 'skill':
      return l10n.t('id');
    case 'question':
      return l10n.t('question id');
  }
}

/** Ids another catalog holds already (the built-in one, for workspace roles): each says why it is taken. */
export interface TakenIds {
  skill(id: string): string | undefined;
  question(id: string): string | undefined;
  alias(alias: string): string | undefined;
}

const NOTHING_TAKEN: TakenIds = { skill: () => undefined, question: () => undefined, alias: () => undefined };

/**
 * Checks that cross files: unique ids and aliases (also against `taken`), references that resolve, renames that
 * make sense. Each renames file is checked against the skills of all `roles`.
 */
export function crossCheck(
  roles: Parsed<Role>[],
  renamedFiles: Parsed<Record<string, string>>[],
  problems: Problem[],
  taken = NOTHING_TAKEN,
): void {
  const skillIds = new Map<string, FirstSeen>();
  const aliases = new Map<string, FirstSeen>();
  const questionIds = new Map<string, FirstSeen>();
  const add = (at: Place, message: string) => problems.push({ file: at.file, at, message });

  for (const { file, value: role } of roles) {
    if (!role) continue;
    const claim = (seen: Map<string, FirstSeen>, id: string, keys: PathKey[], kind: IdKind, takenBecause?: string) => {
      const at = file.place(keys);
      const first = seen.get(id);
      const path = formatPath(keys);
      if (first) add(at, l10n.t('{0}: duplicate {1} "{2}" (first at {3})', path, idKindName(kind), id, first.where));
      else if (takenBecause) add(at, l10n.t('{0}: {1} "{2}" {3}; choose another', path, idKindName(kind), id, takenBecause));
      else seen.set(id, { where: formatPlace(at) });
    };
    role.learn.aliases.forEach((alias, i) => claim(aliases, alias, ['learn', 'aliases', i], 'alias', taken.alias(alias)));
    const groupIds = new Map<string, FirstSeen>();
    role.skillGroups.forEach((group, g) => {
      claim(groupIds, group.id, ['skillGroups', g, 'id'], 'group');
      group.aliases.forEach((alias, i) => claim(aliases, alias, ['skillGroups', g, 'aliases', i], 'alias', taken.alias(alias)));
      group.skills.forEach((skill, s) => claim(skillIds, skill.id, ['skillGroups', g, 'skills', s, 'id'], 'skill', taken.skill(skill.id)));
    });
    role.interview.forEach((question, q) =>
      claim(questionIds, question.id, ['interview', q, 'id'], 'question', taken.question(question.id)),
    );
    const ownSkills = new Set(role.skillGroups.flatMap((g) => g.skills.map((s) => s.id)));
    role.projects.forEach((project, p) =>
      project.skills.forEach((id, i) => {
        if (!ownSkills.has(id)) {
          const keys = ['projects', p, 'skills', i];
          add(file.place(keys), l10n.t('{0}: unknown skill id "{1}" ({2})', formatPath(keys), id, notASkillOf(role.id)));
        }
      }),
    );
  }

  for (const renamed of renamedFiles) {
    const renames = renamed.value ?? {};
    for (const [oldId, newId] of Object.entries(renames)) {
      const at = renamed.file.place([oldId], oldId);
      if (skillIds.has(oldId)) {
        add(at, l10n.t('{0}: renamed, but a skill still has this id', oldId));
        continue;
      }
      const { id: current, loops } = followRenames(renames, oldId);
      if (loops) add(at, l10n.t('{0}: the renames loop back to "{1}"', oldId, current));
      else if (!skillIds.has(current)) {
        add(
          at,
          current === newId
            ? l10n.t('{0}: renamed to "{1}", which is not a skill id', oldId, newId)
            : l10n.t('{0}: renamed to "{1}" (and on to "{2}"), which is not a skill id', oldId, newId, current),
        );
      }
    }
  }
}

/** Why a skill id named by role `roleId` is unknown there. */
export function notASkillOf(roleId: string): string {
  return l10n.t('not a skill of role {0}', roleId);
}

/** A role whose id does not match its folder: `id: "x" does not match its folder "y"`. */
export function checkRoleFolder(parsed: Parsed<{ id: string }>, folder: string, problems: Problem[]): void {
  if (parsed.value && parsed.value.id !== folder) {
    const at = parsed.file.place(['id']);
    problems.push({ file: at.file, at, message: l10n.t('id: "{0}" does not match its folder "{1}"', parsed.value.id, folder) });
  }
}
