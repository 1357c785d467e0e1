import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../vscode/workbench.mjs';
import { useSession } from './session.mjs';

describe('tick off skills: progress in the tree survives a reload', function () {
  const session = useSession('progress');

  it('ticks a skill, reloads the window, and finds the tick and the counts still there', async () => {
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    const checkbox = session.checkbox('Express.js & Fastify frameworks');
    assert.equal(await checkbox.getAttribute('aria-checked'), 'false');
    await checkbox.click();
    await session.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await checkbox.elementHandle());
    const roleDescription = session.row('Node.js/Express Developer').locator('.label-description');
    await session.page.waitForFunction((el) => el.textContent.startsWith('1/14 · 7%'), await roleDescription.elementHandle());
    assert.match(await session.row('Core Stack').locator('.label-description').innerText(), /^1\/8$/);
    await session.screenshot('progress-ticked');

    await session.reload();
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    assert.equal(await session.checkbox('Express.js & Fastify frameworks').getAttribute('aria-checked'), 'true');
    assert.match(await session.row('Node.js/Express Developer').locator('.label-description').innerText(), /^1\/14 · 7%/);
    const statusBar = session.page.locator('.statusbar-item', { hasText: /\d+\/\d+ · \d+%/ }).first();
    assert.match(await statusBar.innerText(), /1\/\d+ · 1%|1\/14 · 7%/);
  });

  it('keeps the ticks under keys it registered for Settings Sync', async () => {
    const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const registered = JSON.parse((await session.profileValue(`extensionKeys/${publisher}.${name}@${version}`)) ?? '[]');
    const globalState = JSON.parse((await session.profileValue(`${publisher}.${name}`)) ?? '{}');
    const holding = Object.keys(globalState).filter((key) => JSON.stringify(globalState[key]).includes('"node-express-fastify"'));
    assert.notDeepEqual(holding, [], 'the tick is saved');
    for (const key of holding)
      assert.ok(registered.includes(key), `${key} is registered for Settings Sync (registered: ${registered.join(', ')})`);
  });

  it('ticking a group ticks all of its skills', async () => {
    await session.expand('Python Backend Developer');
    const group = session.checkbox('Framework Choices');
    await group.click();
    await session.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await group.elementHandle());
    await session.expand('Framework Choices');
    for (const skill of ['FastAPI', 'Django', 'Flask', 'Starlette']) {
      assert.equal(await session.checkbox(skill, 3).getAttribute('aria-checked'), 'true', skill);
    }
  });

  it('finds a skill with Search Skills and reveals it in the tree', async () => {
    await session.viewAction('Search Skills').click();
    await session.quickInput().fill('Background tasks');
    await session.quickPickRow('Background tasks').waitFor();
    await session.page.keyboard.press('Enter');
    const row = session.row('Background tasks');
    await row.waitFor();
    await session.page.waitForFunction((el) => el.getAttribute('aria-selected') === 'true', await row.elementHandle());
    await session.screenshot('progress-search-revealed');
  });
});
