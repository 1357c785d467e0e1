// Tick, untick and "in progress" from context menus, the palette or other extensions.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { SkillState } from '../progress/progressData';
import type { ProgressStore } from '../progress/progressStore';
import { skillIdsUnder } from '../tree/nodes';
import { skillIdsArgument } from './arguments';

const COMMANDS: Record<string, SkillState> = {
  'backendPaths.markDone': 'done',
  'backendPaths.markInProgress': 'in-progress',
  'backendPaths.markNotStarted': 'not-started',
};

export function registerSkillStateCommands(index: CatalogIndex, store: ProgressStore): vscode.Disposable[] {
  return Object.entries(COMMANDS).map(([command, state]) =>
    vscode.commands.registerCommand(command, async (arg: unknown) => {
      const ids = skillIdsArgument(arg, skillIdsUnder);
      const unknown = ids.filter((id) => !index.skill(id));
      if (ids.length === 0 || unknown.length > 0) {
        void vscode.window.showErrorMessage(`Backend Paths: no such skill: ${unknown.join(', ') || '(none given)'}.`);
        return [];
      }
      return store.setState(ids, state);
    }),
  );
}
