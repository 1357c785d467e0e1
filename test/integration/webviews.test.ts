import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals } from '../../src/api';
import { activateExtension, clearProgress, closeAllEditors, waitFor } from './helpers';

suite('role and overview pages', () => {
  let api: Internals;

  suiteSetup(async () => {
    api = await activateExtension();
  });
  setup(async () => {
    await clearProgress(api);
    await closeAllEditors();
  });

  test('openRole opens one page per role: opening it again reveals the same panel', async () => {
    assert.equal(await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs'), true);
    const first = api.rolePanels.panel('nodejs');
    assert.equal(first?.title, 'Node.js/Express Developer');
    assert.equal(first?.viewType, 'backendPaths.role');
    await vscode.commands.executeCommand('backendPaths.openRole', 'python');
    await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs', 'node-typescript');
    assert.equal(api.rolePanels.panel('nodejs'), first);
    assert.equal(first?.active, true);
    assert.equal(await vscode.commands.executeCommand('backendPaths.openRole', 'cobol'), false);
  });

  test('the page is built safely: strict CSP with a nonce, local resources only, escaped content', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'graphql');
    const panel = api.rolePanels.panel('graphql')!;
    const html = panel.webview.html.replaceAll('&#39;', "'");
    const nonce = /script-src 'nonce-([^']+)'/.exec(html)?.[1];
    assert.ok(nonce, 'a nonce in the CSP');
    assert.match(html, /default-src 'none'/);
    assert.ok(!html.includes('unsafe-inline') && !html.includes('unsafe-eval'));
    assert.match(html, new RegExp(`<script nonce="${nonce.replace(/[+/=]/g, '\\$&')}" src="[^"]+/media/role\\.js"`));
    assert.equal(panel.webview.options.enableCommandUris, false);
    const roots = panel.webview.options.localResourceRoots?.map((u) => u.path) ?? [];
    assert.equal(roots.length, 2);
    assert.ok(roots[0].endsWith('/media') && roots[1].endsWith('/dist/codicons'), roots.join(', '));
    assert.ok(html.includes('Field-level authorization'));
  });

  test('ticks from the tree reach an open page at once (a message to the live page)', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs');
    const panel = api.rolePanels.panel('nodejs')!;
    await waitFor('the page to be visible', () => panel.visible);
    const sent: unknown[] = [];
    const original = panel.webview.postMessage.bind(panel.webview);
    panel.webview.postMessage = (message: unknown) => {
      sent.push(message);
      return original(message);
    };
    try {
      await vscode.commands.executeCommand('backendPaths.markDone', 'node-express-fastify');
      const update = sent.find((m) => (m as { type: string }).type === 'progress') as {
        states: Record<string, string>;
        counts: { done: number };
        summary: string;
      };
      assert.ok(update, 'a progress message was posted');
      assert.equal(update.states['node-express-fastify'], 'done');
      assert.equal(update.counts.done, 1);
      assert.match(update.summary, /^1 of 14 skills done · 7%/);
      sent.length = 0;
      await vscode.commands.executeCommand('backendPaths.markDone', 'py-fastapi');
      assert.equal(sent.length, 0, 'a page is not told about other roles');
    } finally {
      panel.webview.postMessage = original;
    }
  });

  test('ticks on the page reach the store (and so the tree); malformed or foreign messages are ignored', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs');
    await api.rolePanels.receive('nodejs', { type: 'setSkillState', skillId: 'node-typescript', state: 'in-progress' });
    assert.equal(api.progress.state('node-typescript'), 'in-progress');
    const malformed: unknown[] = [
      null,
      'setSkillState',
      { type: 'setSkillState', skillId: 'node-typescript' },
      { type: 'setSkillState', skillId: 'node-typescript', state: 'finished' },
      { type: 'setSkillState', skillId: '../../etc', state: 'done' },
      { type: 'setSkillState', skillId: 'node-typescript', state: 'done', extra: true },
      { type: 'runCommand', command: 'workbench.action.quit' },
      { type: 'setSkillState', skillId: 'py-fastapi', state: 'done' },
    ];
    for (const message of malformed) await api.rolePanels.receive('nodejs', message);
    assert.equal(api.progress.state('node-typescript'), 'in-progress');
    assert.equal(api.progress.state('py-fastapi'), 'not-started', 'a page cannot change another role');
  });

  test('the host refuses to send a page a malformed message, and logs it', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs');
    const panel = api.rolePanels.panel('nodejs')!;
    await waitFor('the page to be visible', () => panel.visible);
    const sent: unknown[] = [];
    const warnings: string[] = [];
    const original = panel.webview.postMessage.bind(panel.webview);
    panel.webview.postMessage = (message: unknown) => {
      sent.push(message);
      return original(message);
    };
    api.log.warn = (message) => warnings.push(message);
    try {
      // What RolePanels itself sends is typed; a cast stands for a bug that slipped past the types.
      (api.rolePanels as unknown as { update(key: string, message: unknown): void }).update('nodejs', { type: 'reveal', skillId: '../x' });
      // The check waits for the page's message schemas, which load with its first message.
      await waitFor('the refusal to be logged', () => warnings.length > 0);
      assert.deepEqual(sent, []);
      assert.match(warnings.join('\n'), /^backendPaths\.role nodejs: not sent, malformed message: \{"type":"reveal","skillId":"\.\.\/x"\}/);
    } finally {
      panel.webview.postMessage = original;
      delete (api.log as Partial<typeof api.log>).warn;
    }
  });

  test('a page message whose action fails is reported (logged with its stack, shown once), not lost', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'nodejs');
    const reported: [string, unknown][] = [];
    api.log.error = (what, error) => reported.push([what, error]);
    api.progress.setState = async () => {
      throw new Error('no space left');
    };
    try {
      await api.rolePanels.receive('nodejs', { type: 'setSkillState', skillId: 'node-typescript', state: 'done' });
      assert.deepEqual(
        reported.map(([what, error]) => [what, (error as Error).message]),
        [['the nodejs page could not act on {"type":"setSkillState","skillId":"node-typescript","state":"done"}', 'no space left']],
      );
    } finally {
      delete (api.log as Partial<typeof api.log>).error;
      delete (api.progress as Partial<typeof api.progress>).setState;
    }
  });

  test('a hidden page is re-rendered with the new state, so it is current when shown again', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'dotnet');
    await vscode.commands.executeCommand('backendPaths.openRole', 'python');
    const hidden = api.rolePanels.panel('dotnet')!;
    await waitFor('the dotnet page to be hidden', () => !hidden.visible);
    const skillId = api.catalog.role('dotnet')!.skillGroups[0].skills[0].id;
    await vscode.commands.executeCommand('backendPaths.markDone', skillId);
    assert.match(hidden.webview.html, new RegExp(`id="skill-${skillId}" data-skill="${skillId}" checked`));
  });

  test('a page the learner opens takes the focus to its heading; drawn again, it leaves the focus where it is', async () => {
    api.rolePanels.panel('dotnet')?.dispose();
    await vscode.commands.executeCommand('backendPaths.openRole', 'dotnet');
    const dotnet = api.rolePanels.panel('dotnet')!;
    assert.match(dotnet.webview.html, /<body [^>]*data-focus-heading="true"/);
    await vscode.commands.executeCommand('backendPaths.openRole', 'python');
    await waitFor('the dotnet page to be hidden', () => !dotnet.visible);
    await vscode.commands.executeCommand('backendPaths.markDone', api.catalog.role('dotnet')!.skillGroups[0].skills[1].id);
    assert.doesNotMatch(dotnet.webview.html, /data-focus-heading/);
  });

  test('opening a hidden page at a skill renders the focus into it (a hidden page cannot be messaged)', async () => {
    await vscode.commands.executeCommand('backendPaths.openRole', 'dotnet');
    await vscode.commands.executeCommand('backendPaths.openRole', 'python');
    const dotnet = api.rolePanels.panel('dotnet')!;
    await waitFor('the dotnet page to be hidden', () => !dotnet.visible);
    const skillId = api.catalog.role('dotnet')!.skillGroups[1].skills[0].id;
    await vscode.commands.executeCommand('backendPaths.openRole', 'dotnet', skillId);
    assert.match(dotnet.webview.html, new RegExp(`data-focus-skill="${skillId}"`));
    assert.equal(api.rolePanels.panel('dotnet'), dotnet);
  });

  test('the overview opens once, lists the job market and re-renders on progress', async () => {
    await vscode.commands.executeCommand('backendPaths.openOverview');
    const panel = api.overview.current!;
    assert.equal(panel.title, 'Backend Paths Overview');
    await vscode.commands.executeCommand('backendPaths.openOverview');
    assert.equal(api.overview.current, panel);
    assert.match(panel.webview.html, /Node\.js Dev/);
    assert.match(panel.webview.html, /Months 19–24/);
    assert.match(panel.webview.html, /Node\.js\/Express Developer: 0 of 14 skills done/);
    await vscode.commands.executeCommand('backendPaths.markDone', 'node-express-fastify');
    assert.match(panel.webview.html, /Node\.js\/Express Developer: 1 of 14 skills done/);
  });
});
