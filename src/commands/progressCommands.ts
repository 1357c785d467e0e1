// Reset, export and import progress. None of them loses progress the user did not ask to lose: reset asks
// first and can be undone, import merges (the later change wins) and refuses anything that is not an export.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import { exportMarkdown } from '../progress/exportMarkdown';
import { parseExport, toExport } from '../progress/progressData';
import type { ImportSummary, ProgressStore } from '../progress/progressStore';
import { isReadOnlyRole, writableSkills } from '../trust/readOnlyRoles';
import { roleIdArgument, showNoSuchRole } from './arguments';
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

/** "Backend Paths: imported x.json: 3 added, 1 updated, 0 unchanged, 2 note(s) merged" (and only the parts that happened). */
function importSummary(name: string, summary: ImportSummary): string {
  const parts = [
    vscode.l10n.t(
      'Backend Paths: imported {0}: {1} added, {2} updated, {3} unchanged',
      name,
      summary.added,
      summary.updated,
      summary.unchanged,
    ),
  ];
  if (summary.olderIgnored) parts.push(vscode.l10n.t('{0} older change(s) ignored (yours are newer)', summary.olderIgnored));
  if (summary.checksMerged) parts.push(vscode.l10n.t('{0} check result(s) merged', summary.checksMerged));
  if (summary.notesMerged) parts.push(vscode.l10n.t('{0} note(s) merged', summary.notesMerged));
  if (summary.notesLeftOut) {
    parts.push(
      vscode.l10n.t(
        '{0} note(s) left out because all notes together would be too large to sync (they stay in the file)',
        summary.notesLeftOut,
      ),
    );
  }
  if (summary.unknown) {
    parts.push(
      summary.unknown === 1
        ? vscode.l10n.t('1 entry for skills this version does not know left out')
        : vscode.l10n.t('{0} entries for skills this version does not know left out', summary.unknown),
    );
  }
  if (summary.future) parts.push(vscode.l10n.t('{0} date(s) in the future taken as today', summary.future));
  return parts.join(', ');
}

export function registerProgressCommands(commands: CommandRegistry, index: CatalogIndex, store: ProgressStore): void {
  const reset = async (arg?: unknown) => {
    const options: ResetOptions =
      typeof arg === 'object' && arg !== null && 'confirmed' in arg ? (arg as ResetOptions) : { roleId: roleIdArgument(arg) };
    const role = options.roleId ? index.role(options.roleId) : undefined;
    if (options.roleId && !role) {
      showNoSuchRole(options.roleId);
      return undefined;
    }
    const ids = role
      ? writableSkills(index, skillIdsOfRole(role))
      : index.roles.filter((r) => !isReadOnlyRole(index, r.id)).flatMap(skillIdsOfRole);
    if (ids.length === 0) return undefined;
    const scope = role
      ? vscode.l10n.t({ message: 'of {0}', args: [role.title], comment: 'which progress a reset clears: of one role' })
      : vscode.l10n.t({ message: 'of all roles', comment: 'which progress a reset clears' });
    const counts = store.counts(ids);
    if (counts.done + counts.inProgress === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Backend Paths: there is no progress {0} to reset.', scope));
      return undefined;
    }
    if (!options.confirmed) {
      const resetButton = vscode.l10n.t('Reset');
      const answer = await vscode.window.showWarningMessage(
        vscode.l10n.t('Reset the progress {0}?', scope),
        {
          modal: true,
          detail: vscode.l10n.t(
            '{0} done and {1} in progress will be cleared. You can undo this right after.',
            counts.done,
            counts.inProgress,
          ),
        },
        resetButton,
      );
      if (answer !== resetButton) return undefined;
    }
    const record = await store.reset(ids);
    const undo = () => store.undoReset(record);
    const undoButton = vscode.l10n.t('Undo');
    commands.followUp(
      'backendPaths.resetProgress',
      vscode.window
        .showInformationMessage(vscode.l10n.t('Backend Paths: progress {0} reset.', scope), undoButton)
        .then((choice) => (choice === undoButton ? undo() : undefined)),
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
            { label: vscode.l10n.t('Markdown checklist'), description: vscode.l10n.t('to read or share'), format: 'markdown' as const },
            { label: 'JSON', description: vscode.l10n.t('to import on another machine or keep as a backup'), format: 'json' as const },
          ],
          { title: vscode.l10n.t('Backend Paths: Export Progress') },
        )
      )?.format;
    if (!format) return undefined;
    const fileName = `backend-paths-progress.${format === 'json' ? 'json' : 'md'}`;
    const folder = defaultFolder();
    const uri =
      options.uri ??
      (await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Export Backend Paths progress'),
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, fileName) } : {}),
        filters: format === 'json' ? { JSON: ['json'] } : { Markdown: ['md'] },
      }));
    if (!uri) return undefined;
    const now = new Date();
    const text = format === 'json' ? toExport(store.snapshot(), now) : exportMarkdown(index, store, now);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const openButton = vscode.l10n.t('Open');
    commands.followUp(
      'backendPaths.exportProgress',
      vscode.window
        .showInformationMessage(vscode.l10n.t('Backend Paths: progress exported to {0}.', vscode.workspace.asRelativePath(uri)), openButton)
        .then((choice) => (choice === openButton ? vscode.window.showTextDocument(uri) : undefined)),
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
              title: vscode.l10n.t('Import Backend Paths progress'),
              canSelectMany: false,
              filters: { [vscode.l10n.t('Backend Paths progress')]: ['json'] },
              ...(folder ? { defaultUri: folder } : {}),
            })
          )?.[0];
    if (!uri) return undefined;
    const name = vscode.workspace.asRelativePath(uri);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Backend Paths: could not read {0}: {1}', name, (error as Error).message));
      return undefined;
    }
    const parsed = parseExport(text);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(
        vscode.l10n.t('Backend Paths: {0} was not imported, {1}. Your progress is unchanged.', name, parsed.error),
      );
      return undefined;
    }
    const summary = await store.merge(parsed.data, {
      skill: (id) => index.skill(id) !== undefined,
      question: (id) => index.question(id) !== undefined,
    });
    void vscode.window.showInformationMessage(`${importSummary(name, summary)}.`);
    return summary;
  };

  commands.register('backendPaths.resetProgress', reset);
  commands.register('backendPaths.exportProgress', exportProgress);
  commands.register('backendPaths.importProgress', importProgress);
}
