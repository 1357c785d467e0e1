// The exercises in VS Code's Testing view: one item per project, one per exercise (with its test file, so the
// gutter of that file can run it). A run executes the exercise's check with the project's own test runner (see
// runCheck.ts), streams its output into the test run, shows its failures in the learner's words, and records
// the result on the skills the exercise names: a pass verifies them. Every run first passes the trust gate
// (src/trust): VS Code asks before a run from the Testing view, and the gate asks before one from a command.
// Where no process can run (the web worker extension host), a run says so and offers the instructions instead.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { ProgressStore } from '../progress/progressStore';
import { requestTrust } from '../trust/workspaceTrust';
import { checkRunner } from './checkRunner';
import { checkVerdict } from './checkVerdict';
import type { ExerciseProject } from './exerciseProjects';
import type { ManifestExercise } from './manifest';

export const CONTROLLER_ID = 'backendPaths.exercises';

const needsProcesses = () =>
  vscode.l10n.t(
    "Checking an exercise runs the project's tests, which needs desktop VS Code or a remote window: VS Code in the browser cannot start processes. The project's README has the exercise's instructions.",
  );

interface ExerciseEntry {
  project: ExerciseProject;
  exercise: ManifestExercise;
  /** The skills a pass verifies: those of the catalog that belong to the manifest's role. */
  skillIds: string[];
}

/** A line near the top of a test file where its tests begin, for the gutter's run button: JavaScript, Python,
 * JUnit, xUnit and PHPUnit tests. */
