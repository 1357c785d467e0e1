// backendPaths.checkExercise: runs one exercise's check, from the palette (pick one), a role page or a script
// (role id and exercise id as arguments).
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Exercises } from '../exercises/exercises';
import type { CommandRegistry } from './registry';

export function registerExerciseCommands(commands: CommandRegistry, index: CatalogIndex, exercises: Exercises): void {
  commands.register('backendPaths.checkExercise', async (roleId?: unknown, exerciseId?: unknown) => {
    if (typeof roleId === 'string' && typeof exerciseId === 'string') return exercises.check(roleId, exerciseId);
    const picks = index.roles.flatMap((role) =>
      index
        .exercises(role.id)
        .map((exercise) => ({ label: exercise.title, description: role.title, roleId: role.id, exerciseId: exercise.id })),
    );
    const picked = await vscode.window.showQuickPick(picks, {
      title: vscode.l10n.t('Backend Paths: Check Exercise'),
      matchOnDescription: true,
    });
    return picked ? exercises.check(picked.roleId, picked.exerciseId) : false;
  });
}
