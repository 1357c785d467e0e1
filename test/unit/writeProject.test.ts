// Writing a planned project through the ProjectFileSystem interface, with an in-memory file system: staging,
// the final rename, refusing an existing target, failures (and what they tell the user), cancellation, progress,
// and what is left behind: no staging folder, no parent folder it created, no stale staging folder of earlier runs.
import * as assert from 'node:assert/strict';
import type { PlannedFile } from '../../src/scaffold/plan';
import { WriteError } from '../../src/scaffold/writeFailure';
import { CancelledError, STALE_STAGING_MS, TargetExistsError, writeProject, type ProjectFileSystem } from '../../src/scaffold/writeProject';

interface MemoryFile {
  contents: Uint8Array;
  executable: boolean;
}

/** Locations are '/'-separated absolute strings. Folders are explicit entries, as on a real disk. */
class MemoryFileSystem implements ProjectFileSystem<string> {
  readonly files = new Map<string, MemoryFile>();
  readonly folders = new Set<string>(['/']);
  readonly modified = new Map<string, number>();
  readonly log: string[] = [];
  writeCount = 0;
  failOnWrite?: number;
  /** What the failing write throws. */
  failure = (location: string): Error => new Error(`disk full writing ${this.display(location)}`);

  child(parent: string, relativePath: string): string {
    return `${parent.replace(/\/$/, '')}/${relativePath}`;
  }
  parentOf(location: string): string | undefined {
    return location === '/' ? undefined : location.slice(0, location.lastIndexOf('/')) || '/';
  }
  display(location: string): string {
    return `mem:${location}`;
  }
  async exists(location: string): Promise<boolean> {
    return this.files.has(location) || this.folders.has(location);
  }
  async stat(location: string): Promise<{ isFolder: boolean; modifiedMs: number } | undefined> {
    if (!(await this.exists(location))) return undefined;
    return { isFolder: this.folders.has(location), modifiedMs: this.modified.get(location) ?? Date.now() };
  }
  async list(folder: string): Promise<string[]> {
    const prefix = folder === '/' ? '/' : `${folder}/`;
    return [...this.folders, ...this.files.keys()]
      .filter((p) => p.startsWith(prefix) && p !== folder && !p.slice(prefix.length).includes('/'))
      .map((p) => p.slice(prefix.length));
  }
  async createDirectory(location: string): Promise<void> {
    this.log.push(`mkdir ${location}`);
    this.mkdirs(location);
  }
  async writeFile(location: string, contents: Uint8Array, executable: boolean): Promise<void> {
    this.writeCount++;
    if (this.writeCount === this.failOnWrite) throw this.failure(location);
    this.log.push(`write ${location}`);
    this.mkdirs(location.slice(0, location.lastIndexOf('/')));
    this.files.set(location, { contents: Uint8Array.from(contents), executable });
  }
  async rename(from: string, to: string): Promise<void> {
    this.log.push(`rename ${from} -> ${to}`);
    if (await this.exists(to)) throw new Error(`${to} exists`);
    const move = (path: string) => (path === from ? to : path.startsWith(`${from}/`) ? to + path.slice(from.length) : path);
    for (const [path, file] of [...this.files]) {
      this.files.delete(path);
      this.files.set(move(path), file);
    }
    for (const folder of [...this.folders]) {
      this.folders.delete(folder);
      this.folders.add(move(folder));
    }
  }
  async removeEmptyFolder(location: string): Promise<void> {
    if ((await this.list(location)).length > 0) throw new Error(`${location} is not empty`);
    this.log.push(`rmdir ${location}`);
    this.folders.delete(location);
  }
  async deleteRecursively(location: string): Promise<void> {
    this.log.push(`rm -r ${location}`);
    for (const path of [...this.files.keys()]) if (path === location || path.startsWith(`${location}/`)) this.files.delete(path);
    for (const folder of [...this.folders]) if (folder === location || folder.startsWith(`${location}/`)) this.folders.delete(folder);
  }
  /** Like mkdir -p, which fails with ENOTDIR where a file is in the way. */
  private mkdirs(location: string): void {
    let path = '';
    for (const segment of location.split('/').filter(Boolean)) {
      path += `/${segment}`;
      if (this.files.has(path)) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${location}'`), { code: 'ENOTDIR' });
      this.folders.add(path);
    }
  }
  /** Everything on the "disk", for comparing before and after. */
  listing(): string[] {
    return [...[...this.folders].map((f) => `${f}/`), ...this.files.keys()].sort();
  }
}

