// Verifies every starter project for real: scaffolds it with the CLI (dist/cli.js) into a temporary folder, as a
// learner would get it, then runs checks/<starter-key>.mjs on it (install + tests, or parsers where this machine
// cannot run the stack). A starter key is the role id, or <role-id>/<variant> for a role's other starters
// (roles/<role-id>/starters/<variant>/, checked by checks/<role-id>/<variant>.mjs). Installs the checks' npm
// tools and Debian packages first.
//   node test/starters/run.mjs [starter-key ...]
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const PROJECT_NAME = 'sample-app';

if (!fs.existsSync(cli)) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(1);
}

/** `prefix` + each name in `dir` for which `keep(name)`; nothing when `dir` does not exist. */
const namesIn = (dir, keep) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter(keep) : []);
const rolesDir = path.join(repo, 'roles');
const withStarter = namesIn(rolesDir, (id) => fs.existsSync(path.join(rolesDir, id, 'starter'))).flatMap((id) => [
  id,
  ...namesIn(path.join(rolesDir, id, 'starters'), (v) => fs.existsSync(path.join(rolesDir, id, 'starters', v, 'starter'))).map(
    (variant) => `${id}/${variant}`,
  ),
]);
const checksDir = path.join(here, 'checks');
const withCheck = namesIn(checksDir, (f) => f.endsWith('.mjs')).flatMap((f) => {
  const id = f.slice(0, -4);
  return [id, ...namesIn(path.join(checksDir, id), (v) => v.endsWith('.mjs')).map((v) => `${id}/${v.slice(0, -4)}`)];
});
const unmatched = [
  ...withStarter.filter((id) => !withCheck.includes(id)).map((id) => `${id} has a starter but no check`),
  ...withCheck.filter((id) => !withStarter.includes(id)).map((id) => `${id} has a check but no starter`),
];
if (unmatched.length > 0) {
  console.error(unmatched.join('\n'));
  process.exit(1);
}
const requested = process.argv.slice(2);
const unknown = requested.filter((id) => !withCheck.includes(id));
if (unknown.length > 0) {
  console.error(`No starter for: ${unknown.join(', ')}. Starters: ${withCheck.join(', ')}`);
  process.exit(1);
}
const roleIds = requested.length > 0 ? requested : withCheck.sort();

function installTools() {
  const lock = path.join(here, 'package-lock.json');
  const stamp = path.join(here, 'node_modules', '.installed-lock');
  const lockText = fs.existsSync(lock) ? fs.readFileSync(lock, 'utf8') : '';
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === lockText) return;
  console.log('installing the starter checks’ npm tools (test/starters/package.json)…');
  execFileSync('npm', [lockText ? 'ci' : 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  fs.writeFileSync(stamp, lockText);
}

function installDebianPackages(packages) {
  const missing = packages.filter((p) => spawnSync('dpkg', ['-s', p], { stdio: 'ignore' }).status !== 0);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0)
    throw new Error(`these checks need Debian packages: ${missing.join(' ')} (sudo apt-get install ${missing.join(' ')})`);
  console.log(`installing Debian packages: ${missing.join(' ')}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

installTools();
// After installTools: names.mjs imports the checks' npm tools.
const { checkNames } = await import('./names.mjs');
const checks = await Promise.all(
  roleIds.map(async (id) => ({ id, check: await import(pathToFileURL(path.join(here, 'checks', `${id}.mjs`)).href) })),
);
installDebianPackages([...new Set(checks.flatMap(({ check }) => check.debianPackages ?? []))]);

const results = [];
for (const { id, check } of checks) {
  const started = Date.now();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `bp-starter-${id.replace('/', '-')}-`));
  const projectDir = path.join(workDir, PROJECT_NAME);
  console.log(`\n=== ${id}: scaffolding into ${projectDir}`);
  try {
    execFileSync(process.execPath, [cli, 'scaffold', id, projectDir, '--name', PROJECT_NAME], { stdio: 'inherit' });
    await check.verify(projectDir);
    const namesSeconds = await checkNames(id, check, projectDir);
    results.push({ id, ok: true, seconds: (Date.now() - started) / 1000, namesSeconds });
    fs.rmSync(workDir, { recursive: true, force: true });
  } catch (error) {
    console.error(`✗ ${id}: ${error.message}\n  (project kept in ${projectDir})`);
    results.push({ id, ok: false, seconds: (Date.now() - started) / 1000 });
  }
}

console.log('\nstarter checks:');
for (const r of results)
  console.log(
    `  ${r.ok ? '✔' : '✗'} ${r.id.padEnd(20)} ${r.seconds.toFixed(1)} s${r.namesSeconds ? ` (names: ${r.namesSeconds.toFixed(1)} s)` : ''}`,
  );
const namesTotal = results.reduce((sum, r) => sum + (r.namesSeconds ?? 0), 0);
console.log(`  names.mjs (awkward names, reserved names) took ${namesTotal.toFixed(1)} s in all`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
