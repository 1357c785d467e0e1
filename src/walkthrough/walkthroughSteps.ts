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
    for (const [step, done] of Object.entries(this.store.activity())) {
      void vscode.commands.executeCommand('setContext', `${KEY}.${step}`, done);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
