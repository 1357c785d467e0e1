import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals } from '../../src/api';
import type { GroupNode, RoleNode, SkillNode, TreeNode } from '../../src/tree/nodes';
import { activateExtension, clearProgress, savedSkills } from './helpers';

suite('roles tree and progress', () => {
  let api: Internals;
  const children = (node?: TreeNode) => api.rolesView.provider.getChildren(node);
  const item = (node: TreeNode) => api.rolesView.provider.getTreeItem(node);
  const role = (id: string) => children().find((n) => 'role' in n && n.role.id === id) as RoleNode;

  suiteSetup(async () => {
    api = await activateExtension();
  });
  setup(async () => {
    await clearProgress(api);
    await api.rolesView.provider.setHideCompleted(false);
  });

  test('roles → skill groups → skills, with counts, durations, tooltips and checkboxes', () => {
    const nodejs = role('nodejs');
    const roleItem = item(nodejs);
    assert.equal(roleItem.label, 'Node.js/Express Developer');
    assert.match(String(roleItem.description), /^0\/14 · 0% · 4-6 months/);
    assert.match((roleItem.tooltip as vscode.MarkdownString).value, /\$140K.*\$180K/);
    const groups = children(nodejs) as GroupNode[];
    assert.deepEqual(
      groups.map((g) => item(g).label),
      ['Core Stack', 'Advanced'],
    );
    assert.equal(item(groups[0]).description, '0/8');
    const skills = children(groups[0]) as SkillNode[];
    const first = item(skills[0]);
    assert.equal(first.label, 'Express.js & Fastify frameworks');
    assert.equal((first.checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Unchecked);
    assert.ok((first.tooltip as vscode.MarkdownString).value.length > 40, 'the tooltip shows the description');
    assert.deepEqual(first.command?.arguments, ['nodejs', skills[0].skill.id]);
  });

  test('ticking a skill marks it done, counts move, and the state lands in globalState', async () => {
    const [group] = children(role('nodejs')) as GroupNode[];
    const [skill] = children(group) as SkillNode[];
    await api.rolesView.applyCheckboxes([[skill, vscode.TreeItemCheckboxState.Checked]]);
    assert.equal((item(skill).checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Checked);
    assert.match(String(item(role('nodejs')).description), /^1\/14 · 7% /);
    assert.equal(item(group).description, '1/8');
    assert.equal(savedSkills(api)[skill.skill.id]?.state, 'done');
    api.statusBar.focusRole('nodejs');
    assert.equal(api.statusBar.text, '$(mortar-board) Node.js/Express Developer: 1/14 · 7%');
  });

  test('ticking a group ticks all of its skills; unticking it unticks them all', async () => {
    const [group] = children(role('python')) as GroupNode[];
    const ids = group.skills.map((s) => s.skill.id);
    await api.rolesView.applyCheckboxes([[group, vscode.TreeItemCheckboxState.Checked]]);
    assert.deepEqual(
      ids.map((id) => api.progress.state(id)),
      ids.map(() => 'done'),
    );
    assert.equal((item(group).checkboxState as { state: vscode.TreeItemCheckboxState }).state, vscode.TreeItemCheckboxState.Checked);
    await api.rolesView.applyCheckboxes([[group, vscode.TreeItemCheckboxState.Unchecked]]);
    assert.deepEqual(
      ids.map((id) => api.progress.state(id)),
      ids.map(() => 'not-started'),
    );
  });

  test('"in progress" from the context menu command, and ticking makes it done', async () => {
    const skill = (children(children(role('graphql'))[0]) as SkillNode[])[1];
    await vscode.commands.executeCommand('backendPaths.markInProgress', skill);
    const inProgress = item(skill);
    assert.equal(inProgress.description, 'in progress');
    assert.equal(inProgress.contextValue, 'skill.in-progress');
    assert.equal((inProgress.iconPath as vscode.ThemeIcon).id, 'record');
    await api.rolesView.applyCheckboxes([[skill, vscode.TreeItemCheckboxState.Checked]]);
    assert.equal(api.progress.state(skill.skill.id), 'done');
    assert.equal(savedSkills(api)[skill.skill.id]?.state, 'done');
  });

  test('hide completed filters done skills and fully done groups, and remembers the choice', async () => {
    const group = children(role('devops'))[0] as GroupNode;
    const [first] = group.skills;
    await vscode.commands.executeCommand('backendPaths.markDone', first.skill.id);
    await vscode.commands.executeCommand('backendPaths.hideCompleted');
    assert.ok(!children(group).includes(first), 'the done skill is hidden');
    assert.equal(children(group).length, group.skills.length - 1);
    await vscode.commands.executeCommand('backendPaths.markDone', group);
    assert.ok(!children(role('devops')).includes(group), 'a fully done group is hidden');
    await vscode.commands.executeCommand('backendPaths.showCompleted');
    assert.equal(children(group).length, group.skills.length);
  });

  test('unknown skill ids are refused by the state commands and change nothing', async () => {
    const changed = await vscode.commands.executeCommand<string[]>('backendPaths.markDone', 'no-such-skill');
    assert.deepEqual(changed, []);
    assert.equal(api.progress.state('no-such-skill'), 'not-started');
  });
});
