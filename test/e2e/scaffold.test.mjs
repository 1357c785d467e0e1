import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { useSession } from './session.mjs';

describe('scaffold a starter project from the command palette', function () {
  const session = useSession('scaffold', {}, async () => {
    fs.mkdirSync(path.join(session.workspace, 'taken'));
  });

  it('goes through the wizard, writes the project, shows it in the explorer and opens its README', async () => {
    const { page } = session;
    await session.runCommand('Backend Paths: Create Starter Project…');
    await session.quickInput().fill('Node.js');
    await session.quickPickRow('Node.js/Express Developer').click();

    const step = (n) => page.locator('.quick-input-widget .quick-input-title', { hasText: `(${n}/4)` }).waitFor();
    const message = page.locator('.quick-input-widget .quick-input-message');
    await step(2);
    await session.quickInput().fill('My App');
    await page.waitForFunction((el) => /Use only lower-case/.test(el.textContent), await message.elementHandle());
    await session.quickInput().fill('taken');
    await page.waitForFunction((el) => /already exists/.test(el.textContent), await message.elementHandle());
    await session.quickInput().fill('my-first-api');
    await page.waitForFunction((el) => !/already exists|Use only/.test(el.textContent), await message.elementHandle());
    await page.keyboard.press('Enter');

    await step(3);
    await session.quickPickRow('workspace').waitFor();
    await page.keyboard.press('Enter');
    await step(4);
    await session.quickPickRow('Create my-first-api').waitFor();
    // Where it goes, as a path of the machine the files are on (in the browser too, where the folder is remote).
    await session.quickPickRow(`in ${path.join(session.workspace, 'my-first-api')}`).waitFor();
    await session.screenshot('scaffold-confirm');
    await page.keyboard.press('Enter');

    const project = path.join(session.workspace, 'my-first-api');
    for (let i = 0; i < 100 && !fs.existsSync(path.join(project, 'package.json')); i++) await page.waitForTimeout(100);
    const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
    assert.equal(pkg.name, 'my-first-api');
    assert.ok(fs.existsSync(path.join(project, 'src', 'app.ts')));
    assert.deepEqual(fs.readdirSync(session.workspace).sort(), ['my-first-api', 'taken'], 'no staging folder left behind');

    await page.locator('.notifications-toasts', { hasText: 'Created the Node.js/Express Developer starter' }).waitFor();
    await page.locator('.tabs-container .tab', { hasText: 'Preview README.md' }).waitFor();
    const preview = await session.webviewFrame('body.vscode-body h1');
    assert.equal(await preview.locator('h1').first().innerText(), 'my-first-api');
    await session.runCommand('View: Show Explorer');
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'my-first-api' }).waitFor();
    await session.screenshot('scaffold-done');
  });

  it("refuses, as you type, a name the chosen role's starter cannot take, saying why", async () => {
    const { page } = session;
    await session.runCommand('Backend Paths: Create Starter Project…');
    await session.quickInput().fill('Python');
    await session.quickPickRow('Python Backend Developer').click();
    const message = page.locator('.quick-input-widget .quick-input-message');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: '(2/4)' }).waitFor();
    await session.quickInput().fill('typing');
    await page.waitForFunction(
      (el) => /"typing" would shadow Python's standard module typing/.test(el.textContent),
      await message.elementHandle(),
    );
    await session.quickInput().fill('typing-app');
    await page.waitForFunction((el) => !/would shadow/.test(el.textContent), await message.elementHandle());
    await page.keyboard.press('Escape');
  });
});
