// Build-time: reads roles/<role-id>/role.<locale>.yaml, a role's texts in another language by id, and checks that
// every id it translates is one of its role's. Problems read as the catalog's others do (file:line:col).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Parsed } from './load';
import { parseFile } from './loadRolesDir';
import { roleTranslationSchema, type Catalog, type CatalogRole, type RoleTranslation } from './schema';

type Translations = NonNullable<Catalog['translations']>;

/**
 * role.es.yaml, role.pt-br.yaml: the locale as VS Code names display languages. Two letters (and a region) can never
 * name a property of Object.prototype, nor can role ids; the extension reads it with own-property lookups anyway.
 */
const TRANSLATION_FILE = /^role\.([a-z]{2}(?:-[a-z]{2})?)\.yaml$/;

const SECTIONS = [
  ['skillGroups', 'a skill group', (role: CatalogRole) => role.skillGroups.map((g) => g.id)],
  ['skills', 'a skill', (role: CatalogRole) => role.skillGroups.flatMap((g) => g.skills.map((s) => s.id))],
  ['interview', 'an interview question', (role: CatalogRole) => role.interview.map((q) => q.id)],
] as const;

/** Locale → role id → translation, of every role's translation files; problems are added to `problems`. */
export function loadTranslations(rolesDir: string, roles: readonly CatalogRole[], problems: string[]): Translations {
  const translations: Translations = {};
  for (const role of roles) {
    for (const name of fs.readdirSync(path.join(rolesDir, role.id)).sort()) {
      const locale = TRANSLATION_FILE.exec(name)?.[1];
      if (!locale) continue;
      const parsed = parseFile(rolesDir, path.join(role.id, name), roleTranslationSchema, problems);
      const unknown = unknownIds(role, parsed);
      problems.push(...unknown);
      if (parsed.value && unknown.length === 0) {
        translations[locale] ??= {};
        translations[locale][role.id] = parsed.value;
      }
    }
  }
  return translations;
}

/** `file:line:col skills.x: not a skill of roles/<id>/role.yaml`, for every id the role does not have. */
function unknownIds(role: CatalogRole, { file, value }: Parsed<RoleTranslation>): string[] {
  if (!value) return [];
  return SECTIONS.flatMap(([section, what, idsOf]) => {
    const known = new Set(idsOf(role));
    return Object.keys(value[section] ?? {})
      .filter((id) => !known.has(id))
      .map((id) => `${file.where([section], id)} ${section}.${id}: not ${what} of roles/${role.id}/role.yaml`);
  });
}
