import assert from 'node:assert/strict';
import { useSession } from './session.mjs';

const ROLE_TITLES = [
  'Backend Beginner',
  'Node.js',
  'Python',
  'Java',
  'C#',
  'GraphQL',
  'PHP',
  'API Design',
  'Microservices',
  'Engineering Manager',
  'DevOps',
];

describe('sidebar: browse the paths', function () {
  const session = useSession('sidebar');

  it('has an activity-bar icon that opens the Backend Paths view with the 11 roles', async () => {
    await session.activityBarIcon().click();
    const pane = session.rolesPane();
    const rows = pane.locator('.monaco-list-row');
    await rows.nth(10).waitFor();
    const labels = await rows.locator('.label-name').allInnerTexts();
    assert.equal(labels.length, 11, labels.join(' | '));
    ROLE_TITLES.forEach((title, i) => assert.match(labels[i], new RegExp(title.replace('.', '\\.')), `row ${i}: ${labels[i]}`));
    const description = await session.row('Node.js/Express Developer').locator('.label-description').innerText();
    assert.match(description, /^0\/\d+ · 0% · 4-6 months/);
    await session.screenshot('sidebar-roles');
  });
});
