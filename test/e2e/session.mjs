// One user's session in the real workbench: code-server with the packaged VSIX installed, a workspace folder,
// and chromium driven by playwright-core. Journeys use these helpers instead of raw selectors.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, launchBrowser, newRunDir, startCodeServer } from '../vscode/workbench.mjs';

export const VSIX = path.join(REPO, 'backend-paths.vsix');
export const SCREENSHOTS = path.join(REPO, 'test-results', 'screenshots');
/** The extension host the journeys run Backend Paths in: `node`, or `web` (the browser's web worker) with BP_E2E_HOST=web. */
export const EXTENSION_HOST = process.env.BP_E2E_HOST === 'web' ? 'web' : 'node';

function exactly(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * Opens a session in a fresh run folder, on its own code-server with the VSIX installed. Or, with `serve`, on
 * the server `serve(runDir)` starts, which resolves with { url, stop }; `runDir` then may be a folder of an
 * earlier session (closed with keep), whose chromium profile, and so whose browser storage, it reuses. With
 * `trust`, Workspace Trust is on and the workspace starts untrusted (VS Code asks at startup, as for a user).
 */
export async function openSession(label, { settings = {}, workspaceFiles = {}, runDir = newRunDir(`e2e-${label}`), serve, trust } = {}) {
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  for (const [name, text] of Object.entries(workspaceFiles)) {
    fs.mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    fs.writeFileSync(path.join(workspace, name), text);
  }
  const server = serve
    ? await serve(runDir)
    : await startCodeServer(runDir, {
        vsix: VSIX,
        trust,
        extensionHost: EXTENSION_HOST,
        settings: { 'workbench.colorTheme': 'Default Dark Modern', ...settings },
      });
  const browser = await launchBrowser(runDir);
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.setDefaultTimeout(30_000);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(serve ? server.url : server.workspaceUrl(workspace));
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
      const file = path.join(SCREENSHOTS, `${name}${EXTENSION_HOST === 'web' ? '-web' : ''}.png`);
      await page.screenshot({ path: file });
      return file;
    },
    activityBarIcon: () => page.locator('.activitybar .action-item a[aria-label^="Backend Paths"]'),
    /** Shows the Backend Paths view, whatever the side bar shows now, by its activity bar icon as a person would. */
    async openView() {
      await session.activityBarIcon().waitFor();
      const pane = session.rolesPane();
      const firstRow = pane.locator('.monaco-list-row').first();
      // The icon toggles the side bar: it is clicked only while it is not the one selected. A reloading window may
      // still be drawing the view it restores, or take a click as it starts: so look again, and click again.
      // The item, not its icon: the practice badge lies over the icon's corner, and a click there is the item's too.
      const item = page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="Backend Paths"]') });
      if (await firstRow.isVisible()) return pane;
      await clickUntil(
        async () => {
          if (!(await item.getAttribute('class'))?.split(' ').includes('checked')) await item.click();
        },
        (timeout) => firstRow.waitFor({ timeout }),
      );
      return pane;
    },
    /** A button of the view's title bar (with a single view, VS Code shows them in the side bar's title). */
    viewAction: (title) => page.locator(`.part.sidebar .title-actions .action-label[aria-label^="${title}"]`),
    rolesPane: () => page.locator('.pane', { has: page.locator('.pane-header', { hasText: 'Roles' }) }),
    /** The tree row whose label is exactly `label`; `level` 1 = role, 2 = group, 3 = skill (a group and a skill may share a name). */
    row: (label, level) =>
      session
        .rolesPane()
        .locator(`.monaco-list-row${level ? `[aria-level="${level}"]` : ''}`, {
          has: page.locator('.label-name', { hasText: exactly(label) }),
        })
        .first(),
    checkbox: (label, level) => session.row(label, level).locator('.custom-view-tree-node-item-checkbox'),
    async expand(label, level) {
      const row = session.row(label, level);
      const expanded = async () => (await row.getAttribute('aria-expanded')) === 'true';
      if (await expanded()) return;
      // A refresh of the tree (a tick elsewhere) can re-render the row as it is clicked: click again until it is open.
      await clickUntil(
        async () => {
          if (!(await expanded())) await row.locator('.monaco-tl-twistie').click();
        },
        async (timeout) =>
          page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', await row.elementHandle(), { timeout }),
      );
    },
    /** Runs a command from the command palette, opened from the title bar (F1 does not reach the workbench while a page has focus). */
    async runCommand(title) {
      // The extension's commands come with its contributions, as its activity bar icon does (a busy machine shows both late).
      await session.activityBarIcon().waitFor();
      const input = session.quickInput();
      // A busy workbench can swallow the click (the palette stays shut): close whatever is open and click again.
      await clickUntil(
        async () => {
          await page.keyboard.press('Escape');
          await page.locator('.part.titlebar .command-center .command-center-quick-pick').click();
        },
        (timeout) => input.waitFor({ timeout }),
      );
      await input.fill(`>${title}`);
      await page
        .locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(title) }) })
        .first()
        .click();
    },
    quickInput: () => page.locator('.quick-input-widget input.input'),
    /** The text of an Output channel, shown with Output: Show Output Channels… */
    async outputChannel(name) {
      await session.runCommand('Output: Show Output Channels...');
      await session.quickInput().fill(name);
      await page
        .locator('.quick-input-list .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(name) }) })
        .first()
        .click();
      const lines = page.locator('.part.panel .output-view .view-lines');
      await lines.waitFor();
      // The editor draws spaces as no-break spaces.
      return (await lines.innerText()).replaceAll('\u00a0', ' ');
    },
    quickPickRow: (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first(),
    /** The frame of the webview document that has `selector` (webviews are iframes in iframes). */
    async webviewFrame(selector, timeout = 30_000) {
      const started = Date.now();
      for (;;) {
        for (const frame of page.frames()) {
          if (await frame.$(selector).catch(() => null)) return frame;
        }
        if (Date.now() - started > timeout) throw new Error(`no webview shows ${selector}`);
        await page.waitForTimeout(200);
      }
    },
    /**
     * Clicks the tree row that opens a page and resolves with the frame of the page that has `selector`. A refresh
     * of the tree (a tick just made) can re-render the row under the click and take it: then it clicks again.
     */
    openPageFromRow: (label, level, selector) =>
      clickUntil(
        () => session.row(label, level).click(),
        (timeout) => session.webviewFrame(selector, timeout),
      ),
    /** Switches the colour theme with Preferences: Color Theme. */
    async setTheme(theme) {
      await session.runCommand('Preferences: Color Theme');
      await session.quickInput().fill(theme);
      await session.quickPickRow(theme).waitFor();
      await page.keyboard.press('Enter');
      const themeClass = theme.includes('High Contrast') ? 'hc-black' : theme.includes('Light') ? 'vs' : 'vs-dark';
      await page.waitForFunction((name) => document.querySelector('.monaco-workbench')?.classList.contains(name), themeClass, {
        timeout: 15_000,
      });
    },
    /** Creates a starter in the workspace with the wizard (defaults for the folder); resolves with its path once written. */
    async createStarter(roleTitle, projectName) {
      await session.runCommand('Backend Paths: Create Starter Project…');
      await session.quickInput().fill(roleTitle);
      await session.quickPickRow(roleTitle).click();
      const step = (n) => page.locator('.quick-input-widget .quick-input-title', { hasText: `(${n}/4)` }).waitFor();
      await step(2);
      await session.quickInput().fill(projectName);
      await page.keyboard.press('Enter');
      await step(3);
      await session.quickPickRow('workspace').waitFor();
      await page.keyboard.press('Enter');
      await step(4);
      await session.quickPickRow(`Create ${projectName}`).waitFor();
      await page.keyboard.press('Enter');
      const project = path.join(workspace, projectName);
      for (let i = 0; i < 100 && !fs.existsSync(path.join(project, 'README.md')); i++) await page.waitForTimeout(100);
      await page.locator('.notifications-toasts', { hasText: 'Created the ' }).waitFor();
      return project;
    },
    /** A skill's name and its group's title, as the tree shows them (from the role's YAML). */
    async skillName(roleId, skillId) {
      return (await skillEntry(roleId, skillId)).skill.name;
    },
    async groupOf(roleId, skillId) {
      return (await skillEntry(roleId, skillId)).group.title;
    },
    /**
     * A value of the workbench's profile storage, which VS Code for the browser keeps in the page's IndexedDB:
     * extensions' globalState (under the extension's id) and the keys each registered for Settings Sync.
     */
    profileValue: (key) =>
      page.evaluate(async (key) => {
        const db = await new Promise((resolve, reject) => {
          const request = indexedDB.open('vscode-web-state-db-global');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(new Error(`could not open the profile database: ${String(request.error)}`));
        });
        const value = await new Promise((resolve) => {
          const request = db.transaction('ItemTable').objectStore('ItemTable').get(key);
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return value;
      }, key),
    /** Developer: Reload Window, as a user would (VS Code saves its state first, unlike a browser reload). */
    async reload() {
      await session.runCommand('Developer: Reload Window');
      await page.waitForEvent('load', { timeout: 60_000 });
      await page.locator('.activitybar').waitFor({ timeout: 90_000 });
    },
  };
  return session;
}

/**
 * Clicks with `click` until `happened(timeout)` resolves (it waits that long for the click's effect and rejects when
 * it did not come), 5 s a try and 30 s in all: a busy workbench can take a click as it redraws. Resolves with what
 * `happened` gave.
 */
async function clickUntil(click, happened) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    await click();
    try {
      return await happened(5_000);
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
  }
}

async function skillEntry(roleId, skillId) {
  const { parse } = await import('yaml');
  const role = parse(fs.readFileSync(path.join(REPO, 'roles', roleId, 'role.yaml'), 'utf8'));
  for (const group of role.skillGroups) for (const skill of group.skills) if (skill.id === skillId) return { group, skill };
  throw new Error(`no skill ${skillId} in ${roleId}`);
}

/**
 * The session of the describe block this is called in: opened before its tests (then `setUp` runs), a screenshot
 * kept of any failed step, closed after. The object returned stands for the session once it is open.
 */
export function useSession(label, options = {}, setUp = async () => {}) {
  let live;
  before(async () => {
    live = await openSession(label, options);
    await setUp();
  });
  afterEach(screenshotOnFailure(() => live));
  after(async () => live?.close());
  return new Proxy(
    {},
    {
      get: (_, key) => {
        if (!live) throw new Error(`the ${label} session is not open yet`);
        return live[key];
      },
    },
  );
}

/** An afterEach hook that keeps a screenshot of the workbench when a journey step failed. */
export function screenshotOnFailure(getSession) {
  return async function () {
    if (this.currentTest?.state === 'failed') {
      const name = `failed-${this.currentTest
        .fullTitle()
        .replace(/[^a-z0-9]+/gi, '-')
        .slice(0, 80)}`;
      await getSession()
        ?.screenshot(name)
        .catch(() => undefined);
    }
  };
}
