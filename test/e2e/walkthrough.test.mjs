// The walkthrough as a new user meets it: opened from the Welcome page, its first step done by following its own
// button, and the step turning complete on the real event (the Roles view shown); a tick completes the next one.
import assert from 'node:assert/strict';
import { useSession } from './session.mjs';

describe('walkthrough', function () {
  const session = useSession('walkthrough');

  const step = (id) => session.page.locator(`.getting-started-step[data-step-id="backend-paths.backend-paths#start#${id}"]`);
  /** The step's own checkbox, once it says complete. */
  const done = (id) => session.page.locator(`[data-done-step-id="backend-paths.backend-paths#start#${id}"][aria-checked="true"]`);

  it('opens from the Welcome page, and its steps complete when the user does them', async () => {
    const { page } = session;
    await session.runCommand('Help: Welcome');
    await page.locator('.gettingStartedContainer').waitFor();
    // A fresh code-server opens its own setup walkthrough first: back to the Welcome page's list.
    const back = page.locator('.gettingStartedContainer .prev-button', { hasText: 'Welcome' });
    if (await back.isVisible()) await back.click();
    await page.locator('.gettingStartedContainer button', { hasText: 'Start with Backend Paths' }).first().click();
    await step('browse').waitFor();
    await session.screenshot('walkthrough-opened');
    await step('browse').click();
    // Its Markdown, named through package.nls.json (each language has its own), shows beside the steps.
    await session.webviewFrame('text=Eleven backend paths');
    await step('browse').getByRole('button', { name: 'Show the Roles view' }).click();
    await session.rolesPane().locator('.monaco-list-row').first().waitFor();
    await done('browse').waitFor();
    assert.equal(await done('tick').count(), 0, 'the next step is not done before the user does it');

    await session.expand('Python Backend Developer');
    await session.expand('Framework Choices');
    await session.checkbox('FastAPI', 3).click();
    await done('tick').waitFor();
    await session.screenshot('walkthrough-two-done');
  });
});
