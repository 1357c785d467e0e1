// `npm run bench`: prints, side by side, what the extension costs: bundle and VSIX size, activation time in a
// real extension host (median of several fresh hosts), and reference figures for zod and yaml on this machine.
// Figures only; nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchExerciseCheck } from './exercise.mjs';
import { REPO, ensureWorkbench, freePort, newRunDir, runInExtensionHost } from '../test/vscode/workbench.mjs';

const RUNS = Number(process.env.BP_BENCH_RUNS || 5);
/**
 * The version activation is compared with, side by side: the last commit before Continue, notes, practice and
 * workspace roles (issues 13 and 14), whose activation those issues ask to keep within 10%.
 */
const BASELINE_COMMIT = '8d42017cdc2abaf65c349e83d66544a99b2117fb';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'ignore' });
const bundle = fs.readFileSync(path.join(REPO, 'dist', 'extension.js'));
const webBundle = fs.readFileSync(path.join(REPO, 'dist', 'web', 'extension.js'));
const vsix = fs.statSync(path.join(REPO, 'backend-paths.vsix')).size;
const meta = JSON.parse(fs.readFileSync(path.join(REPO, 'out', 'build', 'meta.json'), 'utf8'));
const bytesFrom = (pattern, output = 'dist/extension.js') =>
  Object.entries(meta.outputs[output].inputs)
    .filter(([file]) => pattern.test(file))
    .reduce((sum, [, i]) => sum + i.bytesInOutput, 0);

ensureWorkbench();
// The baseline extension, packaged once: code-server loads one extension under development, so it is installed.
const emptyVsix = path.join(REPO, 'out', 'bench', 'empty-extension.vsix');
fs.mkdirSync(path.dirname(emptyVsix), { recursive: true });
execFileSync(
  path.join(REPO, 'node_modules', '.bin', 'vsce'),
  ['package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', emptyVsix],
  { cwd: path.join(REPO, 'bench', 'empty-extension'), stdio: 'ignore' },
);
const WORKSPACE_ROLES = 3;
const WORKSPACE_SKILLS = 20;
/** A workspace role of WORKSPACE_SKILLS skills in four groups, as an author would write it. */
function workspaceRoleYaml(id) {
  const groups = Array.from({ length: 4 }, (_, g) => {
    const skills = Array.from({ length: WORKSPACE_SKILLS / 4 }, (_, s) => {
      const skill = `${id}-skill-${g}-${s}`;
      return `      - id: ${skill}\n        name: Skill ${g}.${s}\n        description: What ${skill} is about.\n        level: beginner\n        docs: [{ title: Docs, url: "https://example.com/${skill}" }]`;
    });
    return `  - id: group-${g}\n    title: Group ${g}\n    skills:\n${skills.join('\n')}`;
  });
  return `id: ${id}\ntitle: Bench ${id}\nicon: book\nsummary: A bench role.\nlevel: beginner\nduration: { minMonths: 1, wording: "1 month" }\nmarket: {}\nlearn: { aliases: [${id}], levels: [beginner] }\nskillGroups:\n${groups.join('\n')}\nprojects: [{ title: P, description: D, skills: [${id}-skill-0-0] }]\nstack: [Node.js]\n`;
}

/** BASELINE_COMMIT's extension, built once into out/bench/ (its sources from git, this checkout's node_modules). */
function baselineExtension() {
  const dir = path.join(REPO, 'out', 'bench', `baseline-${BASELINE_COMMIT.slice(0, 12)}`);
  if (fs.existsSync(path.join(dir, 'dist', 'extension.js'))) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', '--format=tar', BASELINE_COMMIT], { cwd: REPO, maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--production'], { cwd: dir, stdio: 'ignore' });
  return dir;
}

/**
 * One fresh host: Backend Paths (this version, or the one at `extensionPath`) and the empty extension activated;
 * with `roles`, the folder has workspace roles. The probe puts them there itself, just before it activates the
 * extension: in the folder from the start, they would activate it at startup (workspaceContains), before the
 * probe could time it. `reopened`: the host measured is the second on the same folder and unchanged roles, as
 * when a window opens again (the first host's load is kept in the extension's workspace storage).
 */
