// Writes planned files so that a user's files are never overwritten or left half-written: everything goes into a
// hidden staging folder beside the target, which is renamed into place only when complete. A failure or a
// cancellation removes the staging folder and the parent folders this call created, and says why in terms of the
// user's target (writeFailure.ts). A staging folder that an interrupted scaffold left (a closed window, a killed
// process) is removed by the next scaffold into the same folder. Pure logic over a small file-system interface, so
// the extension (vscode.workspace.fs) and the CLI (node:fs) share it.
import * as l10n from '@vscode/l10n';
import type { PlannedFile } from './plan';
import { describeFailure } from './writeFailure';

export interface ProjectFileSystem<L> {
  /** `relativePath` is '/'-separated and may have several segments. */
  child(parent: L, relativePath: string): L;
  /** The folder that holds `location`; undefined for a root. */
  parentOf(location: L): L | undefined;
  display(location: L): string;
  exists(location: L): Promise<boolean>;
  /** undefined when nothing is there. */
  stat(location: L): Promise<{ isFolder: boolean; modifiedMs: number } | undefined>;
  /** The names of a folder's entries. */
  list(folder: L): Promise<string[]>;
  /** Creates missing parent folders. */
  createDirectory(location: L): Promise<void>;
  /** Creates missing parent folders. */
  writeFile(location: L, contents: Uint8Array, executable: boolean): Promise<void>;
  /** Fails if `to` exists. */
  rename(from: L, to: L): Promise<void>;
  deleteRecursively(location: L): Promise<void>;
  /** Fails unless the folder is empty. */
  removeEmptyFolder(location: L): Promise<void>;
}

export class TargetExistsError extends Error {
  override name = 'TargetExistsError';
}

export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super(l10n.t('Cancelled: nothing was written.'));
  }
}

export interface WriteOptions {
  /** Called after each file with how many of all are written. */
  onProgress?(written: number, total: number): void;
  isCancelled?(): boolean;
}

const STAGING = /^\.[a-z0-9-]+\.scaffolding-[a-z0-9]+$/;
/** How old a staging folder must be before another scaffold takes it for abandoned: none takes this long. */
export const STALE_STAGING_MS = 10 * 60 * 1000;

function stagingName(folderName: string): string {
  return `.${folderName}.scaffolding-${Math.random().toString(36).slice(2, 10)}`;
}

/** `folder` and those of its ancestors that do not exist yet, innermost first. */
async function missingFolders<L>(fs: ProjectFileSystem<L>, folder: L): Promise<L[]> {
  const missing: L[] = [];
  for (let location: L | undefined = folder; location !== undefined; location = fs.parentOf(location)) {
    // When in doubt (an error), the folder counts as existing: it is never removed then.
    if ((await fs.stat(location).catch(() => 'unknown')) !== undefined) break;
    missing.push(location);
  }
  return missing;
}

async function removeStaleStaging<L>(fs: ProjectFileSystem<L>, parent: L): Promise<void> {
  const now = Date.now();
  for (const name of (await fs.list(parent)).filter((n) => STAGING.test(n))) {
    const folder = fs.child(parent, name);
    const stat = await fs.stat(folder);
    if (stat?.isFolder && now - stat.modifiedMs > STALE_STAGING_MS) await fs.deleteRecursively(folder);
  }
}

export async function writeProject<L>(
  fs: ProjectFileSystem<L>,
  parent: L,
  folderName: string,
  files: readonly PlannedFile[],
  options: WriteOptions = {},
): Promise<L> {
  const target = fs.child(parent, folderName);
  const refuseIfTaken = async () => {
    if (await fs.exists(target)) {
      throw new TargetExistsError(l10n.t('{0} already exists. Nothing was written; choose another name or folder.', fs.display(target)));
    }
  };
  await refuseIfTaken();
  const created = await missingFolders(fs, parent);
  if (created.length === 0) await removeStaleStaging(fs, parent).catch(() => undefined);
  const staging = fs.child(parent, stagingName(folderName));
  try {
    await fs.createDirectory(staging);
    for (const [index, file] of files.entries()) {
      if (options.isCancelled?.()) throw new CancelledError();
      await fs.writeFile(fs.child(staging, file.path), file.contents, file.executable);
      options.onProgress?.(index + 1, files.length);
    }
    if (options.isCancelled?.()) throw new CancelledError();
    await refuseIfTaken();
    await fs.rename(staging, target);
    return target;
  } catch (error) {
    await fs.deleteRecursively(staging).catch(() => undefined);
    for (const folder of created) await fs.removeEmptyFolder(folder).catch(() => undefined);
    if (error instanceof CancelledError || error instanceof TargetExistsError) throw error;
    throw await describeFailure(fs, error, target, staging);
  }
}
