// The Backend Paths sidebar: roles → skill groups → skills, with checkboxes and progress counts.
import * as vscode from 'vscode';
import { skillIdsOfRole } from '../catalog/catalogIndex';
import { formatDemand, formatGrowth, formatSalaryRange } from '../catalog/marketFormat';
import { formatProblem } from '../catalog/problems';
import type { Role } from '../catalog/schema';
import { levelName } from '../catalog/levelName';
import { checkSentences, formatCounts, lastCheckFailed, noteFirstLine, stateWords } from '../progress/format';
import type { ProgressStore } from '../progress/progressStore';
import { ROLES_FOLDER } from '../workspaceRoles/roleFiles';
import { rangeOf } from '../workspaceRoles/workspaceRoles';
import { isReadOnlyRole } from '../trust/readOnlyRoles';
import { starterProblem } from '../trust/starterOffer';
import { readOnlyNotice } from '../trust/trustGate';
import { stateIcon } from './stateIcons';
import { skillIdsUnder, type GroupNode, type ProblemNode, type RoleNode, type SkillNode, type TreeNode, type TreeNodes } from './nodes';

export class RolesTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private hideCompleted: boolean;
  private resolveRootsRequested!: () => void;
  /** Resolves when the roots are first asked for: VS Code does so when the view is first shown. */
  readonly rootsRequested = new Promise<void>((resolve) => (this.resolveRootsRequested = resolve));

  constructor(
    private readonly nodes: TreeNodes,
    private readonly store: ProgressStore,
    private readonly preferences: vscode.Memento,
  ) {
    this.hideCompleted = preferences.get<boolean>(HIDE_COMPLETED_KEY, false);
  }

  get completedHidden(): boolean {
    return this.hideCompleted;
  }

  async setHideCompleted(hide: boolean): Promise<void> {
    this.hideCompleted = hide;
    await this.preferences.update(HIDE_COMPLETED_KEY, hide);
    await vscode.commands.executeCommand('setContext', 'backendPaths.completedHidden', hide);
    this.refresh();
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      this.resolveRootsRequested();
      return this.nodes.roots;
    }
    const children: TreeNode[] =
      node.kind === 'section' ? node.children : node.kind === 'role' ? node.groups : node.kind === 'group' ? node.skills : [];
    return this.hideCompleted ? children.filter((child) => !this.isComplete(child)) : children;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return node.kind === 'section' ? undefined : node.parent;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    switch (node.kind) {
      case 'role':
        return this.roleItem(node);
      case 'group':
        return this.groupItem(node);
      case 'skill':
        return this.skillItem(node);
      case 'section':
        return sectionItem();
      case 'problem':
        return problemItem(node);
    }
  }

  /** Whether the skill can be shown (revealed) with the current filter. */
  isVisible(node: SkillNode): boolean {
    return !this.hideCompleted || !this.isComplete(node);
  }

  private isComplete(node: TreeNode): boolean {
    const counts = this.store.counts(skillIdsUnder(node));
    return counts.total > 0 && counts.done === counts.total;
  }

  private roleItem(node: RoleNode): vscode.TreeItem {
    const { role } = node;
    const item = new vscode.TreeItem(role.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `role:${role.id}`;
    item.iconPath = new vscode.ThemeIcon(role.icon);
    const source = this.nodes.sourceOf(role.id);
    const readOnly = isReadOnlyRole(this.nodes, role.id);
    item.description = [
      formatCounts(this.store.counts(skillIdsOfRole(role))),
      source?.folder ?? role.duration.wording,
      readOnly ? vscode.l10n.t('read-only') : '',
    ]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = roleTooltip(role);
    if (source)
      item.tooltip.appendMarkdown(`\n\n${vscode.l10n.t('From {0}', `\`${escapeMarkdown(vscode.Uri.parse(source.uri).fsPath)}\``)}`);
    if (readOnly) item.tooltip.appendMarkdown(`\n\n${escapeMarkdown(readOnlyNotice())}`);
    // A workspace role's menu offers Create Starter Project only when its starter can be created now.
    item.contextValue = !source
      ? 'role'
      : starterProblem(this.nodes, role.id) === undefined
        ? 'workspaceRole.withStarter'
        : 'workspaceRole';
    item.command = { command: 'backendPaths.openRole', title: vscode.l10n.t('Open Role Page'), arguments: [role.id] };
    return item;
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const counts = this.store.counts(skillIdsUnder(node));
    const item = new vscode.TreeItem(node.group.title, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `group:${node.role.id}/${node.group.id}`;
    item.description = `${counts.done}/${counts.total}`;
    if (isReadOnlyRole(this.nodes, node.role.id)) {
      item.contextValue = 'group.read-only';
      return item;
    }
    item.checkboxState = {
      state: counts.done === counts.total ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip:
        counts.done === counts.total ? vscode.l10n.t('Untick every skill of this group') : vscode.l10n.t('Tick every skill of this group'),
      accessibilityInformation: { label: vscode.l10n.t('{0}: {1} of {2} skills done', node.group.title, counts.done, counts.total) },
    };
    item.contextValue = 'group';
    return item;
  }

  private skillItem(node: SkillNode): vscode.TreeItem {
    const { skill } = node;
    const state = this.store.state(skill.id);
    const check = this.store.checkOf(skill.id);
    const complete = state === 'done' || state === 'verified';
    const words = [state === 'not-started' ? '' : stateWords(state), lastCheckFailed(check) ? vscode.l10n.t('last check failed') : '']
      .filter(Boolean)
      .join(' · ');
    const item = new vscode.TreeItem(skill.name, vscode.TreeItemCollapsibleState.None);
    item.id = `skill:${skill.id}`;
    item.iconPath = stateIcon(state);
    const note = this.store.noteOf(skill.id);
    item.description = [words, note ? '✎' : ''].filter(Boolean).join(' ') || undefined;
    const proof = checkSentences(check).map(escapeMarkdown);
    const noteLine = note ? [`✎ *${vscode.l10n.t('Your note:')}* ${escapeMarkdown(noteFirstLine(note))}`] : [];
    item.tooltip = new vscode.MarkdownString(
      [`**${escapeMarkdown(skill.name)}** · ${levelName(skill.level)}`, escapeMarkdown(skill.description), ...proof, ...noteLine].join(
        '\n\n',
      ),
    );
    const label = note
      ? vscode.l10n.t('{0}, {1}, has a note', skill.name, words || stateWords(state))
      : `${skill.name}, ${words || stateWords(state)}`;
    item.command = { command: 'backendPaths.openRole', title: vscode.l10n.t('Open Role Page'), arguments: [node.role.id, skill.id] };
    if (isReadOnlyRole(this.nodes, node.role.id)) {
      item.accessibilityInformation = { label: vscode.l10n.t('{0}, read-only', label) };
      item.contextValue = 'skill.read-only';
      return item;
    }
    item.checkboxState = {
      state: complete ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: complete ? vscode.l10n.t('Mark as not done') : vscode.l10n.t('Mark as done'),
      accessibilityInformation: { label },
    };
    item.contextValue = `skill.${state}`;
    return item;
  }
}

function sectionItem(): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Workspace roles'), vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'section:workspace';
  item.iconPath = new vscode.ThemeIcon('folder-library');
  item.tooltip = vscode.l10n.t("The roles of this workspace's {0}/ folders", ROLES_FOLDER);
  item.contextValue = 'workspaceRoles';
  return item;
}

/** A workspace role file that did not load: its folder, how many problems, and a click opens the first. */
function problemItem({ broken }: ProblemNode): vscode.TreeItem {
  const item = new vscode.TreeItem(broken.name, vscode.TreeItemCollapsibleState.None);
  const uri = vscode.Uri.parse(broken.source.uri);
  item.id = `problem:${broken.source.uri}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  const problems = broken.problems === 1 ? vscode.l10n.t('1 problem') : vscode.l10n.t('{0} problems', broken.problems);
  item.description = `${problems} · ${broken.source.folder}`;
  item.tooltip = formatProblem(broken.problem);
  item.accessibilityInformation = { label: vscode.l10n.t('{0} did not load: {1}', broken.name, broken.problem.message) };
  item.command = {
    command: 'vscode.open',
    title: vscode.l10n.t('Open the First Problem'),
    arguments: [uri, { selection: rangeOf(broken.problem.at) }],
  };
  item.contextValue = 'workspaceRoleProblem';
  return item;
}

export const HIDE_COMPLETED_KEY = 'backendPaths.hideCompleted';

function roleTooltip(role: Role): vscode.MarkdownString {
  const { market } = role;
  const lines = [`**${escapeMarkdown(role.title)}** · ${escapeMarkdown(role.duration.wording)}`, ''];
  if (market.salary) lines.push(`- ${vscode.l10n.t('Salary: {0}', escapeMarkdown(formatSalaryRange(market.salary)))}`);
  if (market.demand) {
    const note = market.demandNote ? ` (${escapeMarkdown(market.demandNote)})` : '';
    lines.push(`- ${vscode.l10n.t('Demand: {0}', formatDemand(market.demand))}${note}`);
  }
  if (market.growthPercent !== undefined)
    lines.push(`- ${vscode.l10n.t('Growth: {0}', escapeMarkdown(formatGrowth(market.growthPercent)))}`);
  if (market.companies.length > 0) lines.push(`- ${vscode.l10n.t('Companies: {0}', market.companies.map(escapeMarkdown).join(', '))}`);
  if (lines.length === 2) lines.push(vscode.l10n.t('The guide gives no market data for this role.'));
  return new vscode.MarkdownString(lines.join('\n'));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
