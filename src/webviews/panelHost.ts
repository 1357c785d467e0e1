// One host for every Backend Paths page (role pages, the overview, and pages to come), so what they share is
// written once: create or reveal, restore after a window reload, one disposables list per panel, the HTML
// shell (strict CSP, a nonce, local resources only), and the border where messages are checked both ways.
// A page kind extends it with what is its own: its content, how a restored panel finds its key, its messages.
import * as vscode from 'vscode';
import type { Log } from '../log';
import type { SafeHtml } from './html';
import type { PageMessages } from './messages';
import { createNonce, renderPage } from './pageShell';

/** What a page shows. `data` becomes data-* attributes of its body, for its script. */
export interface PageContent {
  title: string;
  body: SafeHtml;
  data?: Record<string, string>;
}

/**
 * How a page kind is hosted: its view type, its script in media/ and its messages, loaded with the first message
 * (by a dynamic import) so that zod builds their schemas then, not when the extension activates.
 */
export interface PageKind<FromPage, ToPage> {
  viewType: string;
  script: string;
  messages(): Promise<PageMessages<FromPage, ToPage>>;
}

type MessageChecks<FromPage, ToPage> = PageMessages<FromPage, ToPage> & Pick<typeof import('./messages.js'), 'parseMessage'>;

interface HostedPanel {
  panel: vscode.WebviewPanel;
  disposables: vscode.Disposable[];
}

/**
 * Hosts the panels of one page kind, one panel per key (a role id; a single page has one key). `Options` are
 * what a render may be asked for besides the key, such as a skill to scroll to.
 */
export abstract class PanelHost<FromPage, ToPage, Options = never> implements vscode.Disposable {
  private readonly panels = new Map<string, HostedPanel>();
  private checks: Promise<MessageChecks<FromPage, ToPage>> | undefined;
  private readonly activated = new vscode.EventEmitter<string>();
  /** Fires with a page's key when its panel becomes the active editor. */
  readonly onDidActivate = this.activated.event;
  /** Disposed with the host; page kinds add their own subscriptions. */
  protected readonly disposables: vscode.Disposable[] = [this.activated];

  constructor(
    private readonly kind: PageKind<FromPage, ToPage>,
    private readonly extensionUri: vscode.Uri,
    protected readonly log: Log,
    /** Settles once every key a restored panel may have is known (a workspace role's id, say). */
    keysKnown: Promise<unknown> = Promise.resolve(),
  ) {
    this.disposables.push(
      vscode.window.registerWebviewPanelSerializer(kind.viewType, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          await keysKnown.catch(() => undefined);
          const key = this.restoredKey(state);
          if (key === undefined || this.panels.has(key)) panel.dispose();
          else this.attach(key, panel, this.content(key));
        },
      }),
    );
  }

  /** The page of `key`, with `options` when given. */
  protected abstract content(key: string, options?: Options): PageContent;
  /** The key of a panel restored after a window reload, from the state its script saved; undefined closes it. */
  protected abstract restoredKey(state: unknown): string | undefined;
  /** Acts on a message from the page of `key`, once it is known to be well-formed. */
  protected abstract act(key: string, message: FromPage): Promise<unknown>;

  /** The open panel of `key`. */
  panel(key: string): vscode.WebviewPanel | undefined {
    return this.panels.get(key)?.panel;
  }

  /** The keys of the open panels. */
  protected keys(): string[] {
    return [...this.panels.keys()];
  }

  /** Reveals the panel of `key`, or creates it with its content (rendered with `options`). */
  protected show(key: string, options?: Options): vscode.WebviewPanel {
    const existing = this.panels.get(key)?.panel;
    if (existing) {
      existing.reveal();
      return existing;
    }
    const content = this.content(key, options);
    const panel = vscode.window.createWebviewPanel(this.kind.viewType, content.title, vscode.ViewColumn.Active, this.options());
    this.attach(key, panel, content);
    return panel;
  }

  /**
   * Tells the page of `key` something. A hidden page has no live document to tell (it reloads from its HTML when
   * shown again), so it is rendered again instead, with `options`.
   */
  protected update(key: string, message: ToPage, options?: Options): void {
    const panel = this.panels.get(key)?.panel;
    if (!panel) return;
    if (!panel.visible) {
      this.render(panel, this.content(key, options));
      return;
    }
    void this.post(panel, key, message);
  }

  private async post(panel: vscode.WebviewPanel, key: string, message: ToPage): Promise<void> {
    const { parseMessage, toPage } = await this.messageChecks();
    const checked = parseMessage(toPage, message, (reason) => this.log.warn(`${this.kind.viewType} ${key}: not sent, ${reason}`));
    if (checked !== undefined) await panel.webview.postMessage(checked);
  }

  /** The page kind's message schemas and the check that applies them, loaded once. */
  private messageChecks(): Promise<MessageChecks<FromPage, ToPage>> {
    this.checks ??= Promise.all([import('./messages.js'), this.kind.messages()]).then(([{ parseMessage }, messages]) => ({
      ...messages,
      parseMessage,
    }));
    return this.checks;
  }

  /** Renders every open page again, from its content. */
  protected renderAll(): void {
    for (const [key, { panel }] of this.panels) this.render(panel, this.content(key));
  }

  /** Takes a message from the page of `key`: checks it, then acts on it; anything malformed is logged and ignored. */
  async receive(key: string, raw: unknown): Promise<void> {
    const { parseMessage, fromPage } = await this.messageChecks();
    const message = parseMessage(fromPage, raw, (reason) => this.log.warn(`${this.kind.viewType} ${key}: ignored, ${reason}`));
    if (message === undefined) return;
    try {
      await this.act(key, message);
    } catch (error) {
      this.log.error(vscode.l10n.t('the {0} page could not act on {1}', key, JSON.stringify(raw).slice(0, 200)), error);
    }
  }

  private attach(key: string, panel: vscode.WebviewPanel, content: PageContent): void {
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'activity-bar.svg');
    // A restored panel comes back with default options.
    panel.webview.options = this.options();
    const disposables = [
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(key, raw)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.active) this.activated.fire(key);
      }),
      panel.onDidDispose(() => {
        this.panels.delete(key);
        for (const d of disposables) d.dispose();
      }),
    ];
    this.panels.set(key, { panel, disposables });
    this.render(panel, content);
    this.activated.fire(key);
  }

  private render(panel: vscode.WebviewPanel, content: PageContent): void {
    const { webview } = panel;
    const uri = (...segments: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...segments)).toString();
    panel.title = content.title;
    webview.html = renderPage(
      content.title,
      content.body,
      {
        cspSource: webview.cspSource,
        nonce: createNonce(),
        styleUris: [uri('dist', 'codicons', 'codicon.css'), uri('media', 'page.css')],
        scriptUris: [uri('media', 'messages.js'), uri('media', this.kind.script)],
      },
      content.data,
    );
  }

  /** Scripts on, command links off, and only the extension's media and codicons may be loaded. */
  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableCommandUris: false,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'codicons')],
    };
  }

  dispose(): void {
    for (const { panel } of [...this.panels.values()]) panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
