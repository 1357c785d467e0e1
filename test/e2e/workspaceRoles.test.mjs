// A team's own path as a learner meets it: a folder with .backend-paths/roles/team/role.yaml shows the role in the
// view's Workspace roles section; its page opens from the row, a skill ticked there shows in the tree, and after a
// window reload the page comes back (once the workspace's roles have loaded) with the tick kept. And as an author
// makes one: Fork Role into Workspace from the palette, the title edited in the editor (the tree follows before
// saving), an unknown field underlined and in Problems, fixed, a skill ticked, kept after a reload.
import assert from 'node:assert/strict';
import { TEAM_ROLE, TEAM_ROLE_FILE } from './teamRole.mjs';
import { useSession } from './session.mjs';

describe('workspace roles', function () {
  const session = useSession('workspace-roles', { workspaceFiles: { [TEAM_ROLE_FILE]: TEAM_ROLE } });

  const teamPage = () => session.webviewFrame('body[data-role="ws-team"]');
  const pageBox = (frame, name) => frame.locator('li.skill', { hasText: name }).locator('input[type=checkbox]');

  it('shows the folder’s role in its own section; its page ticks a skill that the tree shows', async () => {
    await session.openView();
    const frame = await session.openPageFromRow('Team Onboarding', 2, 'body[data-role="ws-team"]');
    await pageBox(frame, 'Code review').check();
    await session.expand('Team Onboarding', 2);
    await session.expand('First week', 3);
    const treeBox = session.checkbox('Code review', 4);
    await session.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await treeBox.elementHandle());
    await session.screenshot('workspace-role-ticked');
  });

  it('after a reload its page comes back with the tick kept', async () => {
    await session.reload();
    const frame = await teamPage();
    assert.equal(await pageBox(frame, 'Code review').isChecked(), true);
    assert.equal(await pageBox(frame, 'Local setup').isChecked(), false);
  });

  /** Puts the cursor at the start of `line` of the active editor (Go to Line, from the command center). */
  async function goToLine(line) {
    const { page } = session;
    await page.keyboard.press('Escape');
    await page.locator('.part.titlebar .command-center .command-center-quick-pick').click();
    await session.quickInput().fill(`:${line}`);
    await page.keyboard.press('Enter');
  }

  it('forks a built-in role, edits it live, sees a problem and fixes it, ticks a skill that outlives a reload', async () => {
    const { page } = session;
    // The author starts from a clean editor area: a page restored by the reload may take the focus, and so close the
    // quick pick, while it settles.
    await session.runCommand('View: Close All Editors');
    await page.locator('.tabs-container .tab').first().waitFor({ state: 'detached' });
    await session.runCommand('Backend Paths: Fork Role into Workspace…');
    await session.quickPickRow('GraphQL Specialist').click();
    const prompt = (text) => page.locator('.quick-input-widget .quick-input-message', { hasText: text }).waitFor();
    await prompt("the new role's id");
    await session.quickInput().fill('team-graphql');
    await page.keyboard.press('Enter');
    await prompt("The role's title");
    await session.quickInput().fill('Team GraphQL');
    await page.keyboard.press('Enter');
    // The new file opens in an editor, and VS Code reveals it in the Explorer: back to the Roles view.
    await page.locator('.tabs-container .tab.active', { hasText: 'role.yaml' }).waitFor();
    await session.openView();
    await session.row('Team GraphQL', 2).waitFor();

    // Line 4 is the title (after two comment lines and the id): the tree follows the unsaved edit.
    await goToLine(4);
    await page.keyboard.press('Shift+End');
    await page.keyboard.type('title: Our GraphQL');
    await session.row('Our GraphQL', 2).waitFor();

    // Escape first: the editor may be suggesting a word, which Enter would take.
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('colour: blue');
    await page.keyboard.press('Escape');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor();
    await page.locator('.statusbar-item[id="status.problems"]').click();
    await page.locator('.markers-panel .monaco-list-row', { hasText: 'colour: unknown field' }).waitFor();
    await session.row('team-graphql', 2).locator('.label-description', { hasText: '1 problem' }).waitFor();
    await session.screenshot('workspace-role-problem');

    await goToLine(5);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'detached' });
    await session.row('Our GraphQL', 2).waitFor();
    await session.runCommand('File: Save');
    await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached' });

    await session.expand('Our GraphQL', 2);
    await session.expand('Core Concepts', 3);
    const box = session.checkbox('Schema definition & types', 4);
    await box.click();
    await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await box.elementHandle());

    await session.reload();
    await session.openView();
    await session.expand('Our GraphQL', 2);
    await session.expand('Core Concepts', 3);
    const kept = session.checkbox('Schema definition & types', 4);
    await page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await kept.elementHandle());
  });
});
