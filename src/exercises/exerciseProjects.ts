// Finds the starter projects in the workspace by their exercise manifest (.backend-paths/exercises.json), wherever
// they are — scaffolded earlier, cloned, in several workspace folders — and follows manifests that appear, change
// or disappear. A manifest is untrusted input: it is validated before anything uses it.
import * as vscode from 'vscode';
import { MANIFEST_PATH, parseManifest, type Manifest } from './manifest';

const MANIFEST_GLOB = `**/${MANIFEST_PATH}`;
const [MANIFEST_FOLDER, MANIFEST_FILE] = MANIFEST_PATH.split('/') as [string, string];
const EXCLUDE = '**/node_modules/**';
const MAX_PROJECTS = 100;

export interface ExerciseProject {
  /** The manifest's URI, as a string: the project's identity. */
  key: string;
  manifestUri: vscode.Uri;
  folder: vscode.Uri;
  /** The project folder's name, as learners know it. */
  name: string;
  /** The manifest, or why it could not be read. */
  manifest: Manifest | { error: string };
}

export function projectFolder(manifestUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(manifestUri, '..', '..');
}

async function readProject(manifestUri: vscode.Uri): Promise<ExerciseProject | undefined> {
  const folder = projectFolder(manifestUri);
  const base = { key: manifestUri.toString(), manifestUri, folder, name: folder.path.split('/').pop() ?? folder.path };
  let text: string;
  try {
    text = new TextDecoder().decode(await vscode.workspace.fs.readFile(manifestUri));
  } catch {
    return undefined; // Gone between the event and the read.
  }
  const parsed = parseManifest(text);
  return { ...base, manifest: parsed.ok ? parsed.manifest : { error: `${MANIFEST_PATH}: ${parsed.error}` } };
}

/** The projects found now, and an event for each one that appears, changes (both `project`) or goes (`removed`). */
export class ExerciseProjects implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<{ project?: ExerciseProject; removed?: string }>();
  readonly onDidChange = this.changed.event;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB);
  /** A folder created with its files inside (a clone, a move, a scaffold) may raise an event for the folder only. */
  private readonly folderWatcher = vscode.workspace.createFileSystemWatcher(`**/${MANIFEST_FOLDER}`, false, true, true);
  private readonly disposables: vscode.Disposable[] = [this.changed, this.watcher, this.folderWatcher];

  constructor() {
    const update = async (uri: vscode.Uri) => {
      if (uri.path.includes('/node_modules/')) return;
      const project = await readProject(uri);
      this.changed.fire(project ? { project } : { removed: uri.toString() });
    };
    this.disposables.push(
      this.watcher.onDidCreate(update),
      this.folderWatcher.onDidCreate((folder) => update(vscode.Uri.joinPath(folder, MANIFEST_FILE))),
      this.watcher.onDidChange(update),
      this.watcher.onDidDelete((uri) => this.changed.fire({ removed: uri.toString() })),
      vscode.workspace.onDidChangeWorkspaceFolders(
        () => void this.findAll().then((projects) => projects.forEach((project) => this.changed.fire({ project }))),
      ),
    );
  }

  async findAll(): Promise<ExerciseProject[]> {
    const uris = await vscode.workspace.findFiles(MANIFEST_GLOB, EXCLUDE, MAX_PROJECTS);
    const projects = await Promise.all(uris.map(readProject));
    return projects.filter((p): p is ExerciseProject => p !== undefined).sort((a, b) => a.name.localeCompare(b.name));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
