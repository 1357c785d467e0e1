import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

suite('activation', () => {
  test('stays lazy: nothing activates the extension before its view or a command is used', () => {
    const extension = vscode.extensions.getExtension('backend-paths.backend-paths');
    assert.ok(extension, 'the extension is installed');
    const events: string[] = extension.packageJSON.activationEvents;
    assert.ok(!events.includes('*') && !events.includes('onStartupFinished'), `eager activation events: ${events.join(', ')}`);
  });

  test('activating shows the 11 roles in the guide order', async () => {
    const api = await activateExtension();
    const roots = api.rolesView.provider.getChildren();
    assert.deepEqual(
      roots.map((node) => node.role.id),
      ['backend-beginner', 'nodejs', 'python', 'java-spring', 'dotnet', 'graphql', 'php-laravel', 'api-design', 'microservices', 'engineering-manager', 'devops'],
    );
  });
});
