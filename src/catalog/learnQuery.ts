// Understands the guide's "/learn" grammar: [/learn] [backend] <role> [group] [level], e.g.
// "backend python fastapi intermediate" or "java spring-boot advanced".
import * as l10n from '@vscode/l10n';
import type { CatalogIndex } from './catalogIndex';
import { LEVELS, type Level } from './ids';
import type { Role, SkillGroup } from './schema';

const LEVEL_WORDS: readonly string[] = LEVELS;
const IGNORED_WORDS = new Set(['/learn', 'learn', 'backend']);

export interface LearnTarget {
  role: Role;
  group?: SkillGroup;
  level?: Level;
}

export type LearnResult = { ok: true; target: LearnTarget } | { ok: false; message: string };

interface Meaning {
  role: Role;
  group?: SkillGroup;
}

function vocabulary(index: CatalogIndex): Map<string, Meaning> {
  const words = new Map<string, Meaning>();
  for (const role of index.roles) {
    words.set(role.id, { role });
    for (const alias of role.learn.aliases) words.set(alias, { role });
    for (const group of role.skillGroups) for (const alias of group.aliases) words.set(alias, { role, group });
  }
  return words;
}

/** Every word the parser accepts, for the input box's hint and for error messages. */
export function learnWords(index: CatalogIndex): { roles: string[]; groups: string[]; levels: readonly string[] } {
  return {
    roles: index.roles.flatMap((role) => role.learn.aliases),
    groups: index.roles.flatMap((role) => role.skillGroups.flatMap((group) => group.aliases)),
    levels: LEVEL_WORDS,
  };
}

export function parseLearnQuery(query: string, index: CatalogIndex): LearnResult {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && !IGNORED_WORDS.has(w));
  const known = vocabulary(index);
  let meaning: Meaning | undefined;
  let level: Level | undefined;
  for (const word of words) {
    if (LEVEL_WORDS.includes(word)) {
      if (level && level !== word) return { ok: false, message: l10n.t('Give one level, not both "{0}" and "{1}".', level, word) };
      level = word as Level;
      continue;
    }
    const next = known.get(word);
    if (!next) {
      const { roles, groups } = learnWords(index);
      return {
        ok: false,
        message: l10n.t(
          '"{0}" is not a role, framework or level I know. Roles: {1}. Frameworks: {2}. Levels: {3}.',
          word,
          roles.join(', '),
          groups.join(', '),
          LEVEL_WORDS.join(', '),
        ),
      };
    }
    if (meaning && meaning.role !== next.role) {
      return {
        ok: false,
        message: l10n.t('"{0}" belongs to {1}, but the query already names {2}. Name one role.', word, next.role.title, meaning.role.title),
      };
    }
    meaning = { role: next.role, group: next.group ?? meaning?.group };
  }
  if (!meaning) {
    const beginner = level === 'beginner' ? index.role('backend-beginner') : undefined;
    if (beginner) return { ok: true, target: { role: beginner, level } };
    return { ok: false, message: l10n.t('Name a role, e.g. "backend nodejs beginner". Roles: {0}.', learnWords(index).roles.join(', ')) };
  }
  if (level && !meaning.role.learn.levels.includes(level)) {
    return {
      ok: false,
      message: l10n.t('{0} has no "{1}" level. Its levels: {2}.', meaning.role.title, level, meaning.role.learn.levels.join(', ')),
    };
  }
  return { ok: true, target: { role: meaning.role, ...(meaning.group ? { group: meaning.group } : {}), ...(level ? { level } : {}) } };
}

/** The groups to expand for a target: the named group, else those with skills at the level, else all. */
export function groupsToExpand(target: LearnTarget): SkillGroup[] {
  if (target.group) return [target.group];
  const groups = target.role.skillGroups;
  if (!target.level) return groups;
  const atLevel = groups.filter((g) => g.skills.some((s) => s.level === target.level));
  return atLevel.length > 0 ? atLevel : groups;
}
