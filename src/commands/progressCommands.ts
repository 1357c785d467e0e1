// Reset, export and import progress. None of them loses progress the user did not ask to lose: reset asks
// first and can be undone, import merges (the later change wins) and refuses anything that is not an export.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import { exportMarkdown } from '../progress/exportMarkdown';
import { parseExport, toExport } from '../progress/progressData';
import type { ImportSummary, ProgressStore } from '../progress/progressStore';
import { isReadOnlyRole, writableSkills } from '../trust/readOnlyRoles';
import { roleIdArgument } from './arguments';
import type { CommandRegistry } from './registry';

export interface ResetOptions {
  roleId?: string;
  /** Skips the confirmation, for callers that asked already. */
  confirmed?: boolean;
}

export interface ExportOptions {
  format?: 'markdown' | 'json';
  uri?: vscode.Uri;
}

function defaultFolder(): vscode.Uri | undefined {
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

export function registerProgressCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore): void {
  const reset = async (arg?: unknown) => {
    const options: ResetOptions =
      typeof arg === 'object' && arg !== null && 'confirmed' in arg ? (arg as ResetOptions) : { roleId: roleIdArgument(arg) };
    const role = options.roleId ? index.role(options.roleId) : undefined;
    if (options.roleId && !role) {
      void vscode.window.showErrorMessage(`Backend Paths: there is no role "${options.roleId}".`);
      return undefined;
    }
    const ids = role
      ? writableSkills(index, skillIdsOfRole(role))
      : index.roles.filter((r) => !isReadOnlyRole(index, r.id)).flatMap(skillIdsOfRole);
    if (ids.length === 0) return undefined;
    const scope = role ? `of ${role.title}` : 'of all roles';
    const counts = store.counts(ids);
    if (counts.done + counts.inProgress === 0) {
      void vscode.window.showInformationMessage(`Backend Paths: there is no progress ${scope} to reset.`);
      return undefined;
    }
    if (!options.confirmed) {
      const answer = await vscode.window.showWarningMessage(
        `Reset the progress ${scope}?`,
        { modal: true, detail: `${counts.done} done and ${counts.inProgress} in progress will be cleared. You can undo this right after.` },
        'Reset',
      );
      if (answer !== 'Reset') return undefined;
    }
    const record = await store.reset(ids);
    const undo = () => store.undoReset(record);
    commands.followUp(
      'backendPaths.resetProgress',
      vscode.window
        .showInformationMessage(`Backend Paths: progress ${scope} reset.`, 'Undo')
        .then((choice) => (choice === 'Undo' ? undo() : undefined)),
    );
    return { undo };
  };

  const exportProgress = async (arg?: unknown) => {
    const options: ExportOptions = typeof arg === 'object' && arg !== null ? arg : {};
    const format =
      options.format ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'Markdown checklist', description: 'to read or share', format: 'markdown' as const },
            { label: 'JSON', description: 'to import on another machine or keep as a backup', format: 'json' as const },
          ],
          { title: 'Backend Paths: Export Progress' },
        )
      )?.format;
    if (!format) return undefined;
    const fileName = `backend-paths-progress.${format === 'json' ? 'json' : 'md'}`;
    const folder = defaultFolder();
    const uri =
      options.uri ??
      (await vscode.window.showSaveDialog({
        title: 'Export Backend Paths progress',
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
        filters: format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      }));
    if (!uri) return undefined;
    const now = new Date();
    const text = format === 'json' ? toExport(store.snapshot(), now) : exportMarkdown(index, store, now);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    commands.followUp(
      'backendPaths.exportProgress',
      vscode.window
        .showInformationMessage(`Backend Paths: progress exported to ${vscode.workspace.asRelativePath(uri)}.`, 'Open')
        .then((choice) => (choice === 'Open' ? vscode.window.showTextDocument(uri) : undefined)),
    );
    return uri;
  };

  const importProgress = async (arg?: unknown): Promise<ImportSummary | undefined> => {
    const folder = defaultFolder();
    const uri =
      arg instanceof vscode.Uri
        ? arg
        : (
            await vscode.window.showOpenDialog({
              title: 'Import Backend Paths progress',
              canSelectMany: false,
              filters: { 'Backend Paths progress': ['json'] },
              ...(folder ? { defaultUri: folder } : {}),
            })
          )?.[0];
    if (!uri) return undefined;
    const name = vscode.workspace.asRelativePath(uri);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      void vscode.window.showErrorMessage(`Backend Paths: could not read ${name}: ${(error as Error).message}`);
      return undefined;
    }
    const parsed = parseExport(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`Backend Paths: ${name} was not imported, ${parsed.error}. Your progress is unchanged.`);
      return undefined;
    }
    const summary = await store.merge(parsed.data, {
      skill: (id) => index.skill(id) !== undefined,
      question: (id) => index.question(id) !== undefined,
    });
    void vscode.window.showInformationMessage(
      `Backend Paths: imported ${name}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged` +
        (summary.olderIgnored ? `, ${summary.olderIgnored} older change(s) ignored (yours are newer)` : '') +
        (summary.checksMerged ? `, ${summary.checksMerged} check result(s) merged` : '') +
        (summary.notesMerged ? `, ${summary.notesMerged} note(s) merged` : '') +
        (summary.notesLeftOut
          ? `, ${summary.notesLeftOut} note(s) left out because all notes together would be too large to sync (they stay in the file)`
          : '') +
        (summary.unknown
          ? `, ${summary.unknown} entr${summary.unknown === 1 ? 'y' : 'ies'} for skills this version does not know left out`
          : '') +
        (summary.future ? `, ${summary.future} date(s) in the future taken as today` : '') +
        '.',
    );
    return summary;
  };

  commands.register('backendPaths.resetProgress', reset);
  commands.register('backendPaths.exportProgress', exportProgress);
  commands.register('backendPaths.importProgress', importProgress);
}
