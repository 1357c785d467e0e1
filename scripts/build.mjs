// Builds the extension: validates roles/ and bundles its catalog as JSON, packs the starters into
// dist/starters.pack, bundles src/ into dist/, copies the codicons.
//   node scripts/build.mjs [--production] [--watch] [--check]
//   --check: only validate roles/ (content authors' quick loop)
//   --record: with --check, write every skill an exercise practises today into roles/practised.yaml
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rolesDir = path.join(root, 'roles');
const distDir = path.join(root, 'dist');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const checkOnly = process.argv.includes('--check');
const record = process.argv.includes('--record');

/** Compiles src/content.ts (the YAML loader and starter index, TypeScript) for this build to call. */
async function loadContentBuilder() {
  const outfile = path.join(root, 'out', 'build', 'content.cjs');
  await esbuild.build({
    entryPoints: [path.join(root, 'src', 'content.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    packages: 'external',
  });
  const require = createRequire(import.meta.url);
  delete require.cache[outfile];
  return require(outfile);
}

function reportContentError(error) {
  console.error(error.problems ? error.message : `roles/: ${error.message}`);
}

/** Prints which skills exercises practise, per role; with --record, raises roles/practised.yaml to today's. */
function reportCoverage({ byRole, practised, floorGrew }) {
  console.log(`skills practised by an exercise: ${formatCoverage(byRole)}`);
  if (record) fs.writeFileSync(path.join(rolesDir, PRACTISED_FILE), practisedFloorYaml(practised));
  else if (floorGrew)
    console.log(`roles/${PRACTISED_FILE} lacks newly practised skills: record them with node scripts/build.mjs --check --record`);
}

const { buildContent, formatCoverage, practisedFloorYaml, PRACTISED_FILE, roleJsonSchema, starterPackFile } = await loadContentBuilder();

if (checkOnly) {
  try {
    const { catalog, starters, coverage } = buildContent(rolesDir);
    reportCoverage(coverage);
    console.log(
      `roles/ is valid: ${catalog.roles.length} roles, ${catalog.roles.flatMap((r) => r.skillGroups.flatMap((g) => g.skills)).length} skills, ${Object.keys(starters).length} starters`,
    );
    process.exit(0);
  } catch (error) {
    reportContentError(error);
    process.exit(1);
  }
}

/** Every file under `dir` but node_modules: a watch build packs the starters again when one changes. */
function filesUnder(dir) {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.parentPath.split(path.sep).includes('node_modules'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * Serves the validated catalog as the module 'backend-paths:content' and writes the starter pack beside the
 * bundles (dist/starters.pack); the build fails on bad content.
 */
const contentPlugin = {
  name: 'backend-paths-content',
  setup(build) {
    build.onResolve({ filter: /^backend-paths:content$/ }, (args) => ({ path: args.path, namespace: 'backend-paths-content' }));
    build.onLoad({ filter: /.*/, namespace: 'backend-paths-content' }, () => {
      try {
        const content = buildContent(rolesDir);
        fs.mkdirSync(distDir, { recursive: true });
        fs.writeFileSync(path.join(distDir, 'starters.pack'), starterPackFile(rolesDir, content, production));
        reportCoverage(content.coverage);
        // A JSON string for JSON.parse: V8 reads it faster than the same data as an object literal.
        const json = JSON.stringify(JSON.stringify(content.catalog));
        return {
          contents: `export const catalog = JSON.parse(${json});\n`,
          loader: 'js',
          watchDirs: [rolesDir],
          watchFiles: filesUnder(rolesDir),
        };
      } catch (error) {
        reportContentError(error);
        return { errors: [{ text: 'roles/ is invalid (see the problems above)' }], watchDirs: [rolesDir] };
      }
    });
  },
};

/**
 * Code loaded only when needed is its own bundle: the extension's dynamic import of it stays a load at run time.
 * The scheduler (ts-fsrs) loads with the first practice card; the workspace roles' chunk (the YAML parser and the
 * full zod schema) once a workspace has .backend-paths/roles/. Neither loads at activation.
 */
const LAZY_CHUNKS = [
  { name: 'scheduler', source: 'practice/scheduler' },
  { name: 'workspaceRoles', source: 'workspaceRoles/chunk' },
];
const lazyChunks = {
  name: 'backend-paths-lazy-chunks',
  setup(build) {
    for (const chunk of LAZY_CHUNKS) {
      build.onResolve({ filter: new RegExp(`/${chunk.source.replace('/', '\\/')}\\.js$`) }, (args) =>
        args.kind === 'dynamic-import' ? { path: `./${chunk.name}.js`, external: true } : undefined,
      );
    }
  },
};

function copyCodicons() {
  const from = path.join(root, 'node_modules', '@vscode', 'codicons', 'dist');
  const to = path.join(root, 'dist', 'codicons');
  fs.mkdirSync(to, { recursive: true });
  for (const file of ['codicon.css', 'codicon.ttf']) fs.copyFileSync(path.join(from, file), path.join(to, file));
}

const options = {
  entryPoints: {
    extension: path.join(root, 'src', 'extension.ts'),
    cli: path.join(root, 'src', 'cli.ts'),
    ...Object.fromEntries(LAZY_CHUNKS.map((chunk) => [chunk.name, path.join(root, 'src', ...chunk.source.split('/')) + '.ts'])),
  },
  outdir: path.join(root, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  metafile: true,
  // A lazily loaded chunk comes in with require(), which every extension host has, rather than import().
  supported: { 'dynamic-import': false },
  plugins: [contentPlugin, lazyChunks],
};

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
copyCodicons();
// For yamlValidation (package.json): workspace role files are completed and checked by the YAML extension.
fs.writeFileSync(path.join(distDir, 'role.schema.json'), JSON.stringify(roleJsonSchema(), null, 2));
if (watch) {
  const context = await esbuild.context(options);
  await context.watch();
  console.log('watching src/ and roles/ …');
} else {
  try {
    const result = await esbuild.build(options);
    // What went into the bundles, for `npm run bench`.
    fs.mkdirSync(path.join(root, 'out', 'build'), { recursive: true });
    fs.writeFileSync(path.join(root, 'out', 'build', 'meta.json'), JSON.stringify(result.metafile));
  } catch {
    process.exit(1);
  }
}
