// One user's session in the real workbench: code-server with the packaged VSIX installed, a workspace folder,
// and chromium driven by playwright-core. Journeys use these helpers instead of raw selectors.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, launchBrowser, newRunDir, startCodeServer } from '../vscode/workbench.mjs';

export const VSIX = path.join(REPO, 'backend-paths.vsix');
export const SCREENSHOTS = path.join(REPO, 'test-results', 'screenshots');

export async function openSession(label, { settings = {}, workspaceFiles = {} } = {}) {
  const runDir = newRunDir(`e2e-${label}`);
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace);
  for (const [name, text] of Object.entries(workspaceFiles)) fs.writeFileSync(path.join(workspace, name), text);
  const server = await startCodeServer(runDir, { vsix: VSIX, settings: { 'workbench.colorTheme': 'Default Dark Modern', ...settings } });
  const browser = await launchBrowser(runDir);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.workspaceUrl(workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
  await page.locator('.activitybar').waitFor({ timeout: 90_000 });

  const session = {
    page,
    workspace,
    runDir,
    errors,
    async close({ keep } = {}) {
      await browser.close().catch(() => undefined);
      await server.stop();
      if (!keep && !process.env.BP_KEEP_RUNS) fs.rmSync(runDir, { recursive: true, force: true });
    },
    async screenshot(name) {
      fs.mkdirSync(SCREENSHOTS, { recursive: true });
      const file = path.join(SCREENSHOTS, `${name}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    activityBarIcon: () => page.locator('.activitybar .action-item a[aria-label^="Backend Paths"]'),
    async openView() {
      const pane = session.rolesPane();
      if (!(await pane.locator('.monaco-list-row').first().isVisible().catch(() => false))) await session.activityBarIcon().click();
      await pane.locator('.monaco-list-row').first().waitFor();
      return pane;
    },
    rolesPane: () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Roles' }) }),
    row: (label) => session.rolesPane().locator('.monaco-list-row', { has: page.locator('.label-name', { hasText: label }) }).first(),
    checkbox: (label) => session.row(label).locator('.custom-view-tree-node-item-checkbox'),
    async expand(label) {
      const row = session.row(label);
      if ((await row.getAttribute('aria-expanded')) !== 'true') await row.locator('.monaco-tl-twistie').click();
      await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle());
    },
    async runCommand(title) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('F1');
      const input = page.locator('.quick-input-widget input.input');
      await input.waitFor();
      await input.fill(`>${title}`);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
      await page.keyboard.press('Enter');
    },
    quickInput: () => page.locator('.quick-input-widget input.input'),
    quickPickRow: (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first(),
    /** The document inside the webview whose body has `data-role=roleId` (or the overview when roleId is absent). */
    webview(selectorInside) {
      return page
        .frameLocator(`iframe.webview.ready:visible`)
        .frameLocator('#active-frame')
        .locator(selectorInside);
    },
    async reload() {
      await page.reload();
      await page.locator('.activitybar').waitFor({ timeout: 90_000 });
    },
  };
  return session;
}
