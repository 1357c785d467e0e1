// Finding your way: search skills, the "/learn" grammar, hiding what is done.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { groupsToExpand, parseLearnQuery, type LearnTarget } from '../catalog/learnQuery';
import type { ProgressStore } from '../progress/progressStore';
import type { RolesView } from '../tree/rolesView';
import { stateLabelIcon } from '../tree/stateIcons';
import type { CommandRegistry } from './registry';

interface SkillPick extends vscode.QuickPickItem {
  skillId: string;
}

export function registerBrowseCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore, rolesView: RolesView): void {
  const searchSkills = async (skillId?: unknown) => {
    if (typeof skillId === 'string') return rolesView.revealSkill(skillId);
    const items: SkillPick[] = [...index.allSkills()].map(({ role, group, skill }) => ({
      label: `${stateLabelIcon(store.state(skill.id))} ${skill.name}`,
      description: `${role.title} · ${group.title}`,
      detail: skill.description,
      skillId: skill.id,
    }));
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Backend Paths: Search Skills',
      placeHolder: 'Type a skill, a role or a word of a description',
      matchOnDescription: true,
      matchOnDetail: true,
    });
    return picked ? rolesView.revealSkill(picked.skillId) : false;
  };

  const learn = async (query?: unknown): Promise<LearnTarget | undefined> => {
    const text =
      typeof query === 'string'
        ? query
        : await vscode.window.showInputBox({
            title: 'Backend Paths: Learn',
            prompt: 'A role, optionally a framework and a level, as in the guide: backend <role> [framework] [level]',
            placeHolder: 'backend python fastapi intermediate',
            validateInput: (value) => {
              if (!value.trim()) return undefined;
              const result = parseLearnQuery(value, index);
              return result.ok ? undefined : { message: result.message, severity: vscode.InputBoxValidationSeverity.Warning };
            },
          });
    if (text === undefined || !text.trim()) return undefined;
    const result = parseLearnQuery(text, index);
    if (!result.ok) {
      void vscode.window.showWarningMessage(`Backend Paths: ${result.message}`);
      return undefined;
    }
    const { target } = result;
    const groups = groupsToExpand(target);
    const firstSkill = groups.flatMap((g) => g.skills).find((s) => !target.level || s.level === target.level);
    await vscode.commands.executeCommand('workbench.view.extension.backendPaths');
    await rolesView.revealRole(target.role.id, groups, firstSkill?.id);
    await vscode.commands.executeCommand('backendPaths.openRole', target.role.id, firstSkill?.id);
    return target;
  };

  commands.register('backendPaths.searchSkills', searchSkills);
  commands.register('backendPaths.learn', learn);
  commands.register('backendPaths.hideCompleted', () => rolesView.provider.setHideCompleted(true));
  commands.register('backendPaths.showCompleted', () => rolesView.provider.setHideCompleted(false));
}
