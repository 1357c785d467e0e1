// Opening the role and overview pages.
import type { OverviewPanel } from '../webviews/overviewPanel';
import type { RolePanels } from '../webviews/rolePanels';
import { roleIdArgument, showNoSuchRole } from './arguments';
import type { CommandRegistry } from './registry';

export function registerPageCommands(commands: CommandRegistry, rolePanels: RolePanels, overview: OverviewPanel): void {
  commands.register('backendPaths.openRole', (arg?: unknown, skillId?: unknown) => {
    const roleId = roleIdArgument(arg);
    const focusSkill =
      typeof skillId === 'string'
        ? skillId
        : arg && typeof arg === 'object' && 'skill' in arg
          ? (arg as { skill: { id: string } }).skill.id
          : undefined;
    const panel = roleId ? rolePanels.open(roleId, focusSkill) : undefined;
    if (!panel) showNoSuchRole(roleId);
    return panel !== undefined;
  });
  commands.register('backendPaths.openOverview', () => {
    overview.open();
    return true;
  });
}
