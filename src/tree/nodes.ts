// The elements of the roles tree. Created once per catalog, so the same object always stands for the same row
// (TreeView.reveal relies on it); the workspace roles' section is made again whenever those roles change.
import { skillIdsOfGroup, skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Role, Skill, SkillGroup } from '../catalog/schema';
import type { BrokenFile, RoleSource, WorkspaceRole } from '../catalog/workspaceCatalog';

export interface RoleNode {
  kind: 'role';
  role: Role;
  groups: GroupNode[];
  /** The workspace roles' section, for a workspace role. */
  parent?: SectionNode;
}

export interface GroupNode {
  kind: 'group';
  role: Role;
  group: SkillGroup;
  parent: RoleNode;
  skills: SkillNode[];
}

export interface SkillNode {
  kind: 'skill';
  role: Role;
  group: SkillGroup;
  skill: Skill;
  parent: GroupNode;
}

/** After the built-in roles: the workspace's roles, and a row for each file of them that did not load. */
export interface SectionNode {
  kind: 'section';
  children: (RoleNode | ProblemNode)[];
}

/** A workspace role file that did not load; its row opens the first problem. */
export interface ProblemNode {
  kind: 'problem';
  broken: BrokenFile;
  parent: SectionNode;
}

/** A row of a role: the role, a group or a skill. */
export type RoleRow = RoleNode | GroupNode | SkillNode;
export type TreeNode = RoleRow | SectionNode | ProblemNode;

export class TreeNodes {
  private readonly builtIn: RoleNode[];
  private section: SectionNode | undefined;
  private bySkillId = new Map<string, SkillNode>();

  constructor(private readonly index: CatalogIndex) {
    this.builtIn = index.catalog.roles.map((role) => this.roleNode(role));
    this.updateWorkspace();
  }

  /** Makes the workspace section again whenever the index's workspace roles change, then calls `listener`. */
  onDidChange(listener: () => void): { dispose(): void } {
    return this.index.onDidChange(() => {
      this.updateWorkspace();
      listener();
    });
  }

  /** Where a workspace role comes from; undefined for a built-in one. */
  sourceOf(roleId: string): RoleSource | undefined {
    return this.index.sourceOf(roleId);
  }

  /** A workspace role as loaded (with its starter, when it has one); undefined for a built-in one. */
  workspaceRole(roleId: string): WorkspaceRole | undefined {
    return this.index.workspaceRole(roleId);
  }

  get roots(): TreeNode[] {
    return this.section ? [...this.builtIn, this.section] : this.builtIn;
  }

  /** Makes the workspace roles' section again from the index (the built-in rows stay the same objects). */
  private updateWorkspace(): void {
    const { roles, broken } = this.index.workspaceRoles;
    for (const role of this.section?.children ?? []) {
      if (role.kind === 'role') for (const id of skillIdsOfRole(role.role)) this.bySkillId.delete(id);
    }
    if (roles.length + broken.length === 0) {
      this.section = undefined;
      return;
    }
    const section: SectionNode = { kind: 'section', children: [] };
    section.children = [
      ...roles.map(({ role }) => {
        const node = this.roleNode(role);
        node.parent = section;
        return node;
      }),
      ...broken.map((file): ProblemNode => ({ kind: 'problem', broken: file, parent: section })),
    ];
    this.section = section;
  }

  role(roleId: string): RoleNode | undefined {
    return [...this.builtIn, ...(this.section?.children ?? [])].find(
      (node): node is RoleNode => node.kind === 'role' && node.role.id === roleId,
    );
  }

  skill(skillId: string): SkillNode | undefined {
    return this.bySkillId.get(skillId);
  }

  private roleNode(role: Role): RoleNode {
    const roleNode: RoleNode = { kind: 'role', role, groups: [] };
    roleNode.groups = role.skillGroups.map((group) => {
      const groupNode: GroupNode = { kind: 'group', role, group, parent: roleNode, skills: [] };
      groupNode.skills = group.skills.map((skill) => {
        const skillNode: SkillNode = { kind: 'skill', role, group, skill, parent: groupNode };
        this.bySkillId.set(skill.id, skillNode);
        return skillNode;
      });
      return groupNode;
    });
    return roleNode;
  }
}

export function skillIdsUnder(node: TreeNode): string[] {
  switch (node.kind) {
    case 'role':
      return skillIdsOfRole(node.role);
    case 'group':
      return skillIdsOfGroup(node.group);
    case 'skill':
      return [node.skill.id];
    case 'section':
      return node.children.flatMap(skillIdsUnder);
    case 'problem':
      return [];
  }
}