async function measureActivation(i, roles, { extensionPath = REPO, reopened = false } = {}) {
  const runDir = newRunDir('bench');
  const resultFile = path.join(runDir, 'result.json');
  const rolesDir = path.join(runDir, 'workspace-roles');
  for (let r = 0; r < roles; r++) {
    const dir = path.join(rolesDir, `bench-${r}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'role.yaml'), workspaceRoleYaml(`bench-${r}`));
  }
  // The same address for both hosts of a reopened window: the folder's address, and so its storage, has the port.
  const port = await freePort();
  const probe = async () => {
    const code = await runInExtensionHost(runDir, path.join(REPO, 'bench', 'activation-probe.cjs'), {
      env: { BP_BENCH_RESULT: resultFile, BP_BENCH_EMPTY_FIRST: String(i % 2), ...(roles ? { BP_BENCH_ROLES: rolesDir } : {}) },
      vsix: emptyVsix,
      timeoutMs: 120_000,
      extensionPath,
      port,
    });
    if (code !== 0 || !fs.existsSync(resultFile)) throw new Error(`activation probe failed (${code}); see ${runDir}`);
    return JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  };
  if (reopened) {
    await probe();
    // Gone before the next host starts, for the probe to put back: present, they would activate it at startup.
    fs.rmSync(path.join(runDir, 'workspace', '.backend-paths'), { recursive: true });
  }
  const { ms, emptyMs, roots, workspaceRoles, alreadyActive, loadedFromCache } = await probe();
  fs.rmSync(runDir, { recursive: true, force: true });
  if (alreadyActive) throw new Error('the extension was active before the probe could time it');
  if (roots !== (roles ? 12 : 11)) throw new Error(`the tree returned ${roots} roots`);
  if (workspaceRoles !== roles) throw new Error(`the tree showed ${workspaceRoles} workspace roles, not ${roles}`);
  if (roles && loadedFromCache !== reopened) throw new Error(`the roles came ${loadedFromCache ? '' : 'not '}from the kept load`);
  return { ms, emptyMs };
}

const baseline = baselineExtension();
const activation = [];
const emptyActivation = [];
const withRoles = [];
const withRolesReopened = [];
const baselineActivation = [];
// Alternating, so that neither kind of host always meets the machine in the same state.
for (let i = 0; i < RUNS; i++) {
  const without = await measureActivation(i, 0);
  activation.push(without.ms);
  emptyActivation.push(without.emptyMs);
  withRoles.push((await measureActivation(i, WORKSPACE_ROLES)).ms);
  withRolesReopened.push((await measureActivation(i, WORKSPACE_ROLES, { reopened: true })).ms);
  baselineActivation.push((await measureActivation(i, 0, { extensionPath: baseline })).ms);
}
const runs = (values) => values.map((ms) => ms.toFixed(0)).join(', ');

const requireTime = (module) =>
  median(
    Array.from({ length: RUNS }, () =>
      Number(
        execFileSync(
          process.execPath,
          ['-e', `const t=process.hrtime.bigint();require(${JSON.stringify(module)});console.log(Number(process.hrtime.bigint()-t)/1e6)`],
          { cwd: REPO },
        ).toString(),
      ),
    ),
  );

const check = await benchExerciseCheck(RUNS);

const rows = [
  ['bundle dist/extension.js (minified)', kb(bundle.length)],
  ['  gzip', kb(zlib.gzipSync(bundle).length)],
  ['  of which zod/mini (progress, page messages)', kb(bytesFrom(/node_modules\/zod\//))],
  ['  of which ts-fsrs (must be 0: it is its own chunk)', kb(bytesFrom(/node_modules\/ts-fsrs\//))],
  ['  of which yaml (must be 0: in the workspace roles chunk)', kb(bytesFrom(/node_modules\/yaml\//))],
  ['bundle dist/web/extension.js (the browser entry, minified; loads the same chunks)', kb(webBundle.length)],
  ['  gzip', kb(zlib.gzipSync(webBundle).length)],
  [
    '  of which the brotli decoder (must be 0: it is its own chunk, loaded with the first starter)',
    kb(bytesFrom(/node_modules\/(brotli|base64-js)\//, 'dist/web/extension.js')),
  ],
  [
    "bundle dist/brotliDecoder.js (the web worker's brotli decoder, loaded when scaffolding in the browser)",
    kb(fs.statSync(path.join(REPO, 'dist', 'brotliDecoder.js')).size),
  ],
  [
    'bundle dist/workspaceRoles.js (yaml + zod, loaded when a workspace has roles)',
    kb(fs.statSync(path.join(REPO, 'dist', 'workspaceRoles.js')).size),
  ],
  [
    'bundle dist/scheduler.js (ts-fsrs, loaded with the first practice card)',
    kb(fs.statSync(path.join(REPO, 'dist', 'scheduler.js')).size),
  ],
  ['dist/catalog.json (the catalog; read at activation)', kb(fs.statSync(path.join(REPO, 'dist', 'catalog.json')).size)],
  ['dist/starters.pack (every starter, brotli; read when scaffolding)', kb(fs.statSync(path.join(REPO, 'dist', 'starters.pack')).size)],
  ['VSIX backend-paths.vsix (target ≤ 400 KB)', kb(vsix)],
  [
    `activate until the tree has its roots (median of ${RUNS} fresh extension hosts)`,
    `${median(activation).toFixed(1)} ms  (runs: ${runs(activation)})`,
  ],
  [
    `  baseline: activate an empty extension in the same hosts`,
    `${median(emptyActivation).toFixed(1)} ms  (runs: ${runs(emptyActivation)})`,
  ],
  [`  ratio to the baseline (target ≤ 1.5)`, (median(activation) / median(emptyActivation)).toFixed(2)],
  [
    `  the same for ${BASELINE_COMMIT.slice(0, 7)}, before Continue, notes, practice and workspace roles`,
    `${median(baselineActivation).toFixed(1)} ms  (runs: ${runs(baselineActivation)})`,
  ],
  [`  ratio to that version (target ≤ 1.1)`, (median(activation) / median(baselineActivation)).toFixed(2)],
  [
    `activate with ${WORKSPACE_ROLES} workspace roles of ${WORKSPACE_SKILLS} skills, until they are in the tree`,
    `${median(withRoles).toFixed(1)} ms  (runs: ${runs(withRoles)})`,
  ],
  [`  ratio to activation without workspace roles (target ≤ 2)`, (median(withRoles) / median(activation)).toFixed(2)],
  [
    `  the same in a window opened again on those roles (their last load kept)`,
    `${median(withRolesReopened).toFixed(1)} ms  (runs: ${runs(withRolesReopened)})`,
  ],
  [`  ratio to activation without workspace roles (target ≤ 2)`, (median(withRolesReopened) / median(activation)).toFixed(2)],
  [
    `check exercise ${check.exercise}: through the extension vs its argv run directly (medians)`,
    `${check.extension.toFixed(0)} ms vs ${check.direct.toFixed(0)} ms  (ratio ${(check.extension / check.direct).toFixed(2)}, target ≤ 1.15)`,
  ],
  [`reference: require('zod') in plain Node (median of ${RUNS})`, `${requireTime('zod').toFixed(1)} ms`],
  [`reference: require('zod/mini')`, `${requireTime('zod/mini').toFixed(1)} ms`],
  [`reference: require('yaml')`, `${requireTime('yaml').toFixed(1)} ms`],
];
const width = Math.max(...rows.map(([label]) => label.length));
console.log(`Backend Paths benchmarks, ${new Date().toISOString()}, Node ${process.version}, ${process.arch}`);
for (const [label, value] of rows) console.log(`${label.padEnd(width)}  ${value}`);
