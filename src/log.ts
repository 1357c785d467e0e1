// The extension's one way to report. Everything goes to the "Backend Paths" Output channel; a failure is
// written there with its stack and shown to the user once, with a button to that log (as rust-analyzer does),
// so nothing fails silently and nothing shows a stack to the user. The commands, the pages and activation
// all report through here.
import * as vscode from 'vscode';

/** The part of a LogOutputChannel that Log writes to. */
export type LogChannel = Pick<vscode.LogOutputChannel, 'info' | 'warn' | 'error' | 'show'>;
/** Shows an error message with buttons and resolves with the one chosen: vscode.window.showErrorMessage. */
export type ShowError = (message: string, ...actions: string[]) => Thenable<string | undefined>;

export class Log {
  constructor(
    private readonly channel: LogChannel,
    private readonly showError: ShowError = (message, ...actions) => vscode.window.showErrorMessage(message, ...actions),
  ) {}

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  /**
   * Reports a failure: logs `what` with the error's stack, and shows "Backend Paths: <what>: <reason>" once,
   * offering to show the log.
   */
  error(what: string, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    this.channel.error(`${what}: ${error instanceof Error ? (error.stack ?? reason) : reason}`);
    const showLog = vscode.l10n.t('Show Log');
    void this.showError(vscode.l10n.t('Backend Paths: {0}: {1}', what, reason), showLog).then((choice) => {
      if (choice === showLog) this.channel.show(true);
    });
  }

  /** Runs `work`; if it fails, reports the failure as `what` and rethrows it, so the caller still knows. */
  async guard<T>(what: string, work: () => T | Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      this.error(what, error);
      throw error;
    }
  }
}
