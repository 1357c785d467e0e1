// What a failed scaffold tells the user: the folder they asked for (never the hidden staging folder it wrote into)
// and what to do about it. node:fs and vscode.workspace.fs report the same causes differently (an errno code such
// as EROFS, or a vscode.FileSystemError code such as NoPermissions, often with the errno in its message), so both
// are read here, without importing vscode.
import * as l10n from '@vscode/l10n';
import type { ProjectFileSystem } from './writeProject';

export class WriteError extends Error {
  override name = 'WriteError';
}

type Cause = 'read-only' | 'no-space' | 'in-the-way';

const CAUSES: [RegExp, Cause][] = [
  [/\b(EROFS|EACCES|EPERM|NoPermissions)\b/, 'read-only'],
  [/\b(ENOSPC|EDQUOT)\b/, 'no-space'],
  [/\b(ENOTDIR|EEXIST|FileNotADirectory|FileExists)\b/, 'in-the-way'],
];

function causeOf(error: unknown): Cause | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  const text = `${typeof code === 'string' ? code : ''} ${error instanceof Error ? error.message : String(error)}`;
  return CAUSES.find(([pattern]) => pattern.test(text))?.[1];
}

/** The nearest of `folder` and its ancestors that exists, and whether it is a folder. */
async function nearestExisting<L>(fs: ProjectFileSystem<L>, folder: L): Promise<{ location: L; isFolder: boolean } | undefined> {
  for (let location: L | undefined = folder; location !== undefined; location = fs.parentOf(location)) {
    const stat = await fs.stat(location).catch(() => undefined);
    if (stat) return { location, isFolder: stat.isFolder };
  }
  return undefined;
}

/** The error to show for `error`, once everything written is removed again. */
export async function describeFailure<L>(fs: ProjectFileSystem<L>, error: unknown, target: L, staging: L): Promise<WriteError> {
  const where = l10n.t('Could not create {0}', fs.display(target));
  const parent = fs.parentOf(target) ?? target;
  const existing = await nearestExisting(fs, parent);
  switch (causeOf(error)) {
    case 'read-only':
      return new WriteError(
        l10n.t(
          '{0}: the folder {1} is read-only. Nothing was written; choose a folder you can write to.',
          where,
          fs.display(existing?.location ?? parent),
        ),
      );
    case 'no-space':
      return new WriteError(l10n.t('{0}: no space left on the device. Nothing was written; free some space, then try again.', where));
    case 'in-the-way':
      if (existing && !existing.isFolder) {
        return new WriteError(
          l10n.t(
            '{0}: a file named {1} is in the way. Nothing was written; move or rename that file, or choose another folder.',
            where,
            fs.display(existing.location),
          ),
        );
      }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WriteError(l10n.t('{0}: {1}. Nothing was written.', where, message.replaceAll(fs.display(staging), fs.display(target))));
}
