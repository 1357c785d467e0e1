// Role pages: one panel per role, kept in sync with the progress store, restored after a window reload.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Role } from '../catalog/schema';
import type { Log } from '../log';
import { checkSentences, noteFirstLine } from '../progress/format';
import { nextSkill } from '../progress/nextSkill';
import type { ProgressStore } from '../progress/progressStore';
import { isReadOnlyRole, writableSkills } from '../trust/readOnlyRoles';
import { starterProblem } from '../trust/starterOffer';
import { PanelHost, type PageContent } from './panelHost';
import type { RoleFromPage, RoleToPage } from './roleMessages';
import { nextUp, progressSummary, renderRoleBody, type RoleProgress } from './rolePage';

export const ROLE_VIEW_TYPE = 'backendPaths.role';

/** The role pages; a page's key is its role id, and it may be rendered scrolled to a skill. */
export class RolePanels extends PanelHost<RoleFromPage, RoleToPage, { focusSkillId?: string }> {
  private renders = 0;
  /** Fires with a role id when its page becomes the active editor. */
  readonly onDidFocusRole = this.onDidActivate;

  constructor(
    extensionUri: vscode.Uri,
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    log: Log,
    /** Settles once the workspace's roles are loaded, so that their restored pages find their role. */
    workspaceRolesLoaded?: Promise<unknown>,
  ) {
    super(
      { viewType: ROLE_VIEW_TYPE, script: 'role.js', messages: async () => (await import('./roleMessages.js')).roleMessages },
      extensionUri,
      log,
      workspaceRolesLoaded,
    );
    this.disposables.push(
      store.onDidChange(({ skillIds }) => this.onProgress(skillIds)),
      // The Restricted Mode notice goes as soon as the folder is trusted, without a reload.
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.renderAll()),
      index.onDidChange(() => this.onRolesChange()),
    );
  }

  /** Opens (or reveals) the page of a role, scrolled to a skill when given. Returns the panel. */
  open(roleId: string, skillId?: string): vscode.WebviewPanel | undefined {
    if (!this.index.role(roleId)) return undefined;
    if (skillId) this.update(roleId, { type: 'reveal', skillId }, { focusSkillId: skillId });
    return this.show(roleId, { focusSkillId: skillId });
  }

  protected restoredKey(state: unknown): string | undefined {
    const roleId = typeof state === 'object' && state !== null ? (state as { roleId?: unknown }).roleId : undefined;
    return typeof roleId === 'string' && this.index.role(roleId) ? roleId : undefined;
  }

  /** `options` come with an explicit open only: the page then takes the focus (a restored or re-rendered one leaves it). */
  protected content(roleId: string, options?: { focusSkillId?: string }): PageContent {
    const role = this.index.role(roleId) as Role;
    return {
      title: role.title,
      body: renderRoleBody(role, this.progressOf(role), {
        exercises: this.index.exercises(role.id),
        trusted: vscode.workspace.isTrusted,
        skillName: (id) => this.index.skill(id)?.skill.name,
        from: this.index.sourceOf(role.id)?.folder,
        readOnly: isReadOnlyRole(this.index, role.id),
        starterBlocked: starterProblem(this.index, role.id) !== undefined,
      }),
      // `render` tells the page whether it already honoured this focus (a hidden page reloads the same html).
      data: {
        role: role.id,
        render: `${Date.now()}-${++this.renders}`,
        ...(options?.focusSkillId ? { focusSkill: options.focusSkillId } : options ? { focusHeading: 'true' } : {}),
      },
    };
  }

  protected async act(roleId: string, message: RoleFromPage): Promise<void> {
    switch (message.type) {
      case 'setSkillState':
        if (this.isSkillOf(roleId, message.skillId, 'a state change'))
          await this.store.setState(writableSkills(this.index, [message.skillId]), message.state);
        return;
      case 'editNote':
        if (this.isSkillOf(roleId, message.skillId, 'a note'))
          await vscode.commands.executeCommand('backendPaths.editNote', message.skillId);
        return;
      case 'scaffold':
        await vscode.commands.executeCommand('backendPaths.scaffold', { roleId });
        return;
      case 'practice':
        await vscode.commands.executeCommand('backendPaths.practice', roleId);
        break;
      case 'openOverview':
        await vscode.commands.executeCommand('backendPaths.openOverview');
        return;
      case 'checkExercise':
        await vscode.commands.executeCommand('backendPaths.checkExercise', roleId, message.exerciseId);
        return;
    }
  }

  /** A page acts only on its own role's skills; anything else is logged and ignored. */
  private isSkillOf(roleId: string, skillId: string, what: string): boolean {
    if (skillIdsOfRole(this.index.role(roleId) as Role).includes(skillId)) return true;
    this.log.warn(`${roleId} page: ignored ${what} for "${skillId}", which is not a skill of this role`);
    return false;
  }

  private progressOf(role: Role): RoleProgress {
    const ids = skillIdsOfRole(role);
    const proofs = ids.flatMap((id) => {
      const sentences = checkSentences(this.store.checkOf(id));
      return sentences.length > 0 ? [[id, sentences.join(' ')] as const] : [];
    });
    return {
      states: Object.fromEntries(ids.map((id) => [id, this.store.state(id)])),
      counts: this.store.counts(ids),
      proofs: Object.fromEntries(proofs),
      next: nextUp(nextSkill(role, (id) => this.store.state(id))),
      notes: Object.fromEntries(
        ids.flatMap((id) => {
          const note = this.store.noteOf(id);
          return note ? [[id, noteFirstLine(note)] as const] : [];
        }),
      ),
    };
  }

  /** Workspace roles changed: a page of a role that is gone closes, the others show the role as it is now. */
  private onRolesChange(): void {
    for (const roleId of this.keys()) if (!this.index.role(roleId)) this.panel(roleId)?.dispose();
    this.renderAll();
  }

  private onProgress(skillIds: string[]): void {
    for (const roleId of this.keys()) {
      const role = this.index.role(roleId) as Role;
      const ids = new Set(skillIdsOfRole(role));
      if (!skillIds.some((id) => ids.has(id))) continue;
      const progress = this.progressOf(role);
      this.update(roleId, { type: 'progress', ...progress, summary: progressSummary(progress.counts) });
    }
  }
}
