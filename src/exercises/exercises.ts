// The exercises of the workspace's starter projects: projects are looked for at activation and followed by a file
// watcher; the Testing controller exists only once a project with exercises is found, so a workspace without one
// pays nothing. check() runs one exercise of a role (for the command and the role page), picking the project when
// there are several.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Log } from '../log';
import type { ProgressStore } from '../progress/progressStore';
import { ExerciseProjects } from './exerciseProjects';
import { ExerciseTests } from './exerciseTests';

export class Exercises implements vscode.Disposable {
  private tests: ExerciseTests | undefined;
  private readonly projects = new ExerciseProjects();
  private readonly rolesChanged: { dispose(): void };
  /** Resolves once the workspace has been searched for projects (the first time). */
  readonly ready: Promise<void>;

  constructor(
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    log: Log,
  ) {
    this.projects.onDidChange(({ project, removed }) => {
      if (project) void this.ensureTests().setProject(project);
      else if (removed) this.tests?.removeProject(removed);
    });
    const refresh = () =>
      this.refresh().catch((error: unknown) => log.error(vscode.l10n.t('could not look for exercises in the workspace'), error));
    this.ready = refresh();
    // A project of a workspace role names that role and its skills: they are known once the workspace's roles load.
    this.rolesChanged = index.onDidChange(() => {
      if (this.tests) void refresh();
    });
  }

  /** The Testing controller, once the workspace has exercises. */
  get controller(): vscode.TestController | undefined {
    return this.tests?.controller;
  }

  private ensureTests(): ExerciseTests {
    this.tests ??= new ExerciseTests(this.index, this.store, () => this.refresh());
    return this.tests;
  }

  /** Looks for projects again, e.g. after one was created (see ExerciseProjects for why events may not come). */
  async refresh(): Promise<void> {
    const found = await this.projects.findAll();
    if (found.length === 0 && !this.tests) return;
    const tests = this.ensureTests();
    const keys = new Set(found.map((p) => p.key));
    tests.controller.items.forEach((item) => {
      if (!keys.has(item.id)) tests.removeProject(item.id);
    });
    for (const project of found) await tests.setProject(project);
  }

  /** Runs an exercise of a role in the workspace's project (asks which when there are several); true when it ran. */
  async check(roleId: string, exerciseId: string, token?: vscode.CancellationToken): Promise<boolean> {
    await this.ready;
    const items = this.tests?.itemsFor(roleId, exerciseId) ?? [];
    if (items.length === 0) {
      const create = vscode.l10n.t('Create Starter Project…');
      const role = this.index.role(roleId);
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t(
          'Backend Paths: no {0} starter project is open. Create one (or open the folder of one) to check its exercises.',
          role?.title ?? roleId,
        ),
        create,
      );
      if (choice === create) await vscode.commands.executeCommand('backendPaths.scaffold', roleId);
      return false;
    }
    const item =
      items.length === 1
        ? items[0]
        : (
            await vscode.window.showQuickPick(
              items.map((i) => ({ label: i.parent?.label ?? i.label, description: i.parent?.uri?.fsPath, item: i })),
              { title: vscode.l10n.t('Backend Paths: which project?') },
            )
          )?.item;
    if (!item || !this.tests) return false;
    return this.tests.runItems([item], token);
  }

  dispose(): void {
    this.rolesChanged.dispose();
    this.tests?.dispose();
    this.projects.dispose();
  }
}
