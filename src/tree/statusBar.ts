// The status bar item: overall progress, or the progress of the role the user focused last. Continues where the
// learner left off once there is progress; opens the view before that.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import { formatCounts } from '../progress/format';
import type { ProgressStore } from '../progress/progressStore';

export class ProgressStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private focusedRoleId: string | undefined;
  private readonly subscriptions: { dispose(): void }[];

  constructor(
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
  ) {
    this.item = vscode.window.createStatusBarItem('backendPaths.progress', vscode.StatusBarAlignment.Left, 10);
    this.item.name = vscode.l10n.t('Backend Paths Progress');
    const update = () => this.update();
    this.subscriptions = [store.onDidChange(update), index.onDidChange(update)];
    this.update();
    this.item.show();
  }

  focusRole(roleId: string): void {
    this.focusedRoleId = roleId;
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string {
    return this.item.text;
  }

  /** The hover text, for tests. */
  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : (this.item.tooltip?.value ?? '');
  }

  /** What a click runs, for tests. */
  get command(): string | undefined {
    return typeof this.item.command === 'string' ? this.item.command : this.item.command?.command;
  }

  private update(): void {
    const role = this.focusedRoleId ? this.index.role(this.focusedRoleId) : undefined;
    const ids = role ? skillIdsOfRole(role) : this.index.roles.flatMap(skillIdsOfRole);
    const counts = this.store.counts(ids);
    const all = role ? this.store.counts(this.index.roles.flatMap(skillIdsOfRole)) : counts;
    const started = all.done + all.inProgress > 0;
    this.item.command = started ? 'backendPaths.continue' : 'workbench.view.extension.backendPaths';
    const scope = role ? role.title : vscode.l10n.t('All roles');
    this.item.text = `$(mortar-board) ${role ? `${role.title}: ` : ''}${formatCounts(counts)}`;
    const verified = counts.verified ? vscode.l10n.t(', {0} of them verified by exercise checks', counts.verified) : '';
    const done = vscode.l10n.t('{0}: {1} of {2} skills done{3}', scope, counts.done, counts.total, verified);
    const click = started ? vscode.l10n.t('Click to continue where you left off.') : vscode.l10n.t('Click to open the view.');
    this.item.tooltip = vscode.l10n.t('Backend Paths · {0}, {1} in progress. {2}', done, counts.inProgress, click);
    this.item.accessibilityInformation = { label: vscode.l10n.t('Backend Paths progress, {0}', done) };
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
