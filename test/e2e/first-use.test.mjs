// A new user's first steps, in a fresh window whose side bar shows the Explorer: the Roles view has never been
// shown, so its tree has no nodes yet when a command wants to reveal one.
import assert from 'node:assert/strict';
import { useSession } from './session.mjs';

const WELCOME = 'could not load its roles';

describe('first use: commands from a fresh window that shows the Explorer', function () {
  const session = useSession('first-use', {}, async () => {
    await session.page.locator('.part.sidebar .title-label', { hasText: /Explorer/i }).waitFor();
    // The icon comes with the extension's contributions, commands included: the palette can offer Learn… now.
    await session.activityBarIcon().waitFor();
    // Records whether the failure welcome text is ever shown, however briefly (before activation the view is empty).
    await session.page.evaluate((text) => {
      window.bpWelcomeSeen = false;
      new MutationObserver(() => {
        if (document.querySelector('.part.sidebar')?.textContent.includes(text)) window.bpWelcomeSeen = true;
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, WELCOME);
  });

  it('Learn… opens the role page at the skill and reveals the skill in the tree, without an error', async () => {
    const { page } = session;
    await session.runCommand('Backend Paths: Learn…');
    await session.quickInput().fill('backend java spring-boot advanced');
    await page.keyboard.press('Enter');
    const frame = await session.webviewFrame('body[data-role="java-spring"]');
    const focused = frame.locator('li.skill.focused');
    await focused.waitFor();
    const skill = await focused.locator('label').innerText();
    const row = session.row(skill, 3);
    await row.waitFor();
    await page.waitForFunction((el) => el.getAttribute('aria-selected') === 'true', await row.elementHandle());
    await session.screenshot('first-use-learn');
    assert.deepEqual(await page.locator('.notifications-toasts .notification-toast').allInnerTexts(), [], 'no notification');
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no error dialog');
  });

  it('never showed the "could not load its roles" welcome text', async () => {
    assert.equal(await session.page.evaluate(() => window.bpWelcomeSeen), false);
    assert.equal(await session.rolesPane().getByText(WELCOME).count(), 0);
  });

  it('Search Skills… reveals the skill after a reload that brings back the Explorer (the page restored, the view not)', async () => {
    const { page } = session;
    await session.runCommand('View: Show Explorer');
    await session.reload();
    await page.locator('.part.sidebar .title-label', { hasText: /Explorer/i }).waitFor();
    await session.activityBarIcon().waitFor();
    await session.runCommand('Backend Paths: Search Skills…');
    await session.quickInput().fill('Background tasks');
    await session.quickPickRow('Background tasks').waitFor();
    await page.keyboard.press('Enter');
    const row = session.row('Background tasks', 3);
    await row.waitFor();
    await page.waitForFunction((el) => el.getAttribute('aria-selected') === 'true', await row.elementHandle());
    assert.deepEqual(await page.locator('.notifications-toasts .notification-toast').allInnerTexts(), [], 'no notification');
  });
});
