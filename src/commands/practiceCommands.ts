// Opening the Practice page: of the learner's deck, or of one role's interview questions (from a role's context
// menu, its page, or another extension with a role id).
import type { PracticePanels } from '../webviews/practicePanel';
import { roleIdArgument, showNoSuchRole } from './arguments';
import type { CommandRegistry } from './registry';

export function registerPracticeCommands(commands: CommandRegistry, practice: PracticePanels): void {
  commands.register('backendPaths.practice', (arg?: unknown) => {
    const roleId = roleIdArgument(arg);
    const panel = practice.open(roleId);
    if (!panel) showNoSuchRole(roleId);
    return panel !== undefined;
  });
}
