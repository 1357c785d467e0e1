// The catalog in the learner's display language: a role's texts come from its translation where it has one
// (roles/<role-id>/role.<locale>.yaml, validated by the build), and stay English, field by field, where not.
import type { Catalog, CatalogRole, RoleTranslation } from './schema';

/** `record[key]` when the record itself has it: keys come from data, so never one of Object.prototype's. */
function own<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** The catalog for `language` (VS Code's display language, `es` or `es-ES`): English when it has no translation. */
export function translateCatalog(catalog: Catalog, language: string): Catalog {
  const translations = own(catalog.translations, language.toLowerCase()) ?? own(catalog.translations, language.split('-')[0]);
  if (!translations) return catalog;
  return { ...catalog, roles: catalog.roles.map((role) => translateRole(role, own(translations, role.id))) };
}

function translateRole(role: CatalogRole, translation: RoleTranslation | undefined): CatalogRole {
  if (!translation) return role;
  return {
    ...role,
    title: translation.title ?? role.title,
    summary: translation.summary ?? role.summary,
    skillGroups: role.skillGroups.map((group) => ({
      ...group,
      title: own(translation.skillGroups, group.id)?.title ?? group.title,
      skills: group.skills.map((skill) => {
        const texts = own(translation.skills, skill.id);
        return { ...skill, name: texts?.name ?? skill.name, description: texts?.description ?? skill.description };
      }),
    })),
    interview: role.interview.map((question) => {
      const texts = own(translation.interview, question.id);
      return { ...question, question: texts?.question ?? question.question, answer: texts?.answer ?? question.answer };
    }),
  };
}

/** How much of each translated role a locale covers, for the build's output: `es: backend-beginner 45/45`. */
export function translationCoverage(catalog: Catalog): string[] {
  return Object.entries(catalog.translations ?? {}).map(([locale, roles]) => {
    const parts = catalog.roles.flatMap((role) => {
      const translation = own(roles, role.id);
      if (!translation) return [];
      const english = textsOf(role);
      const translated = textsOf(translateRole(role, translation)).filter((text, i) => text !== english[i]).length;
      return [`${role.id} ${translated}/${english.length}`];
    });
    return `${locale}: ${parts.length} of ${catalog.roles.length} roles translated (texts: ${parts.join(', ')})`;
  });
}

/** Every text a translation may give, in a fixed order. */
function textsOf(role: CatalogRole): string[] {
  return [
    role.title,
    role.summary,
    ...role.skillGroups.flatMap((group) => [group.title, ...group.skills.flatMap((skill) => [skill.name, skill.description])]),
    ...role.interview.flatMap((question) => [question.question, question.answer]),
  ];
}
