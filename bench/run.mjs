// `npm run bench`: prints, side by side, what the extension costs: bundle and VSIX size, activation time in a
// real extension host (median of several fresh hosts), and reference figures for zod and yaml on this machine.
// Figures only; nothing here passes or fails.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { benchExerciseCheck } from './exercise.mjs';
import { REPO, ensureWorkbench, newRunDir, runInExtensionHost } from '../test/vscode/workbench.mjs';

const RUNS = Number(process.env.BP_BENCH_RUNS || 5);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

execFileSync('npm', ['run', '--silent', 'package'], { cwd: REPO, stdio: 'ignore' });
const bundle = fs.readFileSync(path.join(REPO, 'dist', 'extension.js'));
const vsix = fs.statSync(path.join(REPO, 'backend-paths.vsix')).size;
const meta = JSON.parse(fs.readFileSync(path.join(REPO, 'out', 'build', 'meta.json'), 'utf8'));
const inputs = meta.outputs['dist/extension.js'].inputs;
const bytesFrom = (pattern) =>
  Object.entries(inputs)
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
const activation = [];
const emptyActivation = [];
for (let i = 0; i < RUNS; i++) {
  const runDir = newRunDir('bench');
  const resultFile = path.join(runDir, 'result.json');
  const code = await runInExtensionHost(runDir, path.join(REPO, 'bench', 'activation-probe.cjs'), {
    env: { BP_BENCH_RESULT: resultFile, BP_BENCH_EMPTY_FIRST: String(i % 2) },
    vsix: emptyVsix,
    timeoutMs: 120_000,
  });
  if (code !== 0 || !fs.existsSync(resultFile)) throw new Error(`activation probe failed (${code}); see ${runDir}`);
  const { ms, emptyMs, roots } = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  if (roots !== 11) throw new Error(`the tree returned ${roots} roots`);
  activation.push(ms);
  emptyActivation.push(emptyMs);
  fs.rmSync(runDir, { recursive: true, force: true });
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
  ['  of which the catalog (JSON)', kb(bytesFrom(/backend-paths-content/))],
  ['  of which zod/mini (progress, page messages)', kb(bytesFrom(/node_modules\/zod\//))],
  ['  of which ts-fsrs (must be 0: it is its own chunk)', kb(bytesFrom(/node_modules\/ts-fsrs\//))],
  [
    'bundle dist/scheduler.js (ts-fsrs, loaded with the first practice card)',
    kb(fs.statSync(path.join(REPO, 'dist', 'scheduler.js')).size),
  ],
  ['VSIX backend-paths.vsix', kb(vsix)],
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
