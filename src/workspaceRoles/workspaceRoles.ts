// The workspace's own roles, live: watches every folder's .backend-paths/roles/, reads the role files (an open
// editor's unsaved text first, so problems show as you type), loads them through the workspace roles' chunk
// (loaded only once such a file exists), puts the roles into the catalog index and each problem into the Problems
// panel at its range. A broken file never stops the others; deleting a file removes its role (progress stays).
import * as vscode from 'vscode';
import { readDirectory, readFile } from '../fileReads';
import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Place, Problem } from '../catalog/problems';
import { NO_WORKSPACE_ROLES } from '../catalog/workspaceCatalog';
import type { Log } from '../log';
import { decodeLoad, encodeLoad, loadKey, type LoadResult } from './cachedLoad';
import { loadWorkspaceRolesChunk, type WorkspaceRolesChunk } from './loadChunk';
import type { WorkspaceFile } from './loadWorkspaceRoles';
import { EXERCISES_FILE_NAME, ROLE_FILE_NAMES, ROLES_FOLDER, STARTER_RULES_FILE_NAME } from './roleFiles';
import { listStarterFiles } from './starterFolder';

let chunk: Promise<WorkspaceRolesChunk> | undefined;
/** The chunk with the YAML parser and the full schema (dist/workspaceRoles.js), loaded on first use. */
export function workspaceRolesChunk(): Promise<WorkspaceRolesChunk> {
  chunk ??= loadWorkspaceRolesChunk().then((loaded) => {
    loaded.useDisplayLanguage(vscode.env.language, vscode.l10n.bundle);
    return loaded;
  });
  return chunk;
}

/** How long typing pauses before the roles load again. */
const SETTLE_MS = 200;

/** Where the last load is kept (the extension's storage for this workspace), and what else it depends on. */
export interface LoadCache {
  folder: vscode.Uri | undefined;
  /** Besides the role files: the extension's version, the display language, the catalog's bytes. */
  stamp: readonly (string | Uint8Array)[];
}
const CACHE_FILE = 'workspace-roles.json';

export class WorkspaceRoles implements vscode.Disposable {
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('backend-paths-roles');
  private readonly disposables: vscode.Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loading: Promise<void> = Promise.resolve();
  private keeping: Promise<void> = Promise.resolve();
  private loads = 0;
  /** The files of the last load, so a reload that finds them unchanged leaves the views alone. */
  private loaded: string | undefined;
  /** Whether the roles shown came from the last session's load (the window reopened on unchanged files). */
  private cached = false;
  /** Resolves once the roles found at activation are loaded (at once when there are none). */
  readonly ready: Promise<void>;

  constructor(
    private readonly index: CatalogIndex,
    private readonly log: Log,
    readonly cache: LoadCache,
  ) {
    // A folder created or deleted with its files inside (a clone, a write that makes its parents, a recursive
    // delete) may raise one event for the outermost folder only: so the whole .backend-paths folder is watched.
    const top = ROLES_FOLDER.split('/')[0];
    const watchers = [vscode.workspace.createFileSystemWatcher(`**/${top}`), vscode.workspace.createFileSystemWatcher(`**/${top}/**`)];
    const schedule = () => this.schedule();
    const scheduleFor = (uri: vscode.Uri) => {
      if (isRolesFile(uri)) this.schedule();
    };
    const scheduleForAny = ({ files }: { files: readonly (vscode.Uri | { oldUri: vscode.Uri; newUri: vscode.Uri })[] }) => {
      const uris = files.flatMap((f) => (f instanceof vscode.Uri ? [f] : [f.oldUri, f.newUri]));
      if (uris.some((uri) => uri.path.split('/').includes(top))) this.schedule();
    };
    this.disposables = [
      this.diagnostics,
      ...watchers,
      ...watchers.flatMap((watcher) => [watcher.onDidCreate(schedule), watcher.onDidChange(schedule), watcher.onDidDelete(schedule)]),
      // The file watcher can miss changes in folders made a moment earlier; what the Explorer or an edit does
      // is reported for sure, and coming back to the window catches what another program did meanwhile.
      vscode.workspace.onDidCreateFiles(scheduleForAny),
      vscode.workspace.onDidDeleteFiles(scheduleForAny),
      vscode.workspace.onDidRenameFiles(scheduleForAny),
      vscode.window.onDidChangeWindowState(({ focused }) => focused && this.schedule()),
      vscode.workspace.onDidChangeTextDocument(({ document }) => scheduleFor(document.uri)),
      vscode.workspace.onDidCloseTextDocument((document) => scheduleFor(document.uri)),
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    ];
    this.ready = this.reload();
  }

  /** How many times the roles were loaded, for tests: each load after a change raises it. */
  get loadCount(): number {
    return this.loads;
  }

  /** Whether the last load was the one kept from the last session, for tests and the bench. */
  get loadedFromCache(): boolean {
    return this.cached;
  }

