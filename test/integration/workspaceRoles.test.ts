// Workspace roles in a real extension host: files written under the workspace's .backend-paths/roles/ load
// through the file watcher; a valid and a broken role give one role and one error row, with diagnostics at the
// problems' ranges; a reopened window shows the load kept from the last; editing the broken file (unsaved) fixes
// it live; progress outlives the file; Fork writes a role that loads.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { Internals } from '../../src/api';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import type { ProblemNode, RoleNode, SectionNode, TreeNode } from '../../src/tree/nodes';
import { WorkspaceRoles, type LoadCache } from '../../src/workspaceRoles/workspaceRoles';
import { activateExtension, clearProgress, closeAllEditors, savedSkills, smallRoleYaml, waitFor, workspaceFolder } from './helpers';

const GOOD = smallRoleYaml('good', 'Good Path');
// Line 3 has an unknown field; line 18 a link that is not https.
const BAD = GOOD.replace('id: good', 'id: bad')
  .replace('icon: book\n', 'icon: book\ncolour: blue\n')
  .replace('[good]', '[bad]')
  .replace('good-first', 'bad-first')
  .replace('https://developer', 'http://developer');

suite('workspace roles', function () {
  // Each test waits for the workspace's file watcher, which can be slow to report on a loaded machine.
  this.timeout(120_000);
  let api: Internals;
  const roles = () => vscode.Uri.joinPath(workspaceFolder(), '.backend-paths', 'roles');
  const file = (id: string) => vscode.Uri.joinPath(roles(), id, 'role.yaml');
  const write = (id: string, text: string) => vscode.workspace.fs.writeFile(file(id), new TextEncoder().encode(text));
  const children = (node?: TreeNode) => api.rolesView.provider.getChildren(node);
  const section = () => children().find((n): n is SectionNode => n.kind === 'section');
  const sectionWith = (what: string, probe: (rows: TreeNode[]) => boolean) =>
    waitFor(
      what,
      () => {
        const rows = section()?.children;
        return rows && probe(rows) ? rows : undefined;
      },
      // The workspace's file watcher can take a while to start on a loaded machine.
      30_000,
    );
  const roleIds = (rows: TreeNode[]) => rows.filter((n): n is RoleNode => n.kind === 'role').map((n) => n.role.id);

  suiteSetup(async () => {
    api = await activateExtension();
    await clearProgress(api);
    await write('good', GOOD);
    await write('bad', BAD);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.backend-paths'), { recursive: true });
    await waitFor('the workspace roles to be gone', () => section() === undefined);
    await clearProgress(api);
  });

  test('a valid and a broken role: one role, one error row, diagnostics at the problems', async () => {
    const rows = await sectionWith('one role and one error row', (r) => r.length === 2);
    assert.deepEqual(roleIds(rows), ['ws-good']);
    const folder = vscode.workspace.workspaceFolders?.[0].name ?? '';
    const roleItem = api.rolesView.provider.getTreeItem(rows[0]);
    assert.equal(roleItem.label, 'Good Path');
    assert.equal(roleItem.description, `0/1 · 0% · ${folder}`);
    const problem = rows[1] as ProblemNode;
    assert.equal(problem.kind, 'problem');
    const problemItem = api.rolesView.provider.getTreeItem(problem);
    assert.equal(problemItem.label, 'bad');
    assert.equal(problemItem.description, `2 problems · ${folder}`);
    assert.equal(problemItem.command?.command, 'vscode.open');
    assert.equal(String(problemItem.command?.arguments?.[0]), file('bad').toString());
    assert.deepEqual((problemItem.command?.arguments?.[1] as { selection: vscode.Range }).selection, new vscode.Range(3, 0, 3, 6));

    const diagnostics = vscode.languages.getDiagnostics(file('bad'));
    assert.deepEqual(
      diagnostics.map((d) => [d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      [
        ['colour: unknown field (check the spelling)', 3, 0, 3, 6],
        ['skillGroups[0].skills[0].docs[0].url: must be an https:// URL', 17, 34, 17, 65],
      ],
    );
    assert.deepEqual(vscode.languages.getDiagnostics(file('good')), []);
  });

  test('a window reopened on unchanged files shows the load kept from the last one, without loading again', async () => {
    await sectionWith('one role and one error row', (r) => r.length === 2);
    await api.workspaceRoles.kept;
    const reopen = async (cache: LoadCache) => {
      const index = new CatalogIndex(api.catalog.catalog);
      const window = new WorkspaceRoles(index, api.log, cache);
      await window.ready;
      const messages = window.diagnosticsOf(file('bad')).map((d) => d.message);
      window.dispose();
      return { index, loadedFromCache: window.loadedFromCache, messages };
    };
    const expected = vscode.languages.getDiagnostics(file('bad')).map((d) => d.message);
    const reopened = await reopen(api.workspaceRoles.cache);
    assert.equal(reopened.loadedFromCache, true);
    assert.deepEqual(reopened.index.workspaceRoles, api.catalog.workspaceRoles);
    assert.deepEqual(reopened.messages, expected);
    // Anything else the load depends on (here, another version of the extension) misses, and the files load.
    const updated = await reopen({ ...api.workspaceRoles.cache, stamp: [...api.workspaceRoles.cache.stamp, '0.2.0'] });
    assert.equal(updated.loadedFromCache, false);
    assert.deepEqual(updated.index.workspaceRoles, api.catalog.workspaceRoles);
    assert.deepEqual(updated.messages, expected);
  });

  test('editing the broken file fixes it live, before it is saved', async () => {
    await sectionWith('the error row', (r) => r.length === 2);
    const document = await vscode.workspace.openTextDocument(file('bad'));
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(0, 0, document.lineCount, 0),
      BAD.replace('colour: blue\n', '').replace('http://', 'https://'),
    );
    assert.ok(await vscode.workspace.applyEdit(edit));
    const rows = await sectionWith('both roles', (r) => roleIds(r).length === 2);
    assert.deepEqual(roleIds(rows), ['ws-bad', 'ws-good']);
    assert.deepEqual(vscode.languages.getDiagnostics(file('bad')), []);
    await document.save();
  });

  test('ticks work on workspace roles, outlive the file and come back with it; its page opens by Learn', async () => {
    const rows = await sectionWith('the good role', (r) => roleIds(r).includes('ws-good'));
    const good = rows.find((n): n is RoleNode => n.kind === 'role' && n.role.id === 'ws-good') as RoleNode;
    const [skill] = children(children(good)[0]);
    await api.rolesView.applyCheckboxes([[skill, vscode.TreeItemCheckboxState.Checked]]);
    assert.equal(savedSkills(api)['ws-good-first']?.state, 'done');

    await vscode.commands.executeCommand('backendPaths.learn', 'backend good beginner');
    assert.ok(api.rolePanels.panel('ws-good'), 'Learn opens the workspace role by its alias');

    let changes = 0;
    const listening = api.catalog.onDidChange(() => changes++);
    await api.workspaceRoles.reload();
    listening.dispose();
    assert.equal(changes, 0, 'a reload that finds the files unchanged leaves the views alone');

    // As the Explorer deletes and creates (a workspace edit): VS Code reports those for sure, where the file
    // watcher may miss a change in a folder made a moment before.
    const loads = api.workspaceRoles.loadCount;
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(file('good'));
    assert.ok(await vscode.workspace.applyEdit(remove));
    await waitFor('a load after the delete', () => api.workspaceRoles.loadCount > loads);
    await sectionWith('the good role to be gone', (r) => !roleIds(r).includes('ws-good'));
    assert.equal(api.rolePanels.panel('ws-good'), undefined, 'its page closed');
    assert.equal(savedSkills(api)['ws-good-first']?.state, 'done', 'the progress stays saved');

    const restore = new vscode.WorkspaceEdit();
    restore.createFile(file('good'), { contents: new TextEncoder().encode(GOOD) });
    assert.ok(await vscode.workspace.applyEdit(restore));
    await sectionWith('the good role back', (r) => roleIds(r).includes('ws-good'));
    assert.equal(api.progress.state('ws-good-first'), 'done');
  });

  test('a role.json loads as a role.yaml does, and leaves with its file', async () => {
    const uri = vscode.Uri.joinPath(roles(), 'json', 'role.json');
    const role: unknown = parse(GOOD.replace('id: good', 'id: json').replace('[good]', '[json]').replace('good-first', 'json-first'));
    const create = new vscode.WorkspaceEdit();
    create.createFile(uri, { contents: new TextEncoder().encode(JSON.stringify(role, null, 2)) });
    assert.ok(await vscode.workspace.applyEdit(create));
    await sectionWith('the JSON role', (r) => roleIds(r).includes('ws-json'));
    assert.equal(api.catalog.skill('ws-json-first')?.role.id, 'ws-json');
    const remove = new vscode.WorkspaceEdit();
    remove.deleteFile(uri);
    assert.ok(await vscode.workspace.applyEdit(remove));
    await sectionWith('the JSON role to be gone', (r) => !roleIds(r).includes('ws-json'));
  });

  test('Fork Role into Workspace writes a role with new ids that loads', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('backendPaths.forkRole', {
      roleId: 'nodejs',
      id: 'team-node',
      title: 'Team Node',
    });
    assert.equal(uri?.toString(), file('team-node').toString());
    const fork = await waitFor('the fork', () => api.catalog.role('ws-team-node'));
    assert.equal(fork.title, 'Team Node');
    assert.equal(fork.skillGroups.flatMap((g) => g.skills).length, 14);
    assert.deepEqual(vscode.languages.getDiagnostics(file('team-node')), []);
    const nodejs = api.catalog.role('nodejs');
    const builtInSkill = nodejs?.skillGroups[0].skills[0].id ?? '';
    assert.equal(api.catalog.skill(`ws-team-node-${builtInSkill}`)?.role.id, 'ws-team-node');
    assert.equal(api.catalog.skill(builtInSkill)?.role.id, 'nodejs', 'the built-in skill is untouched');
    const again = await vscode.commands.executeCommand('backendPaths.forkRole', { roleId: 'nodejs', id: 'team-node', title: 'Again' });
    assert.equal(again, undefined, 'an existing role folder stops the fork');
  });
});
