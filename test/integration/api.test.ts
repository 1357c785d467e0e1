// The guard rails every feature relies on: commands that fail are reported (logged with their stack, shown
// once), activation is guarded the same way, and other extensions see only the documented facade.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createApi, type TestApi } from '../../src/api';
import type { Role } from '../../src/catalog/schema';
import { CommandRegistry } from '../../src/commands/registry';
import { Log, type LogChannel } from '../../src/log';
import { activateApi, clearProgress, workspaceFolder } from './helpers';

/** A Log whose channel and notifications are recorded; `answer` is the button the user "chooses". */
function recordingLog(answer?: string) {
  const lines: { level: string; text: string }[] = [];
  const shown: { message: string; actions: string[] }[] = [];
  let revealed = 0;
  const channel: LogChannel = {
    info: (text: string) => lines.push({ level: 'info', text }),
    warn: (text: string) => lines.push({ level: 'warn', text }),
    error: (text: string | Error) => lines.push({ level: 'error', text: String(text) }),
    show: () => {
      revealed++;
    },
  };
  const log = new Log(channel, async (message, ...actions) => {
    shown.push({ message, actions });
    return answer;
  });
  return { log, lines, shown, revealed: () => revealed };
}

function fails(): never {
  throw new Error('boom');
}

suite('guard rails', () => {
  let api: TestApi;

  suiteSetup(async () => {
    api = await activateApi();
  });

  test('a command that throws is logged with its stack, shown once under its title, and resolves', async () => {
    const { log, lines, shown, revealed } = recordingLog('Show Log');
    const subscriptions: vscode.Disposable[] = [];
    const extension = { packageJSON: { contributes: { commands: [{ command: 'backendPaths.test.fails', title: 'Fail on Purpose…' }] } } };
    const registry = new CommandRegistry({ subscriptions, extension } as unknown as vscode.ExtensionContext, log);
    registry.register('backendPaths.test.fails', async () => fails());
    try {
      assert.equal(
        await vscode.commands.executeCommand('backendPaths.test.fails'),
        undefined,
        'resolves: the palette would show a rejection again',
      );
      const errors = lines.filter((l) => l.level === 'error');
      assert.equal(errors.length, 1);
      assert.match(errors[0].text, /^Fail on Purpose failed: Error: boom\n\s+at fails \(/, 'the stack is in the log');
      assert.deepEqual(shown, [{ message: 'Backend Paths: Fail on Purpose failed: boom', actions: ['Show Log'] }]);
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(revealed(), 1, '"Show Log" reveals the channel');
    } finally {
      for (const d of subscriptions) d.dispose();
    }
  });

  test('what a command leaves running (a notification button) is reported the same way', async () => {
    const { log, lines, shown } = recordingLog();
    const registry = new CommandRegistry({ subscriptions: [], extension: { packageJSON: {} } } as unknown as vscode.ExtensionContext, log);
    registry.followUp('backendPaths.resetProgress', Promise.reject(new Error('the undo could not be saved')));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(lines.filter((l) => l.level === 'error').length, 1);
    assert.deepEqual(
      shown.map((s) => s.message),
      ['Backend Paths: backendPaths.resetProgress failed: the undo could not be saved'],
    );
  });

  test('a failing activation is logged with its stack, shown once, and still rejects', async () => {
    const { log, lines, shown } = recordingLog();
    await assert.rejects(
      log.guard('could not start', () => fails()),
      /boom/,
    );
    assert.match(lines.find((l) => l.level === 'error')?.text ?? '', /^could not start: Error: boom\n\s+at fails \(/);
    assert.deepEqual(
      shown.map((s) => s.message),
      ['Backend Paths: could not start: boom'],
    );
  });

  test("the extension's own commands go through the registry: a failure resolves and is reported once", async () => {
    const parent = workspaceFolder();
    const target = vscode.Uri.joinPath(parent, 'taken-by-test');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, 'keep.txt'), new TextEncoder().encode('mine\n'));
    const { log } = api.internals;
    const reported: [string, unknown][] = [];
    log.error = (what, error) => reported.push([what, error]);
    try {
      const result = await vscode.commands.executeCommand('backendPaths.scaffold', {
        roleId: 'nodejs',
        projectName: 'taken-by-test',
        parentUri: parent,
      });
      assert.equal(result, undefined);
      assert.equal(reported.length, 1);
      assert.equal(reported[0][0], 'Create Starter Project failed');
      assert.match((reported[0][1] as Error).message, /already exists\. Nothing was written/);
    } finally {
      delete (log as Partial<Log>).error;
    }
  });

  test('the facade: roles (frozen), skill states, progress events and scaffold (which rejects with the reason)', async () => {
    await clearProgress(api.internals);
    assert.equal(api.version, 1);
    assert.equal(api.roles.length, 11);
    assert.equal(api.roles[1]?.id, 'nodejs');
    assert.ok(Object.isFrozen(api.roles) && Object.isFrozen(api.roles[1].skillGroups[0].skills[0]));
    assert.throws(() => {
      (api.roles as Role[]).pop();
    }, TypeError);
    assert.notEqual(api.roles[1], api.internals.catalog.role('nodejs'), 'a copy: the views keep their own');

    const changes: (readonly string[])[] = [];
    const listener = api.onDidChangeProgress(({ skillIds }) => changes.push(skillIds));
    try {
      assert.equal(api.skillState('node-typescript'), 'not-started');
      await vscode.commands.executeCommand('backendPaths.markInProgress', 'node-typescript');
      assert.equal(api.skillState('node-typescript'), 'in-progress');
      assert.deepEqual(changes, [['node-typescript']]);
    } finally {
      listener.dispose();
    }

    await assert.rejects(api.scaffold({ roleId: 'cobol', projectName: 'x', parentUri: workspaceFolder() }), /there is no role "cobol"/);
  });

  test('outside test mode the export is the facade alone: no internals', () => {
    const subscriptions: vscode.Disposable[] = [];
    try {
      for (const mode of [vscode.ExtensionMode.Production, vscode.ExtensionMode.Development]) {
        const exported = createApi(mode, subscriptions, api.internals, api.scaffold);
        assert.deepEqual(Object.keys(exported).sort(), ['onDidChangeProgress', 'roles', 'scaffold', 'skillState', 'version']);
        assert.ok(!('internals' in exported));
        assert.ok(Object.isFrozen(exported));
        const reachable = Object.values(Object.getOwnPropertyDescriptors(exported)).map((d): unknown => d.value);
        for (const internal of Object.values(api.internals)) assert.ok(!reachable.includes(internal));
      }
      assert.ok('internals' in createApi(vscode.ExtensionMode.Test, subscriptions, api.internals, api.scaffold));
    } finally {
      for (const d of subscriptions) d.dispose();
    }
  });
});