  /** The diagnostics of a role file, as the Problems panel shows them. */
  diagnosticsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Loads every folder's roles again (one load at a time); resolves once done. */
  reload(): Promise<void> {
    this.loading = this.loading
      .then(() => this.load())
      .catch((error: unknown) => this.log.error(vscode.l10n.t('could not load the workspace roles'), error));
    return this.loading;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), SETTLE_MS);
  }

  private async load(): Promise<void> {
    const files = await readRoleFiles();
    const seen = JSON.stringify(files);
    if (seen !== this.loaded) {
      await this.apply(files, seen);
      this.loaded = seen;
    }
    this.loads++;
  }

  /** Shows the roles of `files` (`seen`: their JSON) and their problems: as kept from the last session, or loaded. */
  private async apply(files: WorkspaceFile[], seen: string): Promise<void> {
    if (files.length === 0) {
      this.diagnostics.clear();
      if (this.index.workspaceRoles !== NO_WORKSPACE_ROLES) this.index.setWorkspaceRoles(NO_WORKSPACE_ROLES);
      return;
    }
    const key = await loadKey([...this.cache.stamp, seen]);
    // Once the chunk is loaded, loading again is quick: the kept load only spares a window the chunk.
    const kept = key === undefined || chunk ? undefined : await this.readCache(key);
    this.cached = kept !== undefined;
    const { catalog, problems } = kept ?? (await this.loadWithChunk(files, key));
    this.diagnostics.clear();
    for (const [uri, list] of problems) this.diagnostics.set(vscode.Uri.parse(uri), list.map(diagnostic));
    this.index.setWorkspaceRoles(catalog);
  }

  private async loadWithChunk(files: WorkspaceFile[], key: string | undefined): Promise<LoadResult> {
    const { loadWorkspaceRoles } = await workspaceRolesChunk();
    const loaded = loadWorkspaceRoles(files, this.index.catalog);
    if (key !== undefined) this.keep(key, loaded);
    return loaded;
  }

  /** Writes `loaded` for the next session, after any write before it, without holding up the views. */
  private keep(key: string, loaded: LoadResult): void {
    const folder = this.cache.folder;
    if (!folder) return;
    this.keeping = this.keeping
      .then(() => vscode.workspace.fs.createDirectory(folder))
      .then(() => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, CACHE_FILE), encodeLoad(key, loaded)))
      .catch((error: unknown) => this.log.warn(`could not keep the workspace roles' load for the next session: ${String(error)}`));
  }

  /** Resolves once the last load is written for the next session, for tests. */
  get kept(): Promise<void> {
    return this.keeping;
  }

  private async readCache(key: string): Promise<LoadResult | undefined> {
    if (!this.cache.folder) return undefined;
    return readFile(vscode.Uri.joinPath(this.cache.folder, CACHE_FILE)).then(
      (bytes) => decodeLoad(bytes, key),
      () => undefined,
    );
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}

/** A document whose edits may change the roles: a YAML file under a roles folder. */
function isRolesFile(uri: vscode.Uri): boolean {
  return uri.path.includes(`/${ROLES_FOLDER}/`) && (uri.path.endsWith('.yaml') || uri.path.endsWith('.json'));
}

/** A problem's place as an editor range (the file's start when it has none). */
export function rangeOf(at: Place | undefined): vscode.Range {
  return at ? new vscode.Range(at.line - 1, at.col - 1, at.endLine - 1, at.endCol - 1) : new vscode.Range(0, 0, 0, 0);
}

/** A problem as the Problems panel shows it: the `--check` message, at its range. */
function diagnostic({ at, message }: Problem): vscode.Diagnostic {
  const result = new vscode.Diagnostic(rangeOf(at), message, vscode.DiagnosticSeverity.Error);
  result.source = 'Backend Paths';
  return result;
}

/** Every folder's `<id>/role.yaml` (with its starter's files) and renamed.yaml under .backend-paths/roles/. */
async function readRoleFiles(): Promise<WorkspaceFile[]> {
  const files: WorkspaceFile[] = [];
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const root = vscode.Uri.joinPath(folder.uri, ...ROLES_FOLDER.split('/'));
    const entries = await readDirectory(root).then(
      (list) => list,
      () => [] as [string, vscode.FileType][],
    );
    for (const [name, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      const isRole = type === vscode.FileType.Directory;
      if (!isRole && name !== 'renamed.yaml') continue;
      const found = isRole ? await firstRoleFile(vscode.Uri.joinPath(root, name)) : await readFound(vscode.Uri.joinPath(root, name));
      if (!found) continue;
      const { uri, text } = found;
      const source = { folder: folder.name, uri: uri.toString() };
      files.push(isRole ? { source, roleDir: name, text, ...(await readStarterOf(vscode.Uri.joinPath(root, name))) } : { source, text });
    }
  }
  return files;
}

/** What a role folder has for a starter: its exercises.yaml and starter.yaml, and the files of its starter/. */
async function readStarterOf(dir: vscode.Uri): Promise<Pick<WorkspaceFile, 'exercises' | 'starterRules' | 'starterFiles'>> {
  const [exercises, starterRules, starterFiles] = await Promise.all([
    readFound(vscode.Uri.joinPath(dir, EXERCISES_FILE_NAME)),
    readFound(vscode.Uri.joinPath(dir, STARTER_RULES_FILE_NAME)),
    listStarterFiles(dir),
  ]);
  const asFile = (found: { uri: vscode.Uri; text: string }) => ({ uri: found.uri.toString(), text: found.text });
  return {
    ...(exercises ? { exercises: asFile(exercises) } : {}),
    ...(starterRules ? { starterRules: asFile(starterRules) } : {}),
    ...(starterFiles ? { starterFiles } : {}),
  };
}

/** A role folder's role.yaml, else its role.json. */
async function firstRoleFile(dir: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  for (const name of ROLE_FILE_NAMES) {
    const found = await readFound(vscode.Uri.joinPath(dir, name));
    if (found) return found;
  }
  return undefined;
}

async function readFound(uri: vscode.Uri): Promise<{ uri: vscode.Uri; text: string } | undefined> {
  const text = await readText(uri);
  return text === undefined ? undefined : { uri, text };
}

/** An open editor's text (saved or not), else the file's; undefined when there is no such file. */
async function readText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  return readFile(uri).then(
    (bytes) => new TextDecoder().decode(bytes),
    () => undefined,
  );
}
