import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TestApi } from '../../src/api';
import { activateApi, closeAllEditors, workspaceFolder } from './helpers';
import { MemoryFileSystem } from './memoryFileSystem';

async function listFiles(root: vscode.Uri, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const [name, type] of await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, prefix))) {
    const relative = prefix ? `${prefix}/${name}` : name;
    if (type === vscode.FileType.Directory) files.push(...(await listFiles(root, relative)));
    else files.push(relative);
  }
  return files.sort();
}

async function snapshot(root: vscode.Uri): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const file of await listFiles(root))
    result.set(file, Buffer.from(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, file))).toString('base64'));
  return result;
}

suite('scaffold', () => {
  const memory = new MemoryFileSystem();
  let registration: vscode.Disposable;
  let api: TestApi;

  suiteSetup(async () => {
    api = await activateApi();
    registration = vscode.workspace.registerFileSystemProvider('bp-memory', memory, { isCaseSensitive: true });
  });
  suiteTeardown(() => {
    registration.dispose();
  });
  teardown(closeAllEditors);

  test('with arguments it runs without prompts and writes the starter through workspace.fs', async () => {
    const parent = workspaceFolder();
    const created = await vscode.commands.executeCommand<vscode.Uri>('backendPaths.scaffold', {
      roleId: 'nodejs',
      projectName: 'order-api',
      parentUri: parent,
    });
    assert.equal(created.toString(), vscode.Uri.joinPath(parent, 'order-api').toString());
    const files = await listFiles(created);
    for (const expected of ['README.md', 'package.json', 'src/app.ts', '.gitignore'])
      assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
    const pkg = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(created, 'package.json')))) as {
      name: string;
    };
    assert.equal(pkg.name, 'order-api');
    for (const file of files) {
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(created, file)));
      assert.ok(!text.includes('{{bp.'), `${file} has no template variables left`);
    }
    const siblings = (await vscode.workspace.fs.readDirectory(parent)).map(([name]) => name);
    assert.ok(!siblings.some((name) => name.includes('scaffolding')), `no staging folder left: ${siblings.join(', ')}`);
  });

  test('an existing target is refused (the API rejects with the reason) and left byte for byte as it was', async () => {
    const parent = workspaceFolder();
    const target = vscode.Uri.joinPath(parent, 'existing-project');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, 'package.json'), new TextEncoder().encode('{"name":"mine"}\n'));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, 'notes.md'), new TextEncoder().encode('my notes\n'));
    const before = await snapshot(target);
    await assert.rejects(
      api.scaffold({ roleId: 'nodejs', projectName: 'existing-project', parentUri: parent }),
      /already exists\. Nothing was written/,
    );
    assert.deepEqual(await snapshot(target), before);
  });

  test('hostile project names are refused before anything is written', async () => {
    const parent = workspaceFolder();
    const before = (await vscode.workspace.fs.readDirectory(parent)).map(([n]) => n).sort();
    for (const name of ['..', '../escape', 'a/b', 'CON', 'con', '', 'x'.repeat(300)]) {
      await assert.rejects(
        api.scaffold({ roleId: 'python', projectName: name, parentUri: parent }),
        /cannot be a project name/,
        JSON.stringify(name),
      );
    }
    assert.deepEqual((await vscode.workspace.fs.readDirectory(parent)).map(([n]) => n).sort(), before);
  });

  test('works in a virtual workspace file system, and a write failure midway leaves nothing behind', async () => {
    const parent = vscode.Uri.parse('bp-memory:/projects');
    await vscode.workspace.fs.createDirectory(parent);
    const created = await vscode.commands.executeCommand<vscode.Uri>('backendPaths.scaffold', {
      roleId: 'graphql',
      projectName: 'virtual-ok',
      parentUri: parent,
    });
    assert.ok((await listFiles(created)).includes('package.json'));

    memory.failFromWrite(4);
    try {
      await assert.rejects(
        api.scaffold({ roleId: 'graphql', projectName: 'virtual-fails', parentUri: vscode.Uri.joinPath(parent, 'new', 'deeper') }),
        (error: Error) =>
          error.message ===
          'Could not create bp-memory:/projects/new/deeper/virtual-fails: the folder bp-memory:/projects is read-only. Nothing was written; choose a folder you can write to.',
      );
    } finally {
      memory.failFromWrite(undefined);
    }
    assert.deepEqual(
      (await vscode.workspace.fs.readDirectory(parent)).map(([n]) => n),
      ['virtual-ok'],
      'no staging folder, no parent folder it created',
    );
  });

  test('the next scaffold into a folder removes the stale staging folders an interrupted one left there', async () => {
    const parent = vscode.Uri.parse('bp-memory:/interrupted');
    await vscode.workspace.fs.createDirectory(parent);
    const hourAgo = Date.now() - 60 * 60 * 1000;
    memory.entries.set('/interrupted/.closed-window.scaffolding-ab12cd34', { type: vscode.FileType.Directory, mtime: hourAgo });
    memory.entries.set('/interrupted/.closed-window.scaffolding-ab12cd34/package.json', {
      type: vscode.FileType.File,
      data: new Uint8Array(),
      mtime: hourAgo,
    });
    memory.entries.set('/interrupted/.other-window.scaffolding-ef56gh78', { type: vscode.FileType.Directory, mtime: Date.now() });
    await api.scaffold({ roleId: 'graphql', projectName: 'next-one', parentUri: parent });
    assert.deepEqual((await vscode.workspace.fs.readDirectory(parent)).map(([n]) => n).sort(), [
      '.other-window.scaffolding-ef56gh78',
      'next-one',
    ]);
  });
});
