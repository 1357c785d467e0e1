// Fast lookups over the bundled catalog. Imports only types from the schema, so zod never reaches the bundle.
import { followRenames } from './renames';
import type { Catalog, ExerciseSummary, InterviewQuestion, Role, RoleId, Skill, SkillGroup } from './schema';

export interface SkillEntry {
  role: Role;
  group: SkillGroup;
  skill: Skill;
}

export interface QuestionEntry {
  role: Role;
  question: InterviewQuestion;
}

export class CatalogIndex {
  private readonly rolesById = new Map<string, Role>();
  private readonly skillsById = new Map<string, SkillEntry>();
  private readonly questionsById = new Map<string, QuestionEntry>();

  constructor(readonly catalog: Catalog) {
    for (const role of catalog.roles) {
      this.rolesById.set(role.id, role);
      for (const group of role.skillGroups) {
        for (const skill of group.skills) this.skillsById.set(skill.id, { role, group, skill });
      }
      for (const question of role.interview) this.questionsById.set(question.id, { role, question });
    }
  }

  get roles(): readonly Role[] {
    return this.catalog.roles;
  }

  role(id: string): Role | undefined {
    return this.rolesById.get(id);
  }

  skill(id: string): SkillEntry | undefined {
    return this.skillsById.get(id);
  }

  question(id: string): QuestionEntry | undefined {
    return this.questionsById.get(id);
  }

  allSkills(): IterableIterator<SkillEntry> {
    return this.skillsById.values();
  }

  /** The exercises of a role's starter project, in their order. */
  exercises(roleId: string): readonly ExerciseSummary[] {
    return this.catalog.exercises?.[roleId as RoleId] ?? [];
  }

  /** The id a skill has now, following roles/renamed.yaml. */
  currentSkillId(id: string): string {
    return followRenames(this.catalog.renamed, id).id;
  }
}

export function skillIdsOfRole(role: Role): string[] {
  return role.skillGroups.flatMap((group) => group.skills.map((skill) => skill.id));
}

export function skillIdsOfGroup(group: SkillGroup): string[] {
  return group.skills.map((skill) => skill.id);
}
