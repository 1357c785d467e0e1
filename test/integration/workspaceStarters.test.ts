// A workspace role with a starter/ and an exercises.yaml, in a real extension host: once its files load, the
// scaffold command writes its project through workspace.fs with the README's generated Exercises section and the
// exercise manifest, and the Testing view lists the project's exercise with the role's namespaced skill.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals } from '../../src/api';
import { activateApi, activateExtension, closeAllEditors, smallRoleYaml, waitFor, workspaceFolder } from './helpers';

const EXERCISES = `exercises:
  - id: say-hello
    title: Say hello
    skills: [kit-first]
    instructions: Make GET /hello answer "hello".
    check:
      argv: [node, --test, test/hello.test.js]
      files: [test/hello.test.js]
`;
const STARTER: Record<string, string> = {
  'README.md': '# {{bp.projectName}}\n\n## Exercises\n\n<!-- backend-paths:exercises -->\n',
  'package.json': '{ "name": "{{bp.projectName}}" }\n',
  'test/hello.test.js': "test('hello', () => {});\n",
};

suite('workspace roles: starters', function () {
  // The workspace's file watcher can be slow to report on a loaded machine.
  this.timeout(120_000);
  let api: Internals;
  const roleFolder = () => vscode.Uri.joinPath(workspaceFolder(), '.backend-paths', 'roles', 'kit');
  const project = () => vscode.Uri.joinPath(workspaceFolder(), 'kit-practice');
  const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  /** The role's row in the Roles view, as VS Code gets it. */
  const roleRow = () => {
    const section = api.rolesView.provider.getChildren().find((node) => node.kind === 'section');
    const node = section?.kind === 'section' ? section.children.find((n) => n.kind === 'role' && n.role.id === 'ws-kit') : undefined;
    return node && api.rolesView.provider.getTreeItem(node);
  };
  /** Whether the role's page offers Create starter project. */
  const pageOffersStarter = async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'ws-kit');
    return api.rolePanels.panel('ws-kit')!.webview.html.includes('data-action="scaffold"');
  };

  suiteSetup(async () => {
    api = await activateExtension();
    await write(vscode.Uri.joinPath(roleFolder(), 'role.yaml'), smallRoleYaml('kit', 'Team Kit'));
    await write(vscode.Uri.joinPath(roleFolder(), 'exercises.yaml'), EXERCISES);
    for (const [path, text] of Object.entries(STARTER)) await write(vscode.Uri.joinPath(roleFolder(), 'starter', ...path.split('/')), text);
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceFolder(), '.backend-paths'), { recursive: true });
    await vscode.workspace.fs.delete(project(), { recursive: true }).then(undefined, () => undefined);
    await waitFor('the workspace role to be gone', () => api.catalog.role('ws-kit') === undefined, 30_000);
  });

  test('the scaffold writes the starter with its README exercises section and manifest; the Testing view lists it', async () => {
    await waitFor('the role with its starter and exercises', () => api.catalog.workspaceRole('ws-kit')?.starter?.exercises, 30_000);
    assert.deepEqual(
      api.catalog.exercises('ws-kit').map((e) => [e.id, e.skills]),
      [['say-hello', ['ws-kit-first']]],
    );
    assert.equal(roleRow()?.contextValue, 'workspaceRole.withStarter', 'its row offers Create Starter Project');
    assert.equal(await pageOffersStarter(), true, 'its page offers Create starter project');
    const created = await vscode.commands.executeCommand<vscode.Uri>('backendPaths.scaffold', {
      roleId: 'ws-kit',
      projectName: 'kit-practice',
      parentUri: workspaceFolder(),
    });
    assert.equal(created.toString(), project().toString());

    const readme = await read(vscode.Uri.joinPath(created, 'README.md'));
    assert.match(readme, /^# kit-practice\n/);
    assert.match(readme, /### 1\. Say hello\n\nMake GET \/hello answer "hello"\./);
    assert.match(readme, /Check: `node --test test\/hello\.test\.js`/);
    assert.match(readme, /Skills: `ws-kit-first`/);
    assert.ok(!readme.includes('<!-- backend-paths:exercises -->'), 'the marker is replaced');
    assert.deepEqual(JSON.parse(await read(vscode.Uri.joinPath(created, 'package.json'))), { name: 'kit-practice' });
    const manifest = JSON.parse(await read(vscode.Uri.joinPath(created, '.backend-paths', 'exercises.json'))) as {
      role: string;
      exercises: { id: string; skills: string[]; argv: string[] }[];
    };
    assert.equal(manifest.role, 'ws-kit');
    assert.deepEqual(
      manifest.exercises.map((e) => [e.id, e.skills, e.argv]),
      [['say-hello', ['ws-kit-first'], ['node', '--test', 'test/hello.test.js']]],
    );

    const item = await waitFor(
      'the project in the Testing view',
      () => {
        let found: vscode.TestItem | undefined;
        api.exercises.controller?.items.forEach((i) => {
          if (i.uri?.toString() === created.toString()) found = i;
        });
        return found?.children.size === 1 ? found : undefined;
      },
      30_000,
    );
    assert.equal(item.error, undefined);
    assert.equal(item.description, 'Team Kit');
    item.children.forEach((child) => {
      assert.equal(child.label, 'Say hello');
      assert.equal(child.description, 'First skill', 'the namespaced skill is the role’s');
    });
  });

  test('a broken exercises.yaml keeps the role but refuses its starter, saying why', async () => {
    await write(vscode.Uri.joinPath(roleFolder(), 'exercises.yaml'), EXERCISES.replace('[kit-first]', '[kit-unknown]'));
    // Live reloading is the workspace roles suite's to prove; the file watcher can miss a write after the scaffold's
    // burst of files (seen once in CI), so this test asks for the load it is about.
    await api.workspaceRoles.reload();
    await waitFor('the starter held back', () => api.catalog.workspaceRole('ws-kit')?.starter?.brokenFiles.length, 30_000);
    assert.ok(api.catalog.role('ws-kit'), 'the role still loads');
    const diagnostics = api.workspaceRoles.diagnosticsOf(vscode.Uri.joinPath(roleFolder(), 'exercises.yaml'));
    assert.deepEqual(
      diagnostics.map((d) => [d.range.start.line, d.range.start.character, d.message]),
      [[3, 13, 'exercises[0].skills[0]: unknown skill id "kit-unknown" (not a skill of role kit)']],
    );
    await assert.rejects(
      (await activateApi()).scaffold({ roleId: 'ws-kit', projectName: 'kit-broken', parentUri: workspaceFolder() }),
      /cannot be created until the problems in exercises\.yaml are fixed/,
    );
    assert.equal(roleRow()?.contextValue, 'workspaceRole', 'its row no longer offers the starter');
    assert.equal(await pageOffersStarter(), false, 'nor does its page');
  });
});
