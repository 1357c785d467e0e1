// Tick, untick and "in progress" from context menus, the palette or other extensions.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { SkillState } from '../progress/progressData';
import type { ProgressStore } from '../progress/progressStore';
import { skillIdsUnder } from '../tree/nodes';
import { writableSkills } from '../trust/readOnlyRoles';
import { skillIdsArgument } from './arguments';
import type { CommandRegistry } from './registry';

const COMMANDS: Record<string, SkillState> = {
  'backendPaths.markDone': 'done',
  'backendPaths.markInProgress': 'in-progress',
  'backendPaths.markNotStarted': 'not-started',
};

export function registerSkillStateCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore): void {
  for (const [command, state] of Object.entries(COMMANDS)) {
    commands.register(command, (arg: unknown) => {
      const ids = skillIdsArgument(arg, skillIdsUnder);
      const unknown = ids.filter((id) => !index.skill(id));
      if (ids.length === 0 || unknown.length > 0) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t('Backend Paths: no such skill: {0}.', unknown.join(', ') || vscode.l10n.t('(none given)')),
        );
        return [];
      }
      return store.setState(writableSkills(index, ids), state);
    });
  }
}
