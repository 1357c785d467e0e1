// A quick pick over every skill of the catalog, with its state, role and group: for commands run from the palette.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { ProgressStore } from '../progress/progressStore';
import { stateLabelIcon } from '../tree/stateIcons';

interface SkillPick extends vscode.QuickPickItem {
  skillId: string;
}

/** Resolves with the picked skill's id, or undefined when the learner cancels. */
export async function pickSkill(index: CatalogIndex, store: ProgressStore, title: string): Promise<string | undefined> {
  const items: SkillPick[] = [...index.allSkills()].map(({ role, group, skill }) => ({
    label: `${stateLabelIcon(store.state(skill.id))} ${skill.name}`,
    description: `${role.title} · ${group.title}`,
    detail: skill.description,
    skillId: skill.id,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: vscode.l10n.t('Type a skill, a role or a word of a description'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.skillId;
}
