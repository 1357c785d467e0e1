// Role pages: one panel per role, kept in sync with the progress store, restored after a window reload.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Role } from '../catalog/schema';
import type { ProgressStore } from '../progress/progressStore';
import { parseMessage, rolePageMessage } from './messages';
import { progressSummary, renderRoleBody, type RoleProgress } from './rolePage';
import { pageHtml, panelIcon, webviewOptions } from './webviewResources';

export const ROLE_VIEW_TYPE = 'backendPaths.role';

export class RolePanels implements vscode.Disposable {
  private readonly panels = new Map<string, vscode.WebviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly focused = new vscode.EventEmitter<string>();
  private renders = 0;
  /** Fires with a role id when its page becomes the active editor. */
  readonly onDidFocusRole = this.focused.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.focused,
      vscode.window.registerWebviewPanelSerializer(ROLE_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel, state: unknown) => {
          const roleId = typeof state === 'object' && state !== null ? (state as { roleId?: unknown }).roleId : undefined;
          const role = typeof roleId === 'string' ? index.role(roleId) : undefined;
          if (!role || this.panels.has(role.id)) panel.dispose();
          else this.attach(panel, role);
        },
      }),
      store.onDidChange(({ skillIds }) => this.onProgress(skillIds)),
    );
  }

  /** Opens (or reveals) the page of a role, scrolled to a skill when given. Returns the panel. */
  open(roleId: string, skillId?: string): vscode.WebviewPanel | undefined {
    const role = this.index.role(roleId);
    if (!role) return undefined;
    const existing = this.panels.get(roleId);
    if (existing) {
      // A hidden page has no live document to tell; it reloads from its html, so render the focus into it.
      if (skillId && existing.visible) void existing.webview.postMessage({ type: 'reveal', skillId });
      else if (skillId) this.render(existing, role, skillId);
      existing.reveal();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(ROLE_VIEW_TYPE, role.title, vscode.ViewColumn.Active, webviewOptions(this.extensionUri));
    this.attach(panel, role, skillId);
    return panel;
  }

  /** The open page of a role, for tests and for the scaffold command's "from the page" path. */
  panel(roleId: string): vscode.WebviewPanel | undefined {
    return this.panels.get(roleId);
  }

  private attach(panel: vscode.WebviewPanel, role: Role, focusSkillId?: string): void {
    this.panels.set(role.id, panel);
    panel.iconPath = panelIcon(this.extensionUri);
    panel.webview.options = webviewOptions(this.extensionUri);
    this.render(panel, role, focusSkillId);
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(role.id, message)),
      panel.onDidChangeViewState(({ webviewPanel }) => {
        if (webviewPanel.active) this.focused.fire(role.id);
      }),
    ];
    panel.onDidDispose(() => {
      this.panels.delete(role.id);
      for (const s of subscriptions) s.dispose();
    });
    this.focused.fire(role.id);
  }

  private progressOf(role: Role): RoleProgress {
    const ids = skillIdsOfRole(role);
    return { states: Object.fromEntries(ids.map((id) => [id, this.store.state(id)])), counts: this.store.counts(ids) };
  }

  private render(panel: vscode.WebviewPanel, role: Role, focusSkillId?: string): void {
    panel.webview.html = pageHtml(panel.webview, this.extensionUri, {
      title: role.title,
      body: renderRoleBody(role, this.progressOf(role)),
      script: 'role.js',
      // `render` tells the page whether it already honoured this focus (a hidden page reloads the same html).
      data: { role: role.id, render: `${Date.now()}-${++this.renders}`, ...(focusSkillId ? { focusSkill: focusSkillId } : {}) },
    });
  }

  private onProgress(skillIds: string[]): void {
    for (const [roleId, panel] of this.panels) {
      const role = this.index.role(roleId) as Role;
      const ids = new Set(skillIdsOfRole(role));
      if (!skillIds.some((id) => ids.has(id))) continue;
      // A hidden page has no live document to message; it reloads from html when shown again.
      if (panel.visible) {
        const progress = this.progressOf(role);
        void panel.webview.postMessage({ type: 'progress', ...progress, summary: progressSummary(progress.counts) });
      }
      else this.render(panel, role);
    }
  }

  /** Acts on a message from a role's page, once it is known to be well-formed; ignores (and logs) anything else. */
  async receive(roleId: string, raw: unknown): Promise<void> {
    const role = this.index.role(roleId);
    if (!role) return;
    const message = parseMessage(rolePageMessage, raw, (reason) => this.log.warn(`${role.id} page: ${reason}`));
    if (!message) return;
    switch (message.type) {
      case 'setSkillState':
        if (!skillIdsOfRole(role).includes(message.skillId)) {
          this.log.warn(`${role.id} page: ignored a state change for "${message.skillId}", which is not a skill of this role`);
          return;
        }
        await this.store.setState([message.skillId], message.state);
        return;
      case 'scaffold':
        await vscode.commands.executeCommand('backendPaths.scaffold', { roleId: role.id });
        return;
      case 'openOverview':
        await vscode.commands.executeCommand('backendPaths.openOverview');
        return;
    }
  }

  dispose(): void {
    for (const panel of this.panels.values()) panel.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
