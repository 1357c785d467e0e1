// A small multi-step quick input with a Back button, after the quickinput sample in
// microsoft/vscode-extension-samples: each step is a function that returns the next step.
import * as vscode from 'vscode';

export type Step = (input: MultiStepInput) => Promise<Step | void>;

class BackSignal extends Error {}
class CancelSignal extends Error {}

export interface PickOptions<T extends vscode.QuickPickItem> {
  title: string;
  placeholder: string;
  items: readonly T[];
  active?: T;
}

export interface TextOptions {
  title: string;
  prompt: string;
  value: string;
  validate(value: string): Promise<string | undefined>;
}

export class MultiStepInput {
  private readonly history: Step[] = [];
  private stepNumber = 0;

  constructor(private readonly totalSteps: number) {}

  /** Runs the steps; resolves false when the user cancelled. */
  static async run(first: Step, totalSteps: number): Promise<boolean> {
    const input = new MultiStepInput(totalSteps);
    let step: Step | void = first;
    while (step) {
      input.history.push(step);
      input.stepNumber = input.history.length;
      try {
        step = await step(input);
      } catch (error) {
        if (error instanceof BackSignal) {
          input.history.pop();
          step = input.history.pop();
        } else if (error instanceof CancelSignal) {
          return false;
        } else {
          throw error;
        }
      }
    }
    return true;
  }

  pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T> {
    const pick = vscode.window.createQuickPick<T>();
    pick.title = options.title;
    pick.step = this.stepNumber;
    pick.totalSteps = this.totalSteps;
    pick.placeholder = options.placeholder;
    pick.items = options.items;
    pick.ignoreFocusOut = true;
    if (options.active) pick.activeItems = [options.active];
    pick.buttons = this.stepNumber > 1 ? [vscode.QuickInputButtons.Back] : [];
    return this.show(pick, (resolve) => [
      pick.onDidAccept(() => {
        const [item] = pick.selectedItems;
        if (item) resolve(item);
      }),
    ]);
  }

  text(options: TextOptions): Promise<string> {
    const box = vscode.window.createInputBox();
    box.title = options.title;
    box.step = this.stepNumber;
    box.totalSteps = this.totalSteps;
    box.prompt = options.prompt;
    box.value = options.value;
    box.valueSelection = [0, options.value.length];
    box.ignoreFocusOut = true;
    box.buttons = this.stepNumber > 1 ? [vscode.QuickInputButtons.Back] : [];
    let latest = options.value;
    const validate = async (value: string) => {
      latest = value;
      const message = await options.validate(value);
      if (value === latest) box.validationMessage = message;
      return message;
    };
    void validate(options.value);
    return this.show(box, (resolve) => [
      box.onDidChangeValue((value) => void validate(value)),
      box.onDidAccept(async () => {
        const value = box.value;
        box.busy = true;
        box.enabled = false;
        const message = await validate(value);
        box.busy = false;
        box.enabled = true;
        if (!message) resolve(value);
      }),
    ]);
  }

  private show<T>(
    input: vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox,
    listen: (resolve: (value: T) => void) => vscode.Disposable[],
  ): Promise<T> {
    const disposables: vscode.Disposable[] = [];
    return new Promise<T>((resolve, reject) => {
      disposables.push(
        ...listen(resolve),
        input.onDidTriggerButton((button) => {
          if (button === vscode.QuickInputButtons.Back) reject(new BackSignal());
        }),
        input.onDidHide(() => reject(new CancelSignal())),
      );
      input.show();
    }).finally(() => {
      for (const d of disposables) d.dispose();
      input.dispose();
    });
  }
}
