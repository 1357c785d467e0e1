// backendPaths.editNote: opens a skill's note as a Markdown editor (see src/notes/noteFileSystem.ts), from the
// tree's context menu, a role page, the palette (pick a skill) or a script (a skill id).
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { noteUri } from '../notes/noteFileSystem';
import type { ProgressStore } from '../progress/progressStore';
import { skillIdsUnder } from '../tree/nodes';
import { writableSkills } from '../trust/readOnlyRoles';
import { skillIdsArgument } from './arguments';
import { pickSkill } from './pickSkill';
import type { CommandRegistry } from './registry';

export function registerNoteCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore): void {
  commands.register('backendPaths.editNote', async (arg?: unknown) => {
    const [given] = skillIdsArgument(arg, skillIdsUnder);
    const skillId = given ?? (await pickSkill(index, store, vscode.l10n.t('Backend Paths: Edit Note')));
    if (!skillId) return undefined;
    const entry = index.skill(skillId);
    if (!entry) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Backend Paths: no such skill: {0}.', skillId));
      return undefined;
    }
    if (writableSkills(index, [skillId]).length === 0) return undefined;
    const editor = await vscode.window.showTextDocument(noteUri(entry.role.id, skillId), { preview: false });
    return editor.document.uri.toString();
  });
}
