// Command line for CI and terminal users:
//   node dist/cli.js list
//   node dist/cli.js scaffold <role-id>[/<variant>] <target-dir> [--name <project-name>]
// A role's other starters are named by starter key: `scaffold python/django …` (src/catalog/starterKeys.ts).
import * as fs from 'node:fs/promises';
import { constants } from 'node:os';
import * as path from 'node:path';
import { CATALOG_PATH, parseCatalog } from './catalog/catalogFile';
import { parseStarterKey } from './catalog/starterKeys';
import type { Catalog } from './catalog/schema';
import { nodeFileSystem } from './scaffold/nodeFileSystem';
import { scaffoldFromTemplate } from './scaffold/scaffoldFromTemplate';
import { readStarterPack, STARTER_PACK_PATH } from './scaffold/starterPackFile';
import { CancelledError } from './scaffold/writeProject';

const USAGE = `Usage:
  node dist/cli.js list
  node dist/cli.js scaffold <role-id>[/<variant>] <target-dir> [--name <project-name>]`;

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
  const [key, targetDir, ...extra] = positional;
  if (!key || !targetDir || extra.length > 0) fail(USAGE);
  const { roleId, variant } = parseStarterKey(key) ?? { roleId: key, variant: undefined };
  const role = catalog.roles.find((r) => r.id === roleId);
  if (!role) fail(`Unknown role "${roleId}". Roles: ${catalog.roles.map((r) => r.id).join(', ')}`);
  const templates = await readStarterPack(() => fs.readFile(path.join(extensionDir, ...STARTER_PACK_PATH)));
  if (variant !== undefined && !templates.entries(key)) {
    const ofRole = templates.keys().filter((k) => parseStarterKey(k)?.roleId === roleId);
    fail(`Unknown starter "${key}". Starters of ${roleId}: ${ofRole.join(', ')}`);
  }
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
  const request = { roleId: role.id, variant, projectName: projectName ?? folderName, parent: path.dirname(target), folderName };
  const created = await scaffoldFromTemplate(nodeFileSystem, templates, request, { isCancelled: () => interrupted !== undefined }).catch(
    (error: unknown) => {
      if (!(interrupted && error instanceof CancelledError)) throw error;
      console.error('Interrupted: nothing was written.');
      process.exit(128 + constants.signals[interrupted]);
    },
  );
  const title = variant === undefined ? role.title : `${role.title} (${templates.rules(key)?.title ?? variant})`;
  console.log(`Created the ${title} starter in ${created}`);
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  const catalog = parseCatalog(await fs.readFile(path.join(extensionDir, ...CATALOG_PATH)));
  if (command === 'list') {
    const templates = await readStarterPack(() => fs.readFile(path.join(extensionDir, ...STARTER_PACK_PATH)));
    for (const role of catalog.roles) console.log(`${role.id.padEnd(20)} ${role.title}`);
    for (const key of templates.keys().filter((k) => parseStarterKey(k)?.variant !== undefined))
      console.log(`${key.padEnd(20)} ${templates.rules(key)?.title ?? key}: ${templates.rules(key)?.description ?? ''}`);
  } else if (command === 'scaffold') {
    await scaffold(catalog, rest);
  } else {
    fail(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: Error) => fail(error.message));
