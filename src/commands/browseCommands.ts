// Finding your way: search skills, the "/learn" grammar, "what next", hiding what is done.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { groupsToExpand, parseLearnQuery, type LearnTarget } from '../catalog/learnQuery';
import { lastWorkedAt, lastWorkedRole, nextSkill } from '../progress/nextSkill';
import type { ProgressStore } from '../progress/progressStore';
import type { RolesView } from '../tree/rolesView';
import { pickSkill } from './pickSkill';
import type { CommandRegistry } from './registry';

export function registerBrowseCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore, rolesView: RolesView): void {
  const searchSkills = async (skillId?: unknown) => {
    if (typeof skillId === 'string') return rolesView.revealSkill(skillId);
    const picked = await pickSkill(index, store, vscode.l10n.t('Backend Paths: Search Skills'));
    return picked ? rolesView.revealSkill(picked) : false;
  };

  const learn = async (query?: unknown): Promise<LearnTarget | undefined> => {
    const text =
      typeof query === 'string'
        ? query
        : await vscode.window.showInputBox({
            title: vscode.l10n.t('Backend Paths: Learn'),
            prompt: vscode.l10n.t('A role, optionally a framework and a level, as in the guide: backend <role> [framework] [level]'),
            // eslint-disable-next-line no-restricted-syntax -- an example query: the Learn grammar's words are English.
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
      void vscode.window.showWarningMessage(vscode.l10n.t('Backend Paths: {0}', result.message));
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

  /** A message with one button that runs a command; the caller does not wait for the answer. */
  const offer = (message: string, button: string, command: string) => {
    void vscode.window.showInformationMessage(message, button).then((picked) => {
      if (picked === button) void vscode.commands.executeCommand(command);
    });
  };

  /** Opens the role worked on last at its next skill, and says why that one. Resolves with what it chose. */
  const continueLearning = async (): Promise<{ roleId: string; skillId: string } | undefined> => {
    const role = lastWorkedRole(index.roles, (id) => lastWorkedAt(store.progressOf(id), store.checkOf(id)));
    if (!role) {
      offer(
        vscode.l10n.t('Backend Paths: nothing started yet. Which role do you want to learn?'),
        vscode.l10n.t('Learn…'),
        'backendPaths.learn',
      );
      return undefined;
    }
    const next = nextSkill(role, (id) => store.state(id));
    if (!next) {
      offer(
        vscode.l10n.t('Backend Paths: every skill of {0} is done. Pick your next role in the overview.', role.title),
        vscode.l10n.t('Open Overview'),
        'backendPaths.openOverview',
      );
      return undefined;
    }
    await rolesView.revealSkill(next.skill.id);
    await vscode.commands.executeCommand('backendPaths.openRole', role.id, next.skill.id);
    void vscode.window.showInformationMessage(
      vscode.l10n.t('Backend Paths: next up in {0} is {1}, because {2}.', role.title, next.skill.name, next.reason),
    );
    return { roleId: role.id, skillId: next.skill.id };
  };

  commands.register('backendPaths.searchSkills', searchSkills);
  commands.register('backendPaths.continue', continueLearning);
  commands.register('backendPaths.learn', learn);
  commands.register('backendPaths.hideCompleted', () => rolesView.provider.setHideCompleted(true));
  commands.register('backendPaths.showCompleted', () => rolesView.provider.setHideCompleted(false));
}
