import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Internals, TestApi } from '../../src/api';
import { activateApi, clearProgress, waitFor, workspaceFolder } from './helpers';

const encoder = new TextEncoder();

/** A small project whose one exercise passes once solution.txt says 42; its check writes a JUnit report. */
async function writeProject(name: string, check: string, exercise: Record<string, unknown> = {}): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(workspaceFolder(), name);
  const manifest = {
    format: 'backend-paths-exercises',
    version: 1,
    role: 'nodejs',
    exercises: [
      {
        id: 'answer',
        title: 'Give the answer',
        skills: ['node-typescript', 'py-fastapi'],
        instructions: 'Write 42 into solution.txt.',
        argv: [process.execPath, 'exercises/check.js'],
        files: ['exercises/check.js'],
        junit: '.backend-paths/results/answer.xml',
        timeoutSeconds: 60,
        ...exercise,
      },
    ],
  };
  await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'exercises', 'check.js'), encoder.encode(check));
  await vscode.workspace.fs.writeFile(
    vscode.Uri.joinPath(folder, '.backend-paths', 'exercises.json'),
    encoder.encode(JSON.stringify(manifest)),
  );
  return folder;
}

const ANSWER_CHECK = `const fs = require('fs');
const got = fs.existsSync('solution.txt') ? fs.readFileSync('solution.txt', 'utf8').trim() : '(no solution.txt)';
const failure = got === '42' ? '' : '<failure message="solution.txt should say 42; got ' + got + '">details</failure>';
fs.mkdirSync('.backend-paths/results', { recursive: true });
fs.writeFileSync('.backend-paths/results/answer.xml', '<testsuites><testsuite><testcase name="the answer">' + failure + '</testcase></testsuite></testsuites>');
process.exit(got === '42' ? 0 : 1);
`;

