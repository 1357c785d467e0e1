// The ProjectFileSystem of the command line: plain node:fs on local paths.
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { ProjectFileSystem } from './writeProject';

export const nodeFileSystem: ProjectFileSystem<string> = {
  child: (parent, relativePath) => path.join(parent, ...relativePath.split('/')),
  parentOf: (location) => (path.dirname(location) === location ? undefined : path.dirname(location)),
  display: (location) => location,
  exists: async (location) =>
    fs.access(location).then(
      () => true,
      () => false,
    ),
  stat: async (location) => {
    try {
      const stat = await fs.stat(location);
      return { isFolder: stat.isDirectory(), modifiedMs: stat.mtimeMs };
    } catch (error) {
      if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return undefined;
      throw error;
    }
  },
  list: (folder) => fs.readdir(folder),
  createDirectory: async (location) => {
    await fs.mkdir(location, { recursive: true });
  },
  writeFile: async (location, contents, executable) => {
    await fs.mkdir(path.dirname(location), { recursive: true });
    await fs.writeFile(location, contents, { flag: 'wx', mode: executable ? 0o755 : 0o644 });
  },
  rename: async (from, to) => {
    // fs.rename replaces an empty target folder silently; writeProject checked it is absent just before.
    await fs.rename(from, to);
  },
  deleteRecursively: (location) => fs.rm(location, { recursive: true, force: true }),
  removeEmptyFolder: (location) => fs.rmdir(location),
};
