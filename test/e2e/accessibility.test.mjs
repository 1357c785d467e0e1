// axe-core over every page (role page, overview, practice) in the dark, light and high-contrast themes: no serious or
// critical violation. Each run's report is saved beside the screenshots (test-results/accessibility/).
import axe from 'axe-core';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO } from '../vscode/workbench.mjs';
import { useSession } from './session.mjs';

const REPORTS = path.join(REPO, 'test-results', 'accessibility');
const THEMES = ['Default Dark Modern', 'Default Light Modern', 'Default High Contrast'];

describe('accessibility of the pages (axe-core)', function () {
  const session = useSession('accessibility', {}, async () => {
    await session.openView();
    await session.expand('Python Backend Developer');
    await session.expand('Framework Choices');
    await session.checkbox('FastAPI', 3).click();
  });

  /** Opens one page alone (so the page's webview is the only one), waits for `ready` in it, returns its frame. */
  const pages = {
    'role page': async () => {
      return session.openPageFromRow('Python Backend Developer', 1, 'body[data-role="python"]');
    },
    overview: async () => {
      await session.runCommand('Backend Paths: Open Overview');
      return session.webviewFrame('#job-market');
    },
    practice: async () => {
      await session.runCommand('Backend Paths: Practice Interview Questions');
      const frame = await session.webviewFrame('body[data-key="deck"]');
      await frame.locator('#reveal').click();
      await frame.locator('#answer:not([hidden])').waitFor();
      return frame;
    },
  };

  for (const theme of THEMES) {
    for (const [name, open] of Object.entries(pages)) {
      it(`${name}, ${theme}: no serious or critical violations`, async () => {
        await session.runCommand('View: Close All Editors');
        await session.page.locator('iframe.webview').waitFor({ state: 'detached' });
        const themeShown = await session.page
          .locator('.monaco-workbench')
          .evaluate((el, name) => el.classList.contains(name), themeClass(theme));
        if (!themeShown) await session.setTheme(theme);
        const slug = `${name}-${theme}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
        const frame = await open();
        // axe-core runs inside the page's own document. (@axe-core/playwright, which walks the frames from the
        // workbench down, now and then found no content frame inside the webview and analysed nothing.)
        await frame.evaluate(axe.source);
        const results = await frame.evaluate(() => window.axe.run(document));
        fs.mkdirSync(REPORTS, { recursive: true });
        fs.writeFileSync(
          path.join(REPORTS, `${slug}.json`),
          JSON.stringify({ violations: results.violations, passes: results.passes.length }, null, 2),
        );
        await session.screenshot(`axe-${slug}`);
        assert.ok(results.passes.length > 10, `axe ran over the page (${results.passes.length} rules passed)`);
        const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        assert.deepEqual(
          serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
          [],
        );
      });
    }
  }
});

function themeClass(theme) {
  return theme.includes('High Contrast') ? 'hc-black' : theme.includes('Light') ? 'vs' : 'vs-dark';
}
