// A team's own path as a learner meets it: a folder with .backend-paths/roles/team/role.yaml shows the role in the
// view's Workspace roles section; its page opens from the row, a skill ticked there shows in the tree, and after a
// window reload the page comes back (once the workspace's roles have loaded) with the tick kept.
import assert from 'node:assert/strict';
import { TEAM_ROLE, TEAM_ROLE_FILE } from './teamRole.mjs';
import { openSession, screenshotOnFailure } from './session.mjs';

describe('workspace roles', function () {
  let session;
  before(async () => {
    session = await openSession('workspace-roles', { workspaceFiles: { [TEAM_ROLE_FILE]: TEAM_ROLE } });
  });
  afterEach(screenshotOnFailure(() => session));
  after(async () => session?.close());

  const teamPage = () => session.webviewFrame('body[data-role="ws-team"]');
  const pageBox = (frame, name) => frame.locator('li.skill', { hasText: name }).locator('input[type=checkbox]');

  it('shows the folder’s role in its own section; its page ticks a skill that the tree shows', async () => {
    await session.openView();
    await session.row('Team Onboarding', 2).click();
    const frame = await teamPage();
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
});
