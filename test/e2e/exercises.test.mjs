// Verified progress as a learner gets it: create the nodejs starter from the palette, run its first exercise from
// the Testing view (first it asks for `npm install`, which the notification runs in a terminal), see the check
// fail with its message, write the reference solution into the files as the learner would, run it again, see it
// pass, and find the skills it practises verified in the tree and on the role page.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { parseJUnit } from '../../out/src/exercises/junit.js';
import { applySolution, readManifest } from '../starters/exercises.mjs';
import { useSession } from './session.mjs';

const PROJECT = 'checked-api';

describe('an exercise checked from the Testing view verifies its skills', function () {
  this.timeout(900_000);
  // The peek opens on a failure wherever it is, so the learner (and this test) sees the message at once.
  const session = useSession('exercises', { settings: { 'testing.automaticallyOpenPeekView': 'failureAnywhere' } });

  it('fails with its message, passes after the fix, and the skills show verified', async () => {
    const { page } = session;
    const project = await session.createStarter('Node.js/Express Developer', PROJECT);
    const [exercise] = readManifest(project).exercises;
    const testing = page.locator('.part.sidebar');
    const row = (label) => testing.locator('.monaco-list-row', { hasText: label }).first();
    const runExercise = async () => {
      await row(exercise.title).hover();
      await row(exercise.title).locator('.action-label[aria-label^="Run Test"], .action-label[aria-label^="Check"]').first().click();
    };

    await session.runCommand('Testing: Focus on Test Explorer View');
    await row(PROJECT).waitFor();
    if ((await row(PROJECT).getAttribute('aria-expanded')) !== 'true') await row(PROJECT).locator('.monaco-tl-twistie').click();
    await row(exercise.title).waitFor();
    await session.screenshot('exercises-testing-view');

    // Without node_modules the check cannot run: it says so, and offers to run the setup in a terminal.
    await runExercise();
    const offer = page.locator('.notifications-toasts .notification-toast', { hasText: `${PROJECT} needs \`npm install\`` });
    await offer.waitFor({ timeout: 60_000 });
    await offer.locator('.monaco-button', { hasText: 'Run npm install' }).click();
    const lock = path.join(project, 'package-lock.json');
    for (let i = 0; i < 600 && !fs.existsSync(lock); i++) await page.waitForTimeout(1000);
    assert.ok(fs.existsSync(lock), 'npm install finished in the terminal');
    await page.waitForTimeout(2000);

    await session.runCommand('Testing: Focus on Test Explorer View');
    await runExercise();
    await row(exercise.title).locator('.codicon-testing-failed-icon').waitFor({ timeout: 180_000 });
    const report = parseJUnit(fs.readFileSync(path.join(project, exercise.junit), 'utf8'));
    const failure = report.find((c) => c.failure)?.failure;
    assert.ok(failure, 'the report has a failing test');
    const firstLine = failure.message.split('\n')[0].slice(0, 60);
    await page.locator('.monaco-editor.peekview-widget, .test-output-peek', { hasText: firstLine }).first().waitFor({ timeout: 30_000 });
    await session.screenshot('exercises-failed');

    await applySolution(project, 'nodejs', exercise.id, PROJECT);
    await page.keyboard.press('Escape');
    await session.runCommand('Testing: Focus on Test Explorer View');
    await runExercise();
    await row(exercise.title).locator('.codicon-testing-passed-icon').waitFor({ timeout: 180_000 });
    await session.screenshot('exercises-passed');

    // The tree: the first skill of the exercise is verified (its row says so, to sighted and screen-reader users).
    const skillName = await session.skillName('nodejs', exercise.skills[0]);
    await session.openView();
    await session.expand('Node.js/Express Developer', 1);
    const group = await session.groupOf('nodejs', exercise.skills[0]);
    await session.expand(group, 2);
    const skillRow = session.row(skillName, 3);
    await skillRow.locator('.label-description', { hasText: 'verified' }).waitFor();
    assert.match((await skillRow.locator('.custom-view-tree-node-item-checkbox').getAttribute('aria-label')) ?? '', /verified/);
    await session.screenshot('exercises-tree-verified');

    // The role page: the same skill is ticked, badged verified, and says which exercise proved it where.
    await skillRow.click();
    const frame = await session.webviewFrame(`li.skill[data-skill="${exercise.skills[0]}"]`);
    const item = frame.locator(`li.skill[data-skill="${exercise.skills[0]}"]`);
    assert.equal(await item.getAttribute('data-state'), 'verified');
    assert.equal(await item.locator('[data-state-label]').innerText(), 'verified');
    assert.match(
      await item.locator('[data-proof]').innerText(),
      new RegExp(`Verified \\d{4}-\\d{2}-\\d{2} by “${exercise.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}” in ${PROJECT}\\.`),
    );
    assert.ok(await item.locator('input[type=checkbox]').isChecked());
    await session.screenshot('exercises-page-verified');
  });
});
