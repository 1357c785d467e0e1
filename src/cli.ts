// Command line for CI and terminal users:
//   node dist/cli.js list
//   node dist/cli.js scaffold <role-id> <target-dir> [--name <project-name>]
import * as fs from 'node:fs/promises';
import { constants } from 'node:os';
import * as path from 'node:path';
import { CATALOG_PATH, readCatalog } from './catalog/catalogFile';
import type { Catalog } from './catalog/schema';
import { nodeFileSystem } from './scaffold/nodeFileSystem';
import { scaffoldFromTemplate } from './scaffold/scaffoldFromTemplate';
import { readStarterPack, STARTER_PACK_PATH } from './scaffold/starterPackFile';
import { CancelledError } from './scaffold/writeProject';

const USAGE = `Usage:
  node dist/cli.js list
  node dist/cli.js scaffold <role-id> <target-dir> [--name <project-name>]`;

const extensionDir = path.join(__dirname, '..');

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function scaffold(catalog: Catalog, args: string[]): Promise<void> {
  const nameFlag = args.indexOf('--name');
  const projectName = nameFlag >= 0 ? args[nameFlag + 1] : undefined;
  if (nameFlag >= 0 && projectName === undefined) fail('--name needs a value.');
  const positional = nameFlag >= 0 ? [...args.slice(0, nameFlag), ...args.slice(nameFlag + 2)] : args;
  const [roleId, targetDir, ...extra] = positional;
  if (!roleId || !targetDir || extra.length > 0) fail(USAGE);
  const role = catalog.roles.find((r) => r.id === roleId);
  if (!role) fail(`Unknown role "${roleId}". Roles: ${catalog.roles.map((r) => r.id).join(', ')}`);
  const target = path.resolve(targetDir);
  const folderName = path.basename(target);
  // Ctrl-C or SIGTERM stops the writing after the current file, and writeProject removes what it wrote; a second
  // signal exits at once.
  let interrupted: NodeJS.Signals | undefined;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) process.exit(128 + constants.signals[signal]);
      interrupted = signal;
    });
  }
  const request = { roleId: role.id, projectName: projectName ?? folderName, parent: path.dirname(target), folderName };
  const templates = await readStarterPack(() => fs.readFile(path.join(extensionDir, ...STARTER_PACK_PATH)));
  const created = await scaffoldFromTemplate(nodeFileSystem, templates, request, { isCancelled: () => interrupted !== undefined }).catch(
    (error: unknown) => {
      if (!(interrupted && error instanceof CancelledError)) throw error;
      console.error('Interrupted: nothing was written.');
      process.exit(128 + constants.signals[interrupted]);
    },
  );
  console.log(`Created the ${role.title} starter in ${created}`);
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const catalog = await readCatalog(() => fs.readFile(path.join(extensionDir, ...CATALOG_PATH)));
  if (command === 'list') {
    for (const role of catalog.roles) console.log(`${role.id.padEnd(20)} ${role.title}`);
  } else if (command === 'scaffold') {
    await scaffold(catalog, rest);
  } else {
    fail(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: Error) => fail(error.message));
