// Writes planned files so that a user's files are never overwritten or left half-written: everything goes into a
// hidden staging folder beside the target, which is renamed into place only when complete. Pure logic over a
// small file-system interface, so the extension (vscode.workspace.fs) and the CLI (node:fs) share it.
import type { PlannedFile } from './plan';

export interface ProjectFileSystem<L> {
  /** `relativePath` is '/'-separated and may have several segments. */
  child(parent: L, relativePath: string): L;
  display(location: L): string;
  exists(location: L): Promise<boolean>;
  createDirectory(location: L): Promise<void>;
  /** Creates missing parent folders. */
  writeFile(location: L, contents: Uint8Array, executable: boolean): Promise<void>;
  /** Fails if `to` exists. */
  rename(from: L, to: L): Promise<void>;
  deleteRecursively(location: L): Promise<void>;
}

export class TargetExistsError extends Error {
  override name = 'TargetExistsError';
}

export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('Cancelled: nothing was written.');
  }
}

export interface WriteOptions {
  /** Called after each file with how many of all are written. */
  onProgress?(written: number, total: number): void;
  isCancelled?(): boolean;
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
      throw new TargetExistsError(`${fs.display(target)} already exists. Nothing was written; choose another name or folder.`);
    }
  };
  await refuseIfTaken();
  const staging = fs.child(parent, `.${folderName}.scaffolding-${Math.random().toString(36).slice(2, 10)}`);
  await fs.createDirectory(staging);
  try {
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
    throw error;
  }
}
