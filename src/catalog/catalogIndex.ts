// Fast lookups over the bundled catalog, and over the workspace's roles beside it (replaced as their files change).
// Imports only types from the schema, so zod never reaches the bundle.
import { isCatalogRoleId } from './ids';
import { followRenames } from './renames';
import type { Catalog, CatalogRole, ExerciseSummary, InterviewQuestion, Role, RoleId, Skill, SkillGroup } from './schema';
import { NO_WORKSPACE_ROLES, type WorkspaceCatalog, type WorkspaceRole } from './workspaceCatalog';

export interface SkillEntry {
  role: Role;
  group: SkillGroup;
  skill: Skill;
}

export interface QuestionEntry {
  role: Role;
  question: InterviewQuestion;
}

/** Role, skill and question lookups over a list of roles. */
class Lookups {
  readonly roles = new Map<string, Role>();
  readonly skills = new Map<string, SkillEntry>();
  readonly questions = new Map<string, QuestionEntry>();

  constructor(roles: readonly Role[]) {
    for (const role of roles) {
      this.roles.set(role.id, role);
      for (const group of role.skillGroups) {
        for (const skill of group.skills) this.skills.set(skill.id, { role, group, skill });
      }
      for (const question of role.interview) this.questions.set(question.id, { role, question });
    }
  }
}

export class CatalogIndex {
  private readonly builtIn: Lookups;
  private workspace: WorkspaceCatalog = NO_WORKSPACE_ROLES;
  private workspaceLookups = new Lookups([]);
  private workspaceById = new Map<string, WorkspaceRole>();
  private allRoles: readonly Role[];
  private readonly listeners = new Set<() => void>();

  constructor(readonly catalog: Catalog) {
    this.builtIn = new Lookups(catalog.roles);
    this.allRoles = catalog.roles;
  }

  /** The built-in roles in the guide's order, then the workspace's. */
  get roles(): readonly Role[] {
    return this.allRoles;
  }

  /** What the workspace adds, as last loaded. */
  get workspaceRoles(): WorkspaceCatalog {
    return this.workspace;
  }

  /** Replaces the workspace's roles; listeners hear of it. */
  setWorkspaceRoles(workspace: WorkspaceCatalog): void {
    this.workspace = workspace;
    this.workspaceLookups = new Lookups(workspace.roles.map((r) => r.role));
    this.workspaceById = new Map(workspace.roles.map((r) => [r.role.id, r]));
    this.allRoles = [...this.catalog.roles, ...workspace.roles.map((r) => r.role)];
    for (const listener of this.listeners) listener();
  }

  /** Calls `listener` whenever the workspace's roles change; returns how to stop. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  role(id: string): Role | undefined {
    return this.builtIn.roles.get(id) ?? this.workspaceLookups.roles.get(id);
  }

  /** A role of the built-in catalog (which has a starter project). */
  catalogRole(id: string): CatalogRole | undefined {
    return isCatalogRoleId(id) ? this.catalog.roles.find((role) => role.id === id) : undefined;
  }

  /** Where a workspace role comes from; undefined for a built-in one. */
  sourceOf(roleId: string): WorkspaceRole['source'] | undefined {
    return this.workspaceById.get(roleId)?.source;
  }

  /** A workspace role as loaded (with its starter, when its folder has one); undefined for a built-in one. */
  workspaceRole(roleId: string): WorkspaceRole | undefined {
    return this.workspaceById.get(roleId);
  }

  skill(id: string): SkillEntry | undefined {
    return this.builtIn.skills.get(id) ?? this.workspaceLookups.skills.get(id);
  }

  question(id: string): QuestionEntry | undefined {
    return this.builtIn.questions.get(id) ?? this.workspaceLookups.questions.get(id);
  }

  allSkills(): IterableIterator<SkillEntry> {
    return [...this.builtIn.skills.values(), ...this.workspaceLookups.skills.values()].values();
  }

  /** The exercises of a role's starter project, in their order. */
  exercises(roleId: string): readonly ExerciseSummary[] {
    const ofWorkspace = this.workspaceById.get(roleId)?.starter?.exercises;
    if (ofWorkspace) return ofWorkspace.map(({ id, title, skills }) => ({ id, title, skills }));
    return this.catalog.exercises?.[roleId as RoleId] ?? [];
  }

  /** The id a skill has now, following roles/renamed.yaml (and the workspace's, for its namespaced ids). */
  currentSkillId(id: string): string {
    return followRenames(this.workspace.renamed, followRenames(this.catalog.renamed, id).id).id;
  }
}

export function skillIdsOfRole(role: Role): string[] {
  return role.skillGroups.flatMap((group) => group.skills.map((skill) => skill.id));
}

export function skillIdsOfGroup(group: SkillGroup): string[] {
  return group.skills.map((skill) => skill.id);
}
