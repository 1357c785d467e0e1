// What the extension exports: a small facade that other extensions may rely on, stable across internal
// changes. The internals (views, panels, the store…) are added only when the extension runs under its own
// integration tests (ExtensionMode.Test), so nothing outside can come to depend on them.
import * as vscode from 'vscode';
import type { CatalogIndex } from './catalog/catalogIndex';
import type { Role } from './catalog/schema';
import type { Scaffold, ScaffoldRequest } from './commands/scaffoldCommand';
import type { Log } from './log';
import type { Exercises } from './exercises/exercises';
import type { ShownState } from './progress/progressData';
import type { ProgressStore } from './progress/progressStore';
import type { PracticeBadge } from './tree/practiceBadge';
import type { RolesView } from './tree/rolesView';
import type { ProgressStatusBar } from './tree/statusBar';
import type { OverviewPanel } from './webviews/overviewPanel';
import type { PracticePanels } from './webviews/practicePanel';
import type { RolePanels } from './webviews/rolePanels';
import type { WorkspaceRoles } from './workspaceRoles/workspaceRoles';

/**
 * The Backend Paths API, from `vscode.extensions.getExtension('backend-paths.backend-paths')?.activate()`.
 * Version 1; a breaking change would raise `version`.
 */
export interface BackendPathsApi {
  readonly version: 1;
  /** The 11 roles of the guide, in its order, with their skill groups, skills and market data. Frozen. */
  readonly roles: readonly Role[];
  /**
   * A skill's state: 'not-started' until it is ticked, 'in-progress', 'done', or 'verified' once an exercise check
   * that names it has passed. An id renamed since is followed to the skill's id now.
   */
  skillState(this: void, skillId: string): ShownState;
  /** Fires with the ids of the skills whose state changed: ticks, imports, resets, or another window or machine. */
  readonly onDidChangeProgress: vscode.Event<{ readonly skillIds: readonly string[] }>;
  /**
   * Creates a role's starter project in `parentUri/projectName` without prompts, then offers to open it.
   * Resolves with the project's folder; rejects with the reason (nothing is written then). In Restricted Mode, a
   * project inside the workspace is written only once the user trusts the folder (they are asked). Like
   * skillState, it can be called detached (`const { scaffold } = api`).
   */
  scaffold(this: void, request: ScaffoldRequest): Promise<vscode.Uri>;
}

/** The pieces the integration tests drive directly. Not part of the API. */
export interface Internals {
  catalog: CatalogIndex;
  progress: ProgressStore;
  rolesView: RolesView;
  statusBar: ProgressStatusBar;
  rolePanels: RolePanels;
  overview: OverviewPanel;
  practice: PracticePanels;
  practiceBadge: PracticeBadge;
  exercises: Exercises;
  workspaceRoles: WorkspaceRoles;
  log: Log;
  /** Where progress is saved (and synced). */
  globalState: vscode.Memento;
}

/** What the extension exports under its integration tests. */
export interface TestApi extends BackendPathsApi {
  readonly internals: Internals;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The facade over `internals`, with the internals attached only in `ExtensionMode.Test`. Its change event is
 * disposed with `subscriptions`.
 */
export function createApi(
  mode: vscode.ExtensionMode,
  subscriptions: vscode.Disposable[],
  internals: Internals,
  scaffold: Scaffold,
): BackendPathsApi | TestApi {
  const changes = new vscode.EventEmitter<{ readonly skillIds: readonly string[] }>();
  subscriptions.push(
    changes,
    internals.progress.onDidChange(({ skillIds }) => changes.fire({ skillIds: [...skillIds] })),
  );
  let roles: readonly Role[] | undefined;
  const api: BackendPathsApi = {
    version: 1,
    // A frozen copy, made on first use: nothing outside can change what the views show.
    get roles() {
      roles ??= deepFreeze(structuredClone(internals.catalog.roles) as Role[]);
      return roles;
    },
    skillState: (skillId) => internals.progress.state(internals.catalog.currentSkillId(skillId)),
    onDidChangeProgress: changes.event,
    scaffold,
  };
  // Object.assign, not a spread: a spread would read `roles` and copy the catalog at every activation.
  return Object.freeze(mode === vscode.ExtensionMode.Test ? Object.assign(api, { internals }) : api);
}
