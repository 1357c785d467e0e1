// The Backend Paths sidebar: roles → skill groups → skills, with checkboxes and progress counts.
import * as vscode from 'vscode';
import { skillIdsOfRole } from '../catalog/catalogIndex';
import { formatDemand, formatGrowth, formatSalaryRange } from '../catalog/marketFormat';
import { formatProblem } from '../catalog/problems';
import type { Role } from '../catalog/schema';
import { checkSentences, formatCounts, lastCheckFailed, noteFirstLine } from '../progress/format';
import type { ProgressStore } from '../progress/progressStore';
import { ROLES_FOLDER } from '../workspaceRoles/roleFiles';
import { rangeOf } from '../workspaceRoles/workspaceRoles';
import { isReadOnlyRole } from '../trust/readOnlyRoles';
import { READ_ONLY_NOTICE } from '../trust/trustGate';
import { STATE_WORDS, stateIcon } from './stateIcons';
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
      readOnly ? 'read-only' : '',
    ]
      .filter(Boolean)
      .join(' · ');
    item.tooltip = roleTooltip(role);
    if (source) item.tooltip.appendMarkdown(`\n\nFrom \`${escapeMarkdown(vscode.Uri.parse(source.uri).fsPath)}\``);
    if (readOnly) item.tooltip.appendMarkdown(`\n\n${escapeMarkdown(READ_ONLY_NOTICE)}`);
    item.contextValue = source ? 'workspaceRole' : 'role';
    item.command = { command: 'backendPaths.openRole', title: 'Open Role Page', arguments: [role.id] };
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
      tooltip: counts.done === counts.total ? 'Untick every skill of this group' : 'Tick every skill of this group',
      accessibilityInformation: { label: `${node.group.title}: ${counts.done} of ${counts.total} skills done` },
    };
    item.contextValue = 'group';
    return item;
  }

  private skillItem(node: SkillNode): vscode.TreeItem {
    const { skill } = node;
    const state = this.store.state(skill.id);
    const check = this.store.checkOf(skill.id);
    const complete = state === 'done' || state === 'verified';
    const words = [state === 'not-started' ? '' : STATE_WORDS[state], lastCheckFailed(check) ? 'last check failed' : '']
      .filter(Boolean)
      .join(' · ');
    const item = new vscode.TreeItem(skill.name, vscode.TreeItemCollapsibleState.None);
    item.id = `skill:${skill.id}`;
    item.iconPath = stateIcon(state);
    const note = this.store.noteOf(skill.id);
    item.description = [words, note ? '✎' : ''].filter(Boolean).join(' ') || undefined;
    const proof = checkSentences(check).map(escapeMarkdown);
    const noteLine = note ? [`✎ *Your note:* ${escapeMarkdown(noteFirstLine(note))}`] : [];
    item.tooltip = new vscode.MarkdownString(
      [`**${escapeMarkdown(skill.name)}** · ${skill.level}`, escapeMarkdown(skill.description), ...proof, ...noteLine].join('\n\n'),
    );
    const label = `${skill.name}, ${words || STATE_WORDS[state]}${note ? ', has a note' : ''}`;
    item.command = { command: 'backendPaths.openRole', title: 'Open Role Page', arguments: [node.role.id, skill.id] };
    if (isReadOnlyRole(this.nodes, node.role.id)) {
      item.accessibilityInformation = { label: `${label}, read-only` };
      item.contextValue = 'skill.read-only';
      return item;
    }
    item.checkboxState = {
      state: complete ? vscode.TreeItemCheckboxState.Checked : vscode.TreeItemCheckboxState.Unchecked,
      tooltip: complete ? 'Mark as not done' : 'Mark as done',
      accessibilityInformation: { label },
    };
    item.contextValue = `skill.${state}`;
    return item;
  }
}

function sectionItem(): vscode.TreeItem {
  const item = new vscode.TreeItem('Workspace roles', vscode.TreeItemCollapsibleState.Expanded);
  item.id = 'section:workspace';
  item.iconPath = new vscode.ThemeIcon('folder-library');
  item.tooltip = `The roles of this workspace's ${ROLES_FOLDER}/ folders`;
  item.contextValue = 'workspaceRoles';
  return item;
}

/** A workspace role file that did not load: its folder, how many problems, and a click opens the first. */
function problemItem({ broken }: ProblemNode): vscode.TreeItem {
  const item = new vscode.TreeItem(broken.name, vscode.TreeItemCollapsibleState.None);
  const uri = vscode.Uri.parse(broken.source.uri);
  item.id = `problem:${broken.source.uri}`;
  item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
  item.description = `${broken.problems} problem${broken.problems === 1 ? '' : 's'} · ${broken.source.folder}`;
  item.tooltip = formatProblem(broken.problem);
  item.accessibilityInformation = { label: `${broken.name} did not load: ${broken.problem.message}` };
  item.command = { command: 'vscode.open', title: 'Open the First Problem', arguments: [uri, { selection: rangeOf(broken.problem.at) }] };
  item.contextValue = 'workspaceRoleProblem';
  return item;
}

export const HIDE_COMPLETED_KEY = 'backendPaths.hideCompleted';

function roleTooltip(role: Role): vscode.MarkdownString {
  const { market } = role;
  const lines = [`**${escapeMarkdown(role.title)}** · ${escapeMarkdown(role.duration.wording)}`, ''];
  if (market.salary) lines.push(`- Salary: ${escapeMarkdown(formatSalaryRange(market.salary))}`);
  if (market.demand) {
    const note = market.demandNote ? ` (${escapeMarkdown(market.demandNote)})` : '';
    lines.push(`- Demand: ${formatDemand(market.demand)}${note}`);
  }
  if (market.growthPercent !== undefined) lines.push(`- Growth: ${escapeMarkdown(formatGrowth(market.growthPercent))}`);
  if (market.companies.length > 0) lines.push(`- Companies: ${market.companies.map(escapeMarkdown).join(', ')}`);
  if (lines.length === 2) lines.push('The guide gives no market data for this role.');
  return new vscode.MarkdownString(lines.join('\n'));
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