const file = (path: string, text: string, executable = false): PlannedFile => ({
  path,
  contents: new TextEncoder().encode(text),
  executable,
});
const FILES: PlannedFile[] = [
  file('package.json', '{"name":"demo"}'),
  file('src/index.ts', 'export {};'),
  file('src/lib/util.ts', 'export const x = 1;'),
  file('bin/run', '#!/bin/sh\n', true),
  file('README.md', '# demo'),
];

function freshFs(): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  fs.folders.add('/work');
  fs.files.set('/work/notes.txt', { contents: new TextEncoder().encode('mine'), executable: false });
  return fs;
}

describe('writeProject', () => {
  it('writes every file into a staging folder, then renames it into place', async () => {
    const fs = freshFs();
    const target = await writeProject(fs, '/work', 'demo', FILES);
    assert.equal(target, '/work/demo');
    for (const planned of FILES) {
      const written = fs.files.get(`/work/demo/${planned.path}`);
      assert.ok(written, planned.path);
      assert.deepEqual(written.contents, planned.contents);
      assert.equal(written.executable, planned.executable);
    }
    assert.equal([...fs.files.keys()].filter((p) => p.startsWith('/work/demo/')).length, FILES.length);

    const staging = /^mkdir (\/work\/\.demo\.scaffolding-[a-z0-9]*)$/.exec(fs.log[0])?.[1];
    assert.ok(staging, `first a hidden staging folder beside the target: ${fs.log[0]}`);
    assert.deepEqual(
      fs.log.slice(1, -1),
      FILES.map((f) => `write ${staging}/${f.path}`),
    );
    assert.equal(fs.log.at(-1), `rename ${staging} -> /work/demo`);
    assert.ok(![...fs.folders].some((f) => f.includes('.scaffolding-')), 'no staging folder is left');
    assert.deepEqual(fs.files.get('/work/notes.txt')?.contents, new TextEncoder().encode('mine'));
  });

  it('an existing target: TargetExistsError, nothing written', async () => {
    const fs = freshFs();
    fs.folders.add('/work/demo');
    const before = fs.listing();
    await assert.rejects(
      writeProject(fs, '/work', 'demo', FILES),
      (error: unknown) =>
        error instanceof TargetExistsError &&
        error.message === 'mem:/work/demo already exists. Nothing was written; choose another name or folder.',
    );
    assert.deepEqual(fs.listing(), before);
    assert.deepEqual(fs.log, []);
  });

  it('an existing file of that name is refused too', async () => {
    const fs = freshFs();
    await assert.rejects(writeProject(fs, '/work', 'notes.txt', FILES), TargetExistsError);
    assert.deepEqual(fs.log, []);
  });

  it('a target that appears while writing: refused, staging removed', async () => {
    const fs = freshFs();
    const before = fs.listing();
    await assert.rejects(
      writeProject(fs, '/work', 'demo', FILES, {
        onProgress: (n) => {
          if (n === 2) fs.folders.add('/work/demo');
        },
      }),
      TargetExistsError,
    );
    fs.folders.delete('/work/demo');
    assert.deepEqual(fs.listing(), before);
  });

  it('a write failure on the 3rd file leaves nothing at all, and its message names the target, not the staging folder', async () => {
    const fs = freshFs();
    fs.failOnWrite = 3;
    const before = fs.listing();
    await assert.rejects(
      writeProject(fs, '/work', 'demo', FILES),
      (error: unknown) =>
        error instanceof WriteError &&
        error.message === 'Could not create mem:/work/demo: disk full writing mem:/work/demo/src/lib/util.ts. Nothing was written.',
    );
    assert.deepEqual(fs.listing(), before);
    assert.match(fs.log.at(-1) as string, /^rm -r \/work\/\.demo\.scaffolding-[a-z0-9]*$/);
  });

  const errno = (code: string, text: string) => (location: string) =>
    Object.assign(new Error(`${code}: ${text}, open '${location}'`), { code });
  const causes: [string, (location: string) => Error, string][] = [
    [
      'a read-only file system (EROFS)',
      errno('EROFS', 'read-only file system'),
      'the folder mem:/work is read-only. Nothing was written; choose a folder you can write to.',
    ],
    [
      'no permission (EACCES)',
      errno('EACCES', 'permission denied'),
      'the folder mem:/work is read-only. Nothing was written; choose a folder you can write to.',
    ],
    [
      'no permission (vscode.FileSystemError NoPermissions)',
      () => Object.assign(new Error('injected'), { code: 'NoPermissions' }),
      'the folder mem:/work is read-only. Nothing was written; choose a folder you can write to.',
    ],
    [
      'a full disk (ENOSPC)',
      errno('ENOSPC', 'no space left on device'),
      'no space left on the device. Nothing was written; free some space, then try again.',
    ],
    [
      'a full disk (ENOSPC in a vscode.FileSystemError Unknown)',
      () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'Unknown' }),
      'no space left on the device. Nothing was written; free some space, then try again.',
    ],
  ];
  for (const [label, failure, message] of causes) {
    it(`${label}: says what to do, about the target`, async () => {
      const fs = freshFs();
      fs.failOnWrite = 2;
      fs.failure = failure;
      const before = fs.listing();
      await assert.rejects(
        writeProject(fs, '/work', 'demo', FILES),
        (error: unknown) => error instanceof WriteError && error.message === `Could not create mem:/work/demo: ${message}`,
      );
      assert.deepEqual(fs.listing(), before);
    });
  }

  it('a file in the way of the parent folders: names that file, creates nothing', async () => {
    const fs = freshFs();
    const before = fs.listing();
    await assert.rejects(
      writeProject(fs, '/work/notes.txt/projects', 'demo', FILES),
      (error: unknown) =>
        error instanceof WriteError &&
        error.message ===
          'Could not create mem:/work/notes.txt/projects/demo: a file named mem:/work/notes.txt is in the way. Nothing was written; move or rename that file, or choose another folder.',
    );
    assert.deepEqual(fs.listing(), before);
  });

  it('a failure removes the parent folders it created, and only those', async () => {
    const fs = freshFs();
    fs.failOnWrite = 3;
    const before = fs.listing();
    await assert.rejects(writeProject(fs, '/work/new/deeper', 'demo', FILES), WriteError);
    assert.deepEqual(fs.listing(), before);
    assert.deepEqual(fs.log.slice(-2), ['rmdir /work/new/deeper', 'rmdir /work/new']);
  });

  it('a cancellation removes the parent folders it created too', async () => {
    const fs = freshFs();
    const before = fs.listing();
    await assert.rejects(writeProject(fs, '/work/new', 'demo', FILES, { isCancelled: () => fs.writeCount >= 1 }), CancelledError);
    assert.deepEqual(fs.listing(), before);
  });

  it('removes staging folders of earlier, interrupted runs once they are stale, and nothing else', async () => {
    const fs = freshFs();
    const stale = Date.now() - STALE_STAGING_MS - 1000;
    for (const [path, modified] of [
      ['/work/.old-app.scaffolding-abc123', stale],
      ['/work/.demo.scaffolding-x9', stale],
      ['/work/.recent-app.scaffolding-def456', Date.now() - 1000],
      ['/work/.config', stale],
      ['/work/.scaffolding-notes', stale],
    ] as const) {
      fs.folders.add(path);
      fs.modified.set(path, modified);
    }
    fs.files.set('/work/.old-app.scaffolding-abc123/package.json', { contents: new Uint8Array(), executable: false });
    fs.files.set('/work/.file.scaffolding-zz', { contents: new Uint8Array(), executable: false });
    fs.modified.set('/work/.file.scaffolding-zz', stale);
    await writeProject(fs, '/work', 'demo', FILES);
    assert.deepEqual((await fs.list('/work')).sort(), [
      '.config',
      '.file.scaffolding-zz',
      '.recent-app.scaffolding-def456',
      '.scaffolding-notes',
      'demo',
      'notes.txt',
    ]);
  });

  it('cancellation after 2 files: CancelledError, nothing left', async () => {
    const fs = freshFs();
    const before = fs.listing();
    await assert.rejects(
      writeProject(fs, '/work', 'demo', FILES, { isCancelled: () => fs.writeCount >= 2 }),
      (error: unknown) => error instanceof CancelledError && error.message === 'Cancelled: nothing was written.',
    );
    assert.equal(fs.writeCount, 2);
    assert.deepEqual(fs.listing(), before);
  });

  it('cancellation after the last file still writes nothing', async () => {
    const fs = freshFs();
    const before = fs.listing();
    await assert.rejects(writeProject(fs, '/work', 'demo', FILES, { isCancelled: () => fs.writeCount >= FILES.length }), CancelledError);
    assert.deepEqual(fs.listing(), before);
    assert.ok(!fs.log.some((l) => l.startsWith('rename')));
  });

  it('onProgress reports n of total after each file', async () => {
    const fs = freshFs();
    const progress: [number, number][] = [];
    await writeProject(fs, '/work', 'demo', FILES, { onProgress: (n, total) => progress.push([n, total]) });
    assert.deepEqual(progress, [
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('an empty plan still creates the (empty) project folder', async () => {
    const fs = freshFs();
    assert.equal(await writeProject(fs, '/work', 'empty', []), '/work/empty');
    assert.ok(fs.folders.has('/work/empty'));
  });
});
