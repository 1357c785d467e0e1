// Notes open as real Markdown editors: each skill's note is the file backend-paths-note:/<role-id>/<skill-id>.md,
// served from the progress store (so it syncs with progress) rather than from disk. Saving writes the store; a
// note that would not sync is refused with the reason, and the editor keeps the text until the learner shortens it.
import * as vscode from 'vscode';
import type { CatalogIndex } from '../catalog/catalogIndex';
import { noteBytes } from '../progress/progressData';
import type { ProgressStore } from '../progress/progressStore';

export const NOTE_SCHEME = 'backend-paths-note';

export function noteUri(roleId: string, skillId: string): vscode.Uri {
  return vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${roleId}/${skillId}.md` });
}

export class NoteFileSystem implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changes = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changes.event;
  private readonly subscription: { dispose(): void };
  /** When each note was first served here, for stat's ctime. */
  private readonly created = Date.now();

  constructor(
    private readonly index: CatalogIndex,
    private readonly store: ProgressStore,
  ) {
    // A note changed by another window, Settings Sync or an import reloads in an open editor.
    this.subscription = store.onDidChange(({ skillIds }) => {
      const events = skillIds.flatMap((id) => {
        const entry = index.skill(id);
        return entry ? [{ type: vscode.FileChangeType.Changed, uri: noteUri(entry.role.id, id) }] : [];
      });
      if (events.length > 0) this.changes.fire(events);
    });
  }

  private skillId(uri: vscode.Uri): string {
    const match = /^\/([a-z0-9-]+)\/([a-z0-9-]+)\.md$/.exec(uri.path);
    const entry = match ? this.index.skill(match[2]) : undefined;
    if (!match || entry?.role.id !== match[1]) throw vscode.FileSystemError.FileNotFound(uri);
    return match[2];
  }

  stat(uri: vscode.Uri): vscode.FileStat {
    if (uri.path === '/' || /^\/[a-z0-9-]+$/.test(uri.path)) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    const skillId = this.skillId(uri);
    const text = this.store.noteOf(skillId) ?? '';
    const mtime = this.store.noteChangedAt(skillId) ?? this.created;
    return { type: vscode.FileType.File, ctime: this.created, mtime, size: noteBytes(text) };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return new TextEncoder().encode(this.store.noteOf(this.skillId(uri)) ?? '');
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const skillId = this.skillId(uri);
    try {
      await this.store.setNote(skillId, new TextDecoder().decode(content));
    } catch (error) {
      // Shown by the editor's "Failed to save" notification; the unsaved text stays in the editor.
      throw vscode.FileSystemError.NoPermissions(vscode.l10n.t('Backend Paths did not save this note: {0}', (error as Error).message));
    }
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  async delete(uri: vscode.Uri): Promise<void> {
    await this.store.setNote(this.skillId(uri), '');
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changes.dispose();
  }
}
