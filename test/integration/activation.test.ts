// Runs first (mocha takes the files in name order), while the extension host is as the workbench started it:
// nothing has activated Backend Paths or shown its view yet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnTarget } from '../../src/catalog/learnQuery';
import type { SkillNode } from '../../src/tree/nodes';
import { activateExtension, waitFor } from './helpers';

const EXTENSION_ID = 'backend-paths.backend-paths';
/** A built-in extension that activates on onStartupFinished: once it is active, startup's activations have run. */
const STARTUP_FINISHED_PROBE = 'vscode.merge-conflict';

suite('activation', () => {
  test('stays lazy: once the workbench has started, Backend Paths is not active until its view or a command is used', async () => {
    const probe = vscode.extensions.getExtension(STARTUP_FINISHED_PROBE);
    assert.ok(probe, `${STARTUP_FINISHED_PROBE} is installed`);
    assert.deepEqual(
      (probe.packageJSON as { activationEvents?: string[] }).activationEvents,
      ['onStartupFinished'],
      `${STARTUP_FINISHED_PROBE} still activates on onStartupFinished`,
    );
    await waitFor(`${STARTUP_FINISHED_PROBE} to activate`, () => probe.isActive, 20_000);
    assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, false);
  });

  test('Learn… on first use, with the Explorer showing and the Roles view never shown, opens the page and reveals the skill', async () => {
    await vscode.commands.executeCommand('workbench.view.explorer');
    const target = await vscode.commands.executeCommand<LearnTarget>('backendPaths.learn', 'backend java spring-boot advanced');
    assert.equal(target?.role.id, 'java-spring');
    const api = await activateExtension();
    assert.ok(api.rolePanels.panel('java-spring'), 'the role page is open');
    const selected = await waitFor('a selected skill in the tree', () => api.rolesView.view.selection[0] as SkillNode | undefined);
    assert.equal(selected.kind, 'skill');
    assert.equal(selected.role.id, 'java-spring');
    assert.equal(selected.skill.level, 'advanced');
  });

  test('activating shows the 11 roles in the guide order', async () => {
    const api = await activateExtension();
    const roots = api.rolesView.provider.getChildren();
    assert.deepEqual(
      roots.map((node) => ('role' in node ? node.role.id : node.kind)),
      [
        'backend-beginner',
        'nodejs',
        'python',
        'java-spring',
        'dotnet',
        'graphql',
        'php-laravel',
        'api-design',
        'microservices',
        'engineering-manager',
        'devops',
      ],
    );
  });
});
