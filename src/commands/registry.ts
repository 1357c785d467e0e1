// Every command is registered here, so that none can fail silently or with an unlogged error: a failure is
// logged with its stack and shown once, under the command's title. The command then resolves to undefined
// rather than rejecting, because VS Code would show a rejection from the palette a second time, as a modal.
// Callers that need the reason use the exported API (src/api.ts), whose functions reject.
import * as vscode from 'vscode';
import type { Log } from '../log';

export type CommandHandler = (...args: unknown[]) => unknown;

export class CommandRegistry {
  private readonly titles: ReadonlyMap<string, string>;

  /** `context` receives the registrations; package.json's contributed commands give the titles. */
  constructor(
    private readonly context: Pick<vscode.ExtensionContext, 'subscriptions' | 'extension'>,
    private readonly log: Log,
  ) {
    // In a display language other than English, VS Code gives a translated title as { value, original }.
    type Title = string | { value: string; original: string };
    const packageJSON = context.extension.packageJSON as { contributes?: { commands?: { command: string; title: Title }[] } } | undefined;
    const contributed = packageJSON?.contributes?.commands ?? [];
    const text = (title: Title) => (typeof title === 'string' ? title : title.value);
    this.titles = new Map(contributed.map(({ command, title }) => [command, text(title).replace(/…$/, '')]));
  }

  /** Registers `id` for the lifetime of the extension; a failure of `handler` is reported, not thrown. */
  register(id: string, handler: CommandHandler): void {
    this.context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        try {
          return await handler(...args);
        } catch (error) {
          this.report(id, error);
          return undefined;
        }
      }),
    );
  }

  /** Reports a failure of what command `id` leaves running after it returns, such as its notification's Undo. */
  followUp(id: string, work: PromiseLike<unknown>): void {
    work.then(undefined, (error: unknown) => this.report(id, error));
  }

  private report(id: string, error: unknown): void {
    this.log.error(vscode.l10n.t('{0} failed', this.titles.get(id) ?? id), error);
  }
}
