import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { LearnTarget } from '../../src/catalog/learnQuery';
import type { Internals } from '../../src/api';
import { PROGRESS_KEY, type ImportSummary } from '../../src/progress/progressStore';
import type { RoleRow, SkillNode } from '../../src/tree/nodes';
import { activateExtension, clearProgress, closeAllEditors, savedSkills, workspaceFolder } from './helpers';

suite('commands', () => {
  let api: Internals;
  const text = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

  suiteSetup(async () => {
    api = await activateExtension();
  });
  setup(async () => {
    await clearProgress(api);
    await closeAllEditors();
  });

  test('every contributed command is registered, under the "Backend Paths" category', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const packageJSON = vscode.extensions.getExtension('backend-paths.backend-paths')!.packageJSON as {
      contributes: { commands: { command: string; category: string }[] };
    };
    const contributed = packageJSON.contributes.commands;
    for (const { command, category } of contributed) {
      assert.ok(registered.has(command), `${command} is registered`);
      assert.ok(command.startsWith('backendPaths.'));
      assert.equal(category, 'Backend Paths');
    }
  });

  test('search skills reveals and selects the skill in the tree', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.backendPaths');
    const revealed = await vscode.commands.executeCommand('backendPaths.searchSkills', 'py-fastapi-background-tasks');
    assert.equal(revealed, true);
    const selected = api.rolesView.view.selection[0] as SkillNode | undefined;
    assert.equal(selected?.skill.id, 'py-fastapi-background-tasks');
  });

  test('continue opens the role worked on last at its next skill; the status bar continues once there is progress', async () => {
    assert.equal(api.statusBar.command, 'workbench.view.extension.backendPaths', 'nothing to continue yet: the click opens the view');
    await api.progress.setState(['node-typescript'], 'done');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await api.progress.setState(['py-fastapi', 'py-django'], 'done');
    await api.progress.setState(['py-django-admin'], 'in-progress');
    const chosen = await vscode.commands.executeCommand('backendPaths.continue');
    assert.deepEqual(chosen, { roleId: 'python', skillId: 'py-django-admin' }, 'python was worked on last; its beginner skill in progress');
    assert.equal((api.rolesView.view.selection[0] as SkillNode | undefined)?.skill.id, 'py-django-admin');
    assert.ok(api.rolePanels.panel('python'), 'the role page is open');
    assert.equal(api.statusBar.command, 'backendPaths.continue');
  });

  test('learn understands the guide grammar, reveals the role and opens its page', async () => {
    const cases: [string, string, string | undefined, string | undefined][] = [
      ['backend nodejs beginner', 'nodejs', undefined, 'beginner'],
      ['/learn backend python fastapi intermediate', 'python', 'FastAPI', 'intermediate'],
      ['backend java spring-boot advanced', 'java-spring', undefined, 'advanced'],
      ['graphql specialist', 'graphql', undefined, 'specialist'],
    ];
    for (const [query, roleId, group, level] of cases) {
      const target = await vscode.commands.executeCommand<LearnTarget>('backendPaths.learn', query);
      assert.equal(target?.role.id, roleId, query);
      assert.equal(target?.group?.title, group, query);
      assert.equal(target?.level, level, query);
      assert.ok(api.rolePanels.panel(roleId), `${query}: the role page is open`);
      assert.equal((api.rolesView.view.selection[0] as RoleRow | undefined)?.role.id, roleId, `${query}: the tree shows the role`);
    }
    assert.equal(await vscode.commands.executeCommand('backendPaths.learn', 'backend cobol beginner'), undefined);
  });

  test('reset a role asks first (here: confirmed), clears only that role, and can be undone', async () => {
    await vscode.commands.executeCommand('backendPaths.markDone', ['node-express-fastify', 'py-fastapi']);
    await vscode.commands.executeCommand('backendPaths.markInProgress', 'node-typescript');
    const before = savedSkills(api);
    const result = await vscode.commands.executeCommand<{ undo(): Promise<void> }>('backendPaths.resetProgress', {
      roleId: 'nodejs',
      confirmed: true,
    });
    assert.equal(api.progress.state('node-express-fastify'), 'not-started');
    assert.equal(api.progress.state('node-typescript'), 'not-started');
    assert.equal(api.progress.state('py-fastapi'), 'done', 'other roles are untouched');
    await result.undo();
    const after = savedSkills(api);
    const states = (skills: typeof before) => Object.fromEntries(Object.entries(skills).map(([id, { state }]) => [id, state]));
    assert.deepEqual(states(after), states(before));
    assert.ok(after['node-typescript'].changedAt > before['node-typescript'].changedAt, 'the undo is a new change, so a merge keeps it');
  });

  test('export writes a Markdown checklist and a JSON file that import merges back', async () => {
    await vscode.commands.executeCommand('backendPaths.markDone', 'node-express-fastify');
    await vscode.commands.executeCommand('backendPaths.markInProgress', 'node-typescript');
    const markdown = vscode.Uri.joinPath(workspaceFolder(), 'progress.md');
    const json = vscode.Uri.joinPath(workspaceFolder(), 'progress.json');
    await vscode.commands.executeCommand('backendPaths.exportProgress', { format: 'markdown', uri: markdown });
    await vscode.commands.executeCommand('backendPaths.exportProgress', { format: 'json', uri: json });
    const md = await text(markdown);
    assert.match(md, /^# Backend Paths progress/);
    assert.match(md, /## Node\.js\/Express Developer \(1\/14 · 7%\)/);
    assert.match(md, /- \[x\] Express\.js & Fastify frameworks/);
    assert.match(md, /- \[ \] TypeScript integration \(in progress\)/);

    await clearProgress(api);
    const summary = await vscode.commands.executeCommand<ImportSummary>('backendPaths.importProgress', json);
    assert.deepEqual(summary, {
      added: 2,
      updated: 0,
      unchanged: 0,
      olderIgnored: 0,
      checksMerged: 0,
      notesMerged: 0,
      notesLeftOut: 0,
      reviewsMerged: 0,
      unknown: 0,
      future: 0,
    });
    assert.equal(api.progress.state('node-express-fastify'), 'done');
    assert.equal(api.progress.state('node-typescript'), 'in-progress');
  });

  test('import refuses a file that is not an export and leaves progress as it was', async () => {
    await vscode.commands.executeCommand('backendPaths.markDone', 'node-express-fastify');
    const before = savedSkills(api);
    for (const [name, content] of [
      ['broken.json', '{"format": "backend-paths-progress", "version": 1, "skills": {"x": {"state": "maybe"}}}'],
      ['notjson.json', 'hello'],
    ]) {
      const uri = vscode.Uri.joinPath(workspaceFolder(), name);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      assert.equal(await vscode.commands.executeCommand('backendPaths.importProgress', uri), undefined, name);
    }
    assert.deepEqual(savedSkills(api), before);
  });

  test('corrupted saved progress never breaks: valid entries kept, the raw value backed up', async () => {
    const raw = { version: 1, skills: { 'node-express-fastify': { state: 'done', changedAt: 5 }, 'node-typescript': 'garbage' } };
    await api.globalState.update(PROGRESS_KEY, raw);
    const report = await api.progress.load();
    assert.match(report.problem ?? '', /1 of 2/);
    assert.deepEqual((api.globalState.get(`${PROGRESS_KEY}.unreadable`) as { value: unknown }[])[0]?.value, raw);
    assert.equal(api.progress.state('node-express-fastify'), 'done');
    assert.deepEqual(Object.keys(savedSkills(api)), ['node-express-fastify']);
    assert.equal((await api.progress.load()).problem, undefined, 'told once: the value was repaired');
  });
});
