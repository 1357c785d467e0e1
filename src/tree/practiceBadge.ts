// The number of practice cards due today, as a badge on the Roles view (and so on the activity bar). Computed from
// saved due dates alone, so ts-fsrs never loads for it; recomputed when reviews, progress (which roles are started)
// or the practice settings change, and at the learner's midnight.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { cardsLeft } from '../practice/deck';
import { onDidChangePracticeSettings, todaysDeck } from '../practice/todaysDeck';
import { cards } from '../practice/wording';
import { endOfLocalDay } from '../progress/days';
import type { ProgressStore } from '../progress/progressStore';

export class PracticeBadge implements vscode.Disposable {
  private readonly disposables: { dispose(): void }[];
  private midnight: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly view: vscode.TreeView<unknown>,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
  ) {
    const update = () => this.update();
    this.disposables = [
      store.onDidChangeReviews(update),
      store.onDidChange(update),
      onDidChangePracticeSettings(update),
      index.onDidChange(update),
    ];
    this.update();
  }

  /** The cards left for today, as the badge shows them. */
  get due(): number {
    return this.view.badge?.value ?? 0;
  }

  private update(): void {
    const now = Date.now();
    const due = cardsLeft(todaysDeck({ kind: 'deck' }, this.index, this.store, now));
    this.view.badge = due > 0 ? { value: due, tooltip: vscode.l10n.t('{0} to practise today', cards(due)) } : undefined;
    clearTimeout(this.midnight);
    this.midnight = setTimeout(() => this.update(), endOfLocalDay(now) - now + 1000);
  }

  dispose(): void {
    clearTimeout(this.midnight);
    for (const d of this.disposables) d.dispose();
  }
}