const FIRST_TEST =
  /^\s*(describe|test|it)\s*\(|^\s*(async\s+)?def test_|^\s*class Test|^\s*@(Test|ParameterizedTest)\b|^\s*\[(Fact|Theory)\b|^\s*(#\[Test\]|public function test)/;

export class ExerciseTests implements vscode.Disposable {
  readonly controller = vscode.tests.createTestController(CONTROLLER_ID, vscode.l10n.t('Backend Paths exercises'));
  private readonly entries = new Map<string, ExerciseEntry>();
  private setupOffered = new Set<string>();
  private instructionsOffered = false;

  constructor(
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
    refresh: () => Promise<void>,
  ) {
    this.controller.createRunProfile(
      'Check',
      vscode.TestRunProfileKind.Run,
      async (request, token) => {
        await this.run(request, token);
      },
      true,
    );
    this.controller.refreshHandler = () => refresh();
  }

  /** Adds or replaces a project's items. */
  async setProject(project: ExerciseProject): Promise<void> {
    this.removeProject(project.key);
    const item = this.controller.createTestItem(project.key, project.name, project.folder);
    if ('error' in project.manifest) {
      item.error = project.manifest.error;
      this.controller.items.add(item);
      return;
    }
    const { role: roleId, exercises } = project.manifest;
    const role = this.index.role(roleId);
    item.description = role?.title ?? roleId;
    if (!role) item.error = vscode.l10n.t('The manifest names the role "{0}", which this version of Backend Paths does not know.', roleId);
    for (const [position, exercise] of exercises.entries()) {
      const skillIds = exercise.skills.map((id) => this.index.currentSkillId(id)).filter((id) => this.index.skill(id)?.role.id === roleId);
      const file = exercise.files[0] ? vscode.Uri.joinPath(project.folder, ...exercise.files[0].split('/')) : undefined;
      const child = this.controller.createTestItem(`${project.key}#${exercise.id}`, exercise.title, file);
      child.description = skillIds.map((id) => this.index.skill(id)?.skill.name).join(' · ');
      child.sortText = String(position).padStart(4, '0');
      if (file) child.range = await firstTestLine(file);
      item.children.add(child);
      this.entries.set(child.id, { project, exercise, skillIds });
    }
    this.controller.items.add(item);
  }

  removeProject(key: string): void {
    this.controller.items.delete(key);
    for (const id of [...this.entries.keys()]) if (id.startsWith(`${key}#`)) this.entries.delete(id);
  }

  /** The exercise items of every project whose manifest is of `roleId` and lists `exerciseId`. */
  itemsFor(roleId: string, exerciseId: string): vscode.TestItem[] {
    const items: vscode.TestItem[] = [];
    this.controller.items.forEach((project) => {
      project.children.forEach((child) => {
        const entry = this.entries.get(child.id);
        if (entry && entry.exercise.id === exerciseId && !('error' in entry.project.manifest) && entry.project.manifest.role === roleId)
          items.push(child);
      });
    });
    return items;
  }

  /** Runs `items` as the Testing view would (the results show there too); false when the folder is not trusted. */
  async runItems(items: readonly vscode.TestItem[], token?: vscode.CancellationToken): Promise<boolean> {
    const source = token ? undefined : new vscode.CancellationTokenSource();
    try {
      return await this.run(new vscode.TestRunRequest([...items]), token ?? (source as vscode.CancellationTokenSource).token);
    } finally {
      source?.dispose();
    }
  }

  /** Resolves false, having run nothing, when the user does not trust the folder. */
  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<boolean> {
    // Without a runner nothing will run, so there is no trust to ask for: each check says why it cannot run.
    if (checkRunner && !(await requestTrust('check'))) return false;
    const queue: vscode.TestItem[] = [];
    const add = (item: vscode.TestItem) => {
      if (request.exclude?.includes(item)) return;
      if (this.entries.has(item.id)) queue.push(item);
      else item.children.forEach(add);
    };
    if (request.include) request.include.forEach(add);
    else this.controller.items.forEach(add);

    const run = this.controller.createTestRun(request, vscode.l10n.t('Backend Paths exercises'), true);
    queue.forEach((item) => run.enqueued(item));
    this.setupOffered = new Set();
    this.instructionsOffered = false;
    // One at a time: each check is a whole test runner, and learners' machines are small too.
    for (const item of queue) {
      if (token.isCancellationRequested) run.skipped(item);
      else await this.check(item, this.entries.get(item.id) as ExerciseEntry, run, token);
    }
    run.end();
    return true;
  }

  private async check(item: vscode.TestItem, entry: ExerciseEntry, run: vscode.TestRun, token: vscode.CancellationToken): Promise<void> {
    const { project, exercise } = entry;
    run.started(item);
    if (!checkRunner) {
      run.errored(item, new vscode.TestMessage(needsProcesses()));
      this.offerInstructions(project);
      return;
    }
    const blocked = await this.whyBlocked(entry);
    if (blocked) {
      run.errored(item, new vscode.TestMessage(blocked));
      return;
    }
    const abort = new AbortController();
    const cancellation = token.onCancellationRequested(() => abort.abort());
    const started = Date.now();
    let output = '';
    run.appendOutput(`$ ${exercise.argv.join(' ')}\r\n`, undefined, item);
    const { outcome, cases } = await checkRunner({
      argv: exercise.argv,
      cwd: project.folder.fsPath,
      junitPath: exercise.junit ? vscode.Uri.joinPath(project.folder, ...exercise.junit.split('/')).fsPath : undefined,
      timeoutMs: exercise.timeoutSeconds * 1000,
      signal: abort.signal,
      onOutput: (text) => {
        output += text;
        run.appendOutput(text.replace(/\r?\n/g, '\r\n'), undefined, item);
      },
    }).finally(() => {
      cancellation.dispose();
    });
    const verdict = checkVerdict(outcome, cases, output, exercise.timeoutSeconds);
    const duration = Date.now() - started;
    if (verdict.passed === undefined) {
      run.skipped(item);
      return;
    }
    if (verdict.passed) run.passed(item, duration);
    else {
      const messages = verdict.messages.map(({ text, details }) => {
        const message = new vscode.TestMessage(details ? `${text}\n\n${details}` : text);
        if (item.uri) message.location = new vscode.Location(item.uri, item.range ?? new vscode.Range(0, 0, 0, 0));
        return message;
      });
      run.failed(item, messages, duration);
    }
    if (entry.skillIds.length > 0) {
      await this.store.recordCheck({ skillIds: entry.skillIds, passed: verdict.passed, exercise: exercise.title, project: project.name });
    }
  }

  /** Why a check cannot run here, in words for the learner (and an offer to fix what can be fixed). */
  private async whyBlocked({ project, exercise }: ExerciseEntry): Promise<string | undefined> {
    if (project.folder.scheme !== 'file') {
      return vscode.l10n.t(
        "Exercise checks run the project's test runner, which needs the project on disk: open {0} in desktop VS Code or a remote window.",
        project.name,
      );
    }
    if (!exercise.needs) return undefined;
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(project.folder, ...exercise.needs.path.split('/')));
      return undefined;
    } catch {
      this.offerSetup(project, exercise.needs.setup);
      return vscode.l10n.t('Run `{0}` in {1} first: the check needs {2}.', exercise.needs.setup, project.name, exercise.needs.path);
    }
  }

  /** Once a run: offers the project's README, whose Exercises section has every exercise's instructions. */
  private offerInstructions(project: ExerciseProject): void {
    if (this.instructionsOffered) return;
    this.instructionsOffered = true;
    const action = vscode.l10n.t('Open Instructions');
    void vscode.window.showInformationMessage(vscode.l10n.t('Backend Paths: {0}', needsProcesses()), action).then(async (choice) => {
      if (choice === action) await vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(project.folder, 'README.md'));
    });
  }

  private offerSetup(project: ExerciseProject, setup: string): void {
    if (this.setupOffered.has(project.key)) return;
    this.setupOffered.add(project.key);
    const action = vscode.l10n.t('Run {0}', setup);
    void vscode.window
      .showWarningMessage(vscode.l10n.t('Backend Paths: {0} needs `{1}` before its exercises can be checked.', project.name, setup), action)
      .then((choice) => {
        if (choice !== action) return;
        const terminal = vscode.window.createTerminal({ name: `${project.name}: ${setup}`, cwd: project.folder });
        terminal.show();
        terminal.sendText(setup);
      });
  }

  dispose(): void {
    this.controller.dispose();
  }
}

async function firstTestLine(file: vscode.Uri): Promise<vscode.Range> {
  try {
    const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(file)).split('\n');
    const line = Math.max(
      0,
      lines.findIndex((text) => FIRST_TEST.test(text)),
    );
    return new vscode.Range(line, 0, line, 0);
  } catch {
    return new vscode.Range(0, 0, 0, 0);
  }
}
