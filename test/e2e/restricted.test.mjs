// Restricted Mode as a learner meets it: Workspace Trust on, a fresh window on a folder they answer "No, I don't
// trust the authors" for. Browsing, ticking and the role page work as ever. A check of the starter project already
// in the folder, and a new starter written into it, each ask for trust with VS Code's own Workspace Trust editor;
// nothing runs or is written before, and once the folder is trusted the starter is written without a reload.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, newRunDir } from '../vscode/workbench.mjs';
import { openSession, screenshotOnFailure } from './session.mjs';
import { TEAM_ROLE, TEAM_ROLE_FILE } from './teamRole.mjs';

const EXISTING = 'cloned-api';
const NEW = 'trusted-api';

/** Every file and folder under `folder`, as relative paths. */
function tree(folder) {
  return fs.readdirSync(folder, { recursive: true }).sort();
}

describe('Restricted Mode: browse freely, asked for trust before code runs or a starter is written', function () {
  let session;
  let untouched;
  before(async () => {
    const runDir = newRunDir('e2e-restricted');
    const workspace = path.join(runDir, 'workspace');
    fs.mkdirSync(workspace, { recursive: true });
    execFileSync(process.execPath, [path.join(REPO, 'dist', 'cli.js'), 'scaffold', 'nodejs', path.join(workspace, EXISTING)]);
    fs.mkdirSync(path.dirname(path.join(workspace, TEAM_ROLE_FILE)), { recursive: true });
    fs.writeFileSync(path.join(workspace, TEAM_ROLE_FILE), TEAM_ROLE);
    untouched = tree(workspace);
    session = await openSession('restricted', { runDir, trust: true });
  });
  afterEach(screenshotOnFailure(() => session));
  after(async () => session?.close());

  it('starts in Restricted Mode once the learner does not trust the folder', async () => {
    const { page } = session;
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'Do you trust the authors of the files in this folder?' });
    await dialog.waitFor({ timeout: 90_000 });
    await dialog.locator('.monaco-button', { hasText: "No, I don't trust the authors" }).click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor();
  });

  it('shows the Roles tree, ticks a skill and opens a role page', async () => {
    const { page } = session;
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    const checkbox = session.checkbox('Express.js & Fastify frameworks');
    await checkbox.click();
    await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await checkbox.elementHandle());
    const frame = await session.openPageFromRow('Node.js/Express Developer', 1, 'body[data-role="nodejs"]');
    assert.equal(await frame.locator('h1').innerText(), 'Node.js/Express Developer');
    assert.match(await frame.locator('#progress-text').innerText(), /^1 of 14 skills done/);
    assert.match(await frame.locator('.notice').innerText(), /Restricted Mode\. A check runs code from your project/);
    await session.screenshot('restricted-role-page');
  });

  it("shows the folder's own role read-only: no checkboxes in the tree, disabled ones on its page", async () => {
    const teamRow = session.row('Team Onboarding', 2);
    await teamRow.locator('.label-description', { hasText: 'read-only' }).waitFor();
    await session.expand('Team Onboarding', 2);
    await session.expand('First week', 3);
    await session.row('Code review', 4).waitFor();
    assert.equal(await session.checkbox('Code review', 4).count(), 0, 'no checkbox on a read-only skill');
    const frame = await session.openPageFromRow('Team Onboarding', 2, 'body[data-role="ws-team"]');
    assert.equal(await frame.locator('li.skill', { hasText: 'Code review' }).locator('input[type=checkbox]').isDisabled(), true);
    assert.match(await frame.locator('.notice').innerText(), /this role comes from the folder, so it is read-only/);
    await session.screenshot('restricted-workspace-role');
    await session.page.locator('.tabs-container .tab', { hasText: 'Node.js/Express Developer' }).click();
  });

  it("checking an exercise of the folder's starter asks for trust first, and runs nothing when refused", async () => {
    const { page } = session;
    const frame = await session.webviewFrame('body[data-role="nodejs"]');
    await frame.locator('button[data-check-exercise]').first().click();
    const modal = page.locator('.monaco-dialog-box', { hasText: 'Checking an exercise runs code from this folder' });
    await modal.waitFor();
    await modal.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).waitFor();
    await session.screenshot('restricted-check-asks');
    await modal.locator('.monaco-button', { hasText: 'Cancel' }).click();
    await page.locator('.notifications-toasts', { hasText: 'The check did not run: this folder is not trusted.' }).waitFor();
    assert.deepEqual(tree(session.workspace), untouched, 'nothing ran: no report, no node_modules');
    // The command stays in the palette, to ask for trust there too (it is hidden only in a virtual workspace).
    await session.runCommand('Backend Paths: Check Exercise…');
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Backend Paths: Check Exercise' }).waitFor();
    await page.keyboard.press('Escape');
  });

  it("creating a starter in the folder opens VS Code's trust flow, writes nothing before, and writes it once trusted", async () => {
    const { page } = session;
    const frame = await session.webviewFrame('body[data-role="nodejs"]');
    await frame.locator('button[data-action="scaffold"]').click();
    const step = (n) => page.locator('.quick-input-widget .quick-input-title', { hasText: `(${n}/4)` }).waitFor();
    await step(1);
    await page.keyboard.press('Enter');
    await step(2);
    await session.quickInput().fill(NEW);
    await page.keyboard.press('Enter');
    await step(3);
    await session.quickPickRow('workspace').waitFor();
    await page.keyboard.press('Enter');
    await step(4);
    await session.quickPickRow(`Create ${NEW}`).waitFor();
    await page.keyboard.press('Enter');

    const modal = page.locator('.monaco-dialog-box', { hasText: 'Creating a starter project in this folder needs a trusted folder.' });
    await modal.waitFor();
    assert.deepEqual(tree(session.workspace), untouched, 'nothing written while asking');
    await modal.locator('.monaco-button', { hasText: 'Manage Workspace Trust' }).click();

    const trustEditor = page.locator('.workspace-trust-editor');
    await trustEditor.locator('.workspace-trust-header', { hasText: 'You are in Restricted Mode' }).waitFor();
    await page.locator('.notifications-toasts', { hasText: 'the starter project will be created once you trust this folder' }).waitFor();
    await session.screenshot('restricted-trust-editor');
    assert.deepEqual(tree(session.workspace), untouched, 'nothing written before trust');

    await trustEditor.locator('.workspace-trust-buttons .monaco-button', { hasText: /^Trust$/ }).click();
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).waitFor({ state: 'detached' });
    await page.locator('.notifications-toasts', { hasText: 'Created the Node.js/Express Developer starter' }).waitFor();
    const pkg = JSON.parse(fs.readFileSync(path.join(session.workspace, NEW, 'package.json'), 'utf8'));
    assert.equal(pkg.name, NEW);
    // The role page follows without a reload: its Restricted Mode notice is gone.
    await page.locator('.tabs-container .tab', { hasText: 'Node.js/Express Developer' }).click();
    const rolePage = await session.webviewFrame('body[data-role="nodejs"] #exercises-heading');
    await rolePage.locator('.notice').waitFor({ state: 'detached' });
    await session.screenshot('restricted-trusted');
    // The folder's own role can be ticked now, in the tree.
    await session.checkbox('Code review', 4).waitFor();
  });
});
