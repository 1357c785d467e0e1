// An exercise check in the browser's web worker extension host (the web pass of run-e2e.mjs; skipped in the Node
// one, where exercises.test.mjs runs checks): no process can start there, so the check says it needs desktop VS
// Code or a remote window, and its notification opens the project's README, where the instructions are.
import { readManifest } from '../starters/exercises.mjs';
import { EXTENSION_HOST, useSession } from './session.mjs';

const PROJECT = 'web-api';

(EXTENSION_HOST === 'web' ? describe : describe.skip)('an exercise check in the browser', function () {
  const session = useSession('web-check');

  it('says it needs desktop VS Code or a remote window, and offers the instructions instead', async () => {
    const { page } = session;
    const project = await session.createStarter('Node.js/Express Developer', PROJECT);
    const [exercise] = readManifest(project).exercises;
    await session.runCommand('View: Close All Editors');
    const testing = page.locator('.part.sidebar');
    const row = (label) => testing.locator('.monaco-list-row', { hasText: label }).first();
    await session.runCommand('Testing: Focus on Test Explorer View');
    await row(PROJECT).waitFor();
    if ((await row(PROJECT).getAttribute('aria-expanded')) !== 'true') await row(PROJECT).locator('.monaco-tl-twistie').click();
    await row(exercise.title).hover();
    await row(exercise.title).locator('.action-label[aria-label^="Run Test"], .action-label[aria-label^="Check"]').first().click();

    const notice = page.locator('.notifications-toasts .notification-toast', { hasText: 'needs desktop VS Code or a remote window' });
    await notice.waitFor();
    await session.screenshot('web-check-needs-desktop');
    await notice.locator('.monaco-button', { hasText: 'Open Instructions' }).click();
    await page.locator('.tabs-container .tab', { hasText: 'Preview README.md' }).waitFor();
  });
});
