// The context keys the walkthrough's steps complete on (package.json contributes.walkthroughs, onContext events):
// VS Code marks a step done, for good, the first time its key is true, so the keys need not outlive a window.
import * as vscode from 'vscode';
import type { ProgressStore } from '../progress/progressStore';

const KEY = 'backendPaths.walkthrough';

export class WalkthroughSteps implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly store: ProgressStore) {
    const update = () => this.update();
    this.disposables = [store.onDidChange(update), store.onDidChangeReviews(update)];
    update();
  }

  /** A starter project was written. */
  starterCreated(): void {
    void vscode.commands.executeCommand('setContext', `${KEY}.starterCreated`, true);
  }

  private update(): void {
    const { progress, checks } = this.store.snapshot();
    const ticked = [...progress.values()].some((entry) => entry.state !== 'not-started');
    void vscode.commands.executeCommand('setContext', `${KEY}.ticked`, ticked);
    void vscode.commands.executeCommand('setContext', `${KEY}.checked`, checks.size > 0);
    void vscode.commands.executeCommand('setContext', `${KEY}.practised`, this.store.reviewStates.size > 0);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
