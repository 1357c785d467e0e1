import assert from 'node:assert/strict';
import { useSession } from './session.mjs';

const THEMES = [
  ['light', 'Default Light Modern', 'vscode-light'],
  ['dark', 'Default Dark Modern', 'vscode-dark'],
  ['high-contrast', 'Default High Contrast', 'vscode-high-contrast'],
];

/**
 * Waits until the page in `frame` wears the theme's body class, then checks every visible piece of text
 * against the background it is drawn on: WCAG AA, 4.5:1 (3:1 for large text and for symbols hidden from
 * screen readers, which are graphics). Fails with the offenders.
 */
async function assertReadable(frame, themeClass) {
  await frame.waitForFunction((name) => document.body.classList.contains(name), themeClass);
  const failures = await frame.evaluate(() => {
    const rgba = (css) => (css.match(/[\d.]+/g) ?? ['0', '0', '0', '0']).map(Number);
    const over = ([r, g, b, a = 1], [br, bg, bb]) => [r * a + br * (1 - a), g * a + bg * (1 - a), b * a + bb * (1 - a)];
    const background = (element) => {
      const layers = [];
      for (let e = element; e; e = e.parentElement) layers.push(rgba(getComputedStyle(e).backgroundColor));
      return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
    };
    const luminance = (rgb) => {
      const [r, g, b] = rgb.map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const found = [];
    for (const element of document.body.querySelectorAll('*')) {
      const hasText = [...element.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (!hasText || element.closest('svg') || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden') continue;
      const back = background(element);
      const [l1, l2] = [luminance(over(rgba(style.color), back)), luminance(back)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const decoration = element.closest('[aria-hidden="true"]'); // such as the demand stars beside their words
      if (ratio < (large || decoration ? 3 : 4.5))
        found.push(
          `${ratio.toFixed(2)}:1 ${element.tagName.toLowerCase()}.${element.className} "${element.textContent.trim().slice(0, 40)}"`,
        );
    }
    return found;
  });
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} pieces of text below the WCAG AA contrast`);
}

describe('role and overview pages stay in sync with the tree', function () {
  const session = useSession('pages');

  it('opens the role page from the tree and shows the role', async () => {
    await session.openView();
    const frame = await session.openPageFromRow('GraphQL Specialist', 1, 'body[data-role="graphql"]');
    assert.equal(await frame.locator('h1').innerText(), 'GraphQL Specialist');
    assert.match(await frame.locator('.facts').innerText(), /Demand[\s\S]*4 of 5[\s\S]*Salary[\s\S]*\$130K–\$160K/);
    assert.match(await frame.locator('#progress-text').innerText(), /^0 of 17 skills done · 0%/);
    const answer = frame.locator('details').first();
    assert.equal(await answer.getAttribute('open'), null, 'interview answers start folded');
  });

  it('ticking on the page ticks the tree and moves the counts', async () => {
    const frame = await session.webviewFrame('body[data-role="graphql"]');
    await frame.locator('label', { hasText: 'Schema definition & types' }).click();
    await session.expand('GraphQL Specialist');
    await session.expand('Core Concepts');
    const treeBox = session.checkbox('Schema definition & types');
    await session.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await treeBox.elementHandle());
    assert.match(await session.row('GraphQL Specialist').locator('.label-description').innerText(), /^1\/17 · 6%/);
    assert.match(await frame.locator('#progress-text').innerText(), /^1 of 17 skills done · 6%/);
  });

  it('ticking in the tree ticks the page at once', async () => {
    await session.checkbox('Queries, mutations, subscriptions').click();
    const frame = await session.webviewFrame('body[data-role="graphql"]');
    const pageBox = frame.locator('li.skill', { hasText: 'Queries, mutations, subscriptions' }).locator('input[type=checkbox]');
    await pageBox.waitFor();
    await frame.waitForFunction((el) => el.checked, await pageBox.elementHandle());
    assert.match(await frame.locator('#progress-text').innerText(), /^2 of 17 skills done · 12%/);
  });

  it('comes back after a window reload, with its state', async () => {
    const before = await session.webviewFrame('body[data-role="graphql"]');
    await before.evaluate(() => window.scrollTo(0, 600));
    await before.waitForTimeout(300);
    await session.reload();
    const frame = await session.webviewFrame('body[data-role="graphql"]', 60_000);
    assert.equal(await frame.locator('h1').innerText(), 'GraphQL Specialist');
    const box = frame.locator('li.skill', { hasText: 'Queries, mutations, subscriptions' }).locator('input[type=checkbox]');
    assert.equal(await box.isChecked(), true);
    await frame.waitForFunction(() => window.scrollY > 300);
  });

  it('opens the overview with the job market, the timeline and progress by role', async () => {
    await session.runCommand('Backend Paths: Open Overview');
    const frame = await session.webviewFrame('#job-market');
    assert.equal(await frame.locator('#job-market tbody tr').count(), 6);
    assert.equal(await frame.locator('ol.timeline li').count(), 7);
    assert.match(await frame.locator('svg.chart').getAttribute('aria-label'), /Progress by role/);
    assert.match(await frame.locator('svg.chart g[aria-label^="GraphQL"]').getAttribute('aria-label'), /2 of 17 skills done/);
    await frame.locator('th button[data-sort="growth"]').click();
    await frame.locator('th button[data-sort="growth"]').click();
    assert.equal(await frame.locator('#job-market tbody tr').first().getAttribute('data-role'), 'graphql', 'highest growth first');
  });

  for (const [name, theme, themeClass] of THEMES) {
    it(`reads well in the ${name} theme: the pages follow it, every text contrasts enough (screenshots)`, async () => {
      await session.setTheme(theme);
      await session.runCommand('Backend Paths: Open Overview');
      await assertReadable(await session.webviewFrame('#job-market'), themeClass);
      await session.screenshot(`overview-${name}`);
      await session.openView();
      await session.row('GraphQL Specialist').click();
      await assertReadable(await session.webviewFrame('body[data-role="graphql"]'), themeClass);
      await session.screenshot(`role-page-${name}`);
    });
  }

  it('clicking a skill opens its page at that skill (and leaves a picture for the README)', async () => {
    await session.setTheme('Default Dark Modern');
    await session.expand('GraphQL Specialist');
    await session.expand('Core Concepts');
    await session.row('Field-level authorization').click();
    const frame = await session.webviewFrame('body[data-role="graphql"]');
    await frame.locator('li.skill.focused', { hasText: 'Field-level authorization' }).waitFor();
    await session.screenshot('readme');
  });

  it('clicking a skill of a role whose page is closed opens the page at that skill', async () => {
    await session.openView();
    await session.expand('Python Backend Developer');
    await session.expand('FastAPI', 2);
    await session.row('Background tasks').click();
    const frame = await session.webviewFrame('body[data-role="python"]');
    const focused = frame.locator('li.skill.focused');
    await focused.waitFor();
    assert.match(await focused.locator('label').innerText(), /^Background tasks$/);
    await frame.waitForFunction(() => window.scrollY > 500);
  });
});
