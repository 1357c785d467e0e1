// Command line for CI and terminal users:
//   node dist/cli.js list
//   node dist/cli.js scaffold <role-id> <target-dir> [--name <project-name>]
import { catalog, starterRules, starters } from 'backend-paths:content';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { RoleId } from './catalog/schema';
import { nodeFileSystem } from './scaffold/nodeFileSystem';
import { templateFileSegments } from './scaffold/plan';
import { scaffoldFromTemplate, type TemplateSource } from './scaffold/scaffoldFromTemplate';

const USAGE = `Usage:
  node dist/cli.js list
  node dist/cli.js scaffold <role-id> <target-dir> [--name <project-name>]`;

const extensionDir = path.join(__dirname, '..');
const templates: TemplateSource = {
  entries: (roleId) => starters[roleId],
  read: async (roleId, entry) => fs.readFile(path.join(extensionDir, ...templateFileSegments(roleId, entry))),
  rules: (roleId) => starterRules[roleId],
};

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

async function scaffold(args: string[]): Promise<void> {
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
  const created = await scaffoldFromTemplate(nodeFileSystem, templates, {
    roleId: role.id as RoleId,
    projectName: projectName ?? folderName,
    parent: path.dirname(target),
    folderName,
  });
  console.log(`Created the ${role.title} starter in ${created}`);
}

async function main(args: string[]): Promise<void> {
  const [command, ...rest] = args;
  if (command === 'list') {
    for (const role of catalog.roles) console.log(`${role.id.padEnd(20)} ${role.title}`);
  } else if (command === 'scaffold') {
    await scaffold(rest);
  } else {
    fail(USAGE);
  }
}

main(process.argv.slice(2)).catch((error: Error) => fail(error.message));