suite('exercises', () => {
  let api: Internals;
  let scaffold: TestApi['scaffold'];

  suiteSetup(async () => {
    const exported = await activateApi();
    api = exported.internals;
    scaffold = exported.scaffold;
  });

  const projectItem = (folder: vscode.Uri) =>
    waitFor(
      `the Testing view's item for ${folder.path}`,
      () => api.exercises.controller?.items.get(vscode.Uri.joinPath(folder, '.backend-paths', 'exercises.json').toString()),
      // The workspace's file watcher can take a while to start on a loaded machine.
      30_000,
    );

  test('stays lazy: no Testing controller while the workspace has no starter project', async () => {
    assert.deepEqual(
      await vscode.workspace.findFiles('**/.backend-paths/exercises.json'),
      [],
      'this suite runs before any other creates a project',
    );
    await api.exercises.ready;
    assert.equal(api.exercises.controller, undefined);
  });

  test("lists a scaffolded starter's exercises, grouped by project, with their test files", async () => {
    const folder = await scaffold({ roleId: 'nodejs', projectName: 'practice-api', parentUri: workspaceFolder() });
    const item = await projectItem(folder);
    assert.equal(item.label, 'practice-api');
    assert.equal(item.description, 'Node.js/Express Developer');
    // The project's own starter's exercises (its manifest), each one of the role's: the role has other starters too.
    const manifest = JSON.parse(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, '.backend-paths', 'exercises.json'))),
    ) as { exercises: { id: string; title: string }[] };
    const expected = manifest.exercises;
    assert.ok(expected.length >= 4);
    const ofRole = new Set(api.catalog.exercises('nodejs').map((e) => e.id));
    assert.ok(expected.every((e) => ofRole.has(e.id)));
    const children: vscode.TestItem[] = [];
    item.children.forEach((child) => children.push(child));
    assert.deepEqual(children.map((c) => c.label).sort(), expected.map((e) => e.title).sort());
    for (const child of children) {
      assert.ok(child.uri?.path.startsWith(`${folder.path}/exercises/`), `${child.label}: ${child.uri?.path}`);
      assert.ok(child.description, 'names the skills it practises');
    }
  });

  test('a failing check keeps the skill unverified with its failure; after the fix it passes and verifies', async () => {
    await clearProgress(api);
    const folder = await writeProject('answer-project', ANSWER_CHECK);
    await projectItem(folder);

    assert.equal(await api.exercises.check('nodejs', 'answer'), true);
    assert.equal(api.progress.state('node-typescript'), 'in-progress', 'a failed check marks an untouched skill in progress');
    assert.equal(api.progress.checkOf('node-typescript')?.failedIn, 'answer-project');
    assert.equal(api.progress.checkOf('node-typescript')?.passedAt, undefined);
    assert.equal(api.progress.state('py-fastapi'), 'not-started', "a skill of another role is not the manifest's to verify");

    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'solution.txt'), encoder.encode('42\n'));
    await api.exercises.check('nodejs', 'answer');
    assert.equal(api.progress.state('node-typescript'), 'verified');
    assert.equal(api.progress.checkOf('node-typescript')?.passedBy, 'Give the answer');

    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'solution.txt'), encoder.encode('41\n'));
    await api.exercises.check('nodejs', 'answer');
    const record = api.progress.checkOf('node-typescript');
    assert.equal(api.progress.state('node-typescript'), 'verified', 'a later failure does not erase the pass');
    assert.ok((record?.failedAt ?? 0) > (record?.passedAt ?? Infinity), 'and is recorded after it');
  });

  test('cancelling a check stops its whole process tree', async () => {
    const folder = await writeProject(
      'endless-project',
      `const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
require('fs').writeFileSync('pids.txt', process.pid + ' ' + child.pid);
setInterval(() => {}, 1000);`,
      { id: 'endless' },
    );
    await projectItem(folder);
    const pidsFile = vscode.Uri.joinPath(folder, 'pids.txt');
    const cancel = new vscode.CancellationTokenSource();
    const running = api.exercises.check('nodejs', 'endless', cancel.token);
    const pids = await waitFor('the check to start', async () => {
      try {
        return new TextDecoder()
          .decode(await vscode.workspace.fs.readFile(pidsFile))
          .split(' ')
          .map(Number);
      } catch {
        return undefined;
      }
    });
    cancel.cancel();
    await running;
    await waitFor('every process of the check to end', () => pids.every((pid) => !isAlive(pid)), 5000);
  });

  test('a manifest that changes or disappears updates the Testing view; a broken one shows why', async () => {
    const folder = await writeProject('changing-project', ANSWER_CHECK, { id: 'first', title: 'First title' });
    const item = await projectItem(folder);
    await waitFor('the first title', () => item.children.get(`${item.id}#first`));
    await writeProject('changing-project', ANSWER_CHECK, { id: 'first', title: 'Second title' });
    await waitFor(
      'the new title',
      () => api.exercises.controller?.items.get(item.id)?.children.get(`${item.id}#first`)?.label === 'Second title',
    );

    const manifest = vscode.Uri.joinPath(folder, '.backend-paths', 'exercises.json');
    await vscode.workspace.fs.writeFile(
      manifest,
      encoder.encode('{"format":"backend-paths-exercises","version":1,"role":"nodejs","exercises":[{"id":"x","argv":"rm -rf /"}]}'),
    );
    const broken = await waitFor('the error', () => api.exercises.controller?.items.get(item.id)?.error);
    assert.match(
      typeof broken === 'string' ? broken : broken.value,
      /^\.backend-paths\/exercises\.json: not a Backend Paths exercise manifest: exercises\.0\./,
    );

    await vscode.workspace.fs.delete(manifest);
    await waitFor('the project to go', () => !api.exercises.controller?.items.get(item.id));
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // Killed but not yet reaped (a zombie, where pid 1 does not reap) is not alive.
  try {
    return !/^\d+ \(.*\) Z/.test(fs.readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
