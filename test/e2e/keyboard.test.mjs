// A keyboard-only journey, as a screen-reader user makes it: from a fresh window to the Roles view, a tick in the
// tree, the role's page, a tick on the page and a starter project, without the mouse. After each step, focus is
// where such a user expects it: on the tree row, on the page's heading, on the ticked checkbox.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../vscode/workbench.mjs';
import { useSession } from './session.mjs';

const role = parse(fs.readFileSync(path.join(REPO, 'roles', 'backend-beginner', 'role.yaml'), 'utf8'));
const [firstGroup] = role.skillGroups;
const [firstSkill, secondSkill] = firstGroup.skills;

describe('keyboard only', function () {
  const session = useSession('keyboard');

  /** The label of the tree row that has keyboard focus, if focus is in the Roles view. */
  const focusedRow = () =>
    session.page.evaluate(() => {
      const list = document.activeElement?.closest('.pane')?.querySelector('.monaco-list:focus-within, .monaco-list:focus');
      return list?.querySelector('.monaco-list-row.focused .label-name')?.textContent ?? null;
    });
  /** Waits until the tree shows the skill's box ticked (the row is drawn anew, so it is looked up each time). */
  const ticked = async (name) => {
    const box = session.checkbox(name, 3);
    for (let i = 0; i < 100; i++) {
      if (
        await box
          .evaluate(
            (el) =>
              el.classList.contains('checked') || el.getAttribute('aria-checked') === 'true' || el.querySelector('.codicon-check') !== null,
          )
          .catch(() => false)
      )
        return;
      await session.page.waitForTimeout(100);
    }
    throw new Error(`${name} is not ticked in the tree`);
  };
  /** Expands the focused row with ArrowRight and waits until its first child is on screen below it. */
  const expandFocused = async () => {
    await session.page.keyboard.press('ArrowRight');
    await session.page.waitForFunction(() => {
      const row = document.activeElement?.closest('.pane')?.querySelector('.monaco-list-row.focused');
      const next = row?.parentElement?.querySelector(`.monaco-list-row[data-index="${Number(row.dataset.index) + 1}"]`);
      return row && next && Number(next.getAttribute('aria-level')) === Number(row.getAttribute('aria-level')) + 1;
    });
  };
  /** ArrowDown until the row labelled `label` has focus, as a sighted keyboard user would (at most 20 rows). */
  const arrowTo = async (label) => {
    for (let i = 0; i < 20 && (await focusedRow()) !== label; i++) await session.page.keyboard.press('ArrowDown');
    assert.equal(await focusedRow(), label);
  };
  const press = async (...keys) => {
    for (const key of keys) await session.page.keyboard.press(key);
  };
  /** Presses Tab in the page until `test(arg)` holds for its focused element (at most 80 times). */
  async function tabTo(frame, what, test, arg) {
    for (let i = 0; i < 80; i++) {
      await session.page.keyboard.press('Tab');
      if (await frame.evaluate(test, arg)) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }

  it('opens the view, moves to a skill and ticks it from its context menu: focus stays on its row', async () => {
    const { page } = session;
    await session.activityBarIcon().waitFor();
    await press('F1');
    await session.quickInput().waitFor();
    await page.keyboard.type('Focus on Roles View');
    await session.quickPickRow('Focus on Roles View').waitFor();
    await press('Enter');
    await session.rolesPane().locator('.monaco-list-row').first().waitFor();
    // The view shows, but its extension activates with it, so the workbench leaves focus where it was: as a keyboard
    // user does, move focus into the side bar (Ctrl+0), then to the first row.
    await press('Control+0', 'Home');
    await page.waitForFunction(() => document.activeElement?.closest('.pane')?.querySelector('.monaco-list-row.focused') != null);
    assert.equal(await focusedRow(), role.title);

    await expandFocused();
    await arrowTo(firstGroup.title);
    await expandFocused();
    await arrowTo(firstSkill.name);
    // Space and Enter open the row (its page); the row's context menu (Shift+F10) ticks it.
    await press('Shift+F10');
    const menu = page.locator('.context-view .monaco-menu');
    await menu.waitFor();
    for (let i = 0; i < 10 && !(await menu.locator('.action-item.focused', { hasText: 'Mark as Done' }).count()); i++)
      await press('ArrowDown');
    await press('Enter');
    await ticked(firstSkill.name);
    assert.equal(await focusedRow(), firstSkill.name, 'focus stays on the ticked row');
  });

  it("opens the role's page with Enter: focus on its heading; ticks another skill with Tab and Space", async () => {
    await press('ArrowUp', 'ArrowUp', 'Enter');
    const frame = await session.webviewFrame('body[data-role="backend-beginner"]');
    await frame.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await frame.evaluate(() => document.activeElement?.textContent), role.title);

    await tabTo(frame, `the checkbox of ${secondSkill.id}`, (id) => document.activeElement?.dataset.skill === id, secondSkill.id);
    await press('Space');
    await frame.waitForFunction((id) => {
      const box = document.activeElement;
      return box instanceof HTMLInputElement && box.type === 'checkbox' && box.dataset.skill === id && box.checked;
    }, secondSkill.id);
    await ticked(secondSkill.name);
  });

  it('creates the starter project from the page with Tab and Enter, and the wizard with the keyboard', async () => {
    const { page } = session;
    const frame = await session.webviewFrame('body[data-role="backend-beginner"]');
    await tabTo(frame, 'Create starter project', () => document.activeElement?.dataset.action === 'scaffold');
    await press('Enter');
    const step = (n) => page.locator('.quick-input-widget .quick-input-title', { hasText: `(${n}/4)` }).waitFor();
    await step(1);
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: role.title }).waitFor();
    await press('Enter');
    await step(2);
    await page.keyboard.type('keyboard-app');
    await press('Enter');
    await step(3);
    await session.quickPickRow('workspace').waitFor();
    await press('Enter');
    await step(4);
    await session.quickPickRow('Create keyboard-app').waitFor();
    await press('Enter');
    await page.locator('.notifications-toasts', { hasText: 'Created the ' }).waitFor();
    assert.ok(fs.existsSync(path.join(session.workspace, 'keyboard-app', 'README.md')));
  });
});
