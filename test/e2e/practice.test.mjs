// Interview practice as a person uses it: starts a role, opens Practice from its page, reveals and rates three
// cards with the keyboard only, reloads the window, and finds the due count on the activity bar lower and the
// day's reviews and streak kept.
import assert from 'node:assert/strict';
import { useSession } from './session.mjs';

describe('practice', function () {
  const session = useSession('practice');

  const dueBadge = () =>
    session.page
      .locator('.activitybar .action-item', { has: session.page.locator('a[aria-label^="Backend Paths"]') })
      .locator('.badge-content');
  const practiceFrame = () => session.webviewFrame('body[data-key="nodejs"]');

  it('rates three cards with Space and 1–4 from the role page, and the badge counts down', async () => {
    const { page } = session;
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    await session.checkbox('Middleware architecture', 3).click();
    await page.waitForFunction((el) => el.textContent === '10', await dueBadge().elementHandle());

    const rolePage = await session.openPageFromRow('Node.js/Express Developer', 1, 'body[data-role="nodejs"]');
    await rolePage.locator('button[data-action="practice"]').click();
    const frame = await practiceFrame();
    const question = frame.locator('#question');
    await question.filter({ hasText: 'Explain the Node.js event loop.' }).waitFor();
    assert.equal(await frame.evaluate(() => document.activeElement?.id), 'question', 'focus is on the question');

    for (const rating of ['3', '1', '4']) {
      const asked = await question.innerText();
      await page.keyboard.press('Space');
      await frame.locator('#answer:not([hidden])').waitFor();
      assert.equal(await frame.evaluate(() => document.activeElement?.dataset.rating), 'good', 'focus moves to the ratings');
      await page.keyboard.press(rating);
      await page.waitForFunction(
        ([el, before]) => el.textContent !== before && document.activeElement !== null,
        [await question.elementHandle(), asked],
      );
    }
    await frame.locator('#figures', { hasText: '3 reviewed today · 1 day in a row' }).waitFor();
    await page.waitForFunction((el) => el.textContent === '7', await dueBadge().elementHandle());
    await session.screenshot('practice-three-rated');
  });

  it('after a reload the page comes back with the day kept, and the badge says 7', async () => {
    await session.reload();
    await session.page.waitForFunction((el) => el?.textContent === '7', await dueBadge().elementHandle({ timeout: 90_000 }));
    const frame = await practiceFrame();
    await frame.locator('#figures', { hasText: '7 cards left today · 3 reviewed today · 1 day in a row' }).waitFor();
    // The fourth new card: the three rated ones come back tomorrow at the earliest.
    assert.equal(await frame.locator('#question').innerText(), 'How does error handling work in Express, including async handlers?');
  });
});
