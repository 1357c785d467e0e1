// The elements of the roles tree. Created once per catalog, so the same object always stands for the same row
// (TreeView.reveal relies on it).
import { skillIdsOfGroup, skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Role, Skill, SkillGroup } from '../catalog/schema';

export interface RoleNode {
  kind: 'role';
  role: Role;
  groups: GroupNode[];
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

export type TreeNode = RoleNode | GroupNode | SkillNode;

export class TreeNodes {
  readonly roots: RoleNode[];
  private readonly bySkillId = new Map<string, SkillNode>();

  constructor(index: CatalogIndex) {
    this.roots = index.roles.map((role) => {
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
    });
  }

  role(roleId: string): RoleNode | undefined {
    return this.roots.find((node) => node.role.id === roleId);
  }

  skill(skillId: string): SkillNode | undefined {
    return this.bySkillId.get(skillId);
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
  }
}
