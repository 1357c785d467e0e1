// A workspace role's starter/ folder, read as fileReads.ts reads (local, remote and virtual folders alike): the
// paths of its files for the loader to check exercises against, and their bytes for the scaffold.
import * as vscode from 'vscode';
import { isDirectory, readDirectory, readFile } from '../fileReads';
import type { RoleSource } from '../catalog/workspaceCatalog';
import { GENERATED_FOLDERS } from '../scaffold/templateEntries';
import type { StarterFile } from '../scaffold/workspaceStarter';
import { STARTER_FOLDER } from './roleFiles';

/** The role folder of a workspace role, from its role file's URI. */
export function roleFolderOf(source: RoleSource): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.parse(source.uri), '..');
}

/** The '/'-separated paths of the files under `roleFolder`/starter/, sorted; undefined when there is no starter/. */
export async function listStarterFiles(roleFolder: vscode.Uri): Promise<string[] | undefined> {
  const root = vscode.Uri.joinPath(roleFolder, STARTER_FOLDER);
  if (!(await isDirectory(root))) return undefined;
  const paths: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readDirectory(relative ? vscode.Uri.joinPath(root, ...relative.split('/')) : root);
    for (const [name, type] of entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const path = relative ? `${relative}/${name}` : name;
      if (type & vscode.FileType.Directory) {
        if (!GENERATED_FOLDERS.has(name)) await walk(path);
      } else if (type & vscode.FileType.File) paths.push(path);
    }
  };
  await walk('');
  return paths;
}

/** Every file of the role's starter/ with its bytes; empty when there is no starter/. */
export async function readStarterFiles(source: RoleSource): Promise<StarterFile[]> {
  const root = vscode.Uri.joinPath(roleFolderOf(source), STARTER_FOLDER);
  const paths = (await listStarterFiles(roleFolderOf(source))) ?? [];
  return Promise.all(paths.map(async (path) => ({ path, contents: await readFile(vscode.Uri.joinPath(root, ...path.split('/'))) })));
}
