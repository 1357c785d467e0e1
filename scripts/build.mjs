// Builds the extension: validates roles/ and writes its catalog (dist/catalog.json) and starter pack
// (dist/starters.pack), bundles src/ into dist/ (Node) and dist/web/ (the browser's web worker extension host),
// writes the codicons the pages use.
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

/** Prints how much of the catalog each language's translations cover (roles/<role-id>/role.<locale>.yaml). */
function reportTranslations(catalog) {
  for (const line of translationCoverage(catalog)) console.log(`catalog translated: ${line}`);
}

/** Prints which skills exercises practise, per role; with --record, raises roles/practised.yaml to today's. */
function reportCoverage({ byRole, practised, floorGrew }) {
  console.log(`skills practised by an exercise: ${formatCoverage(byRole)}`);
  if (record) fs.writeFileSync(path.join(rolesDir, PRACTISED_FILE), practisedFloorYaml(practised));
  else if (floorGrew)
    console.log(`roles/${PRACTISED_FILE} lacks newly practised skills: record them with node scripts/build.mjs --check --record`);
}

const {
  buildContent,
  catalogFile,
  formatCoverage,
  practisedFloorYaml,
  PRACTISED_FILE,
  roleJsonSchema,
  starterPackFile,
  translationCoverage,
} = await loadContentBuilder();

if (checkOnly) {
  try {
    const { catalog, starters, coverage } = buildContent(rolesDir);
    reportCoverage(coverage);
    reportTranslations(catalog);
    console.log(
      `roles/ is valid: ${catalog.roles.length} roles, ${catalog.roles.flatMap((r) => r.skillGroups.flatMap((g) => g.skills)).length} skills, ${Object.keys(starters).length} starters`,
    );
    process.exit(0);
  } catch (error) {
    reportContentError(error);
    process.exit(1);
  }
}

/**
 * Writes what the extension reads from dist/ beside its bundles, made from roles/ at the start of every build: the
 * catalog (dist/catalog.json), the starter pack (dist/starters.pack) and the pages' icons. Bad content fails
 * the build.
 */
const contentPlugin = {
  name: 'backend-paths-content',
  setup(build) {
    build.onStart(() => {
      let content;
      try {
        content = buildContent(rolesDir);
      } catch (error) {
        reportContentError(error);
        return { errors: [{ text: 'roles/ is invalid (see the problems above)' }] };
      }
      reportCoverage(content.coverage);
      reportTranslations(content.catalog);
      fs.mkdirSync(distDir, { recursive: true });
      fs.writeFileSync(path.join(distDir, 'catalog.json'), catalogFile(content.catalog));
      fs.writeFileSync(path.join(distDir, 'starters.pack'), starterPackFile(rolesDir, content, production));
      writeCodicons(pageIcons(content.catalog));
      return undefined;
    });
  },
};

/**
 * Code loaded only when needed is its own bundle: the extension's dynamic import of it stays a load at run time.
 * The scheduler (ts-fsrs) loads with the first practice card; the workspace roles' chunk (the YAML parser and the
 * full zod schema) once a workspace has .backend-paths/roles/; the brotli decoder (the web worker's only: see
 * src/brotli.web.ts) with the first starter written in the browser. None loads at activation.
 */
const LAZY_CHUNKS = [
  { name: 'scheduler', source: 'practice/scheduler' },
  { name: 'workspaceRoles', source: 'workspaceRoles/chunk' },
  { name: 'brotliDecoder', source: 'brotliDecoder' },
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

const CODICON_SVGS = path.join(root, 'node_modules', '@vscode', 'codicons', 'src', 'icons');

/** The codicons the pages show: each `codicon-<name>` written out in src/webviews/ and media/, and every role's icon. */
function pageIcons(catalog) {
  const names = new Set(catalog.roles.map((role) => role.icon));
  for (const dir of ['src/webviews', 'media']) {
    for (const file of fs.readdirSync(path.join(root, dir)).filter((name) => /\.(ts|js)$/.test(name))) {
      const text = fs.readFileSync(path.join(root, dir, file), 'utf8');
      for (const [, name] of text.matchAll(/\bcodicon-([a-z0-9]+(?:-[a-z0-9]+)*)/g)) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * dist/codicons/codicon.css with only the icons the pages show, each its SVG from @vscode/codicons (CC BY 4.0) as a
 * mask painted in the text colour: a few KB where the whole codicon font cost 61 KB in the VSIX. The markup stays
 * `<span class="codicon codicon-<name>">`. Coordinates keep 2 decimals (1/800 of the icon). A name that is no
 * codicon fails the build.
 */
function writeCodicons(names) {
  const masks = names.map((name) => {
    const file = path.join(CODICON_SVGS, `${name}.svg`);
    if (!fs.existsSync(file)) throw new Error(`codicon-${name} is used by a page or a role, but @vscode/codicons has no icon "${name}"`);
    const svg = fs
      .readFileSync(file, 'utf8')
      .trim()
      .replace(/ (width|height)="[^"]*"| fill="currentColor"/g, '')
      .replace(/-?\d*\.\d{3,}/g, (number) => String(Number(Number(number).toFixed(2))))
      .replaceAll('"', "'")
      .replace(/[%#<>]/g, encodeURIComponent);
    return `.codicon-${name}{--codicon:url("data:image/svg+xml,${svg}")}`;
  });
  const css = [
    '/* Icons: @vscode/codicons (https://github.com/microsoft/vscode-codicons), CC BY 4.0, only those the pages use. */',
    ".codicon[class*='codicon-']{display:inline-block;width:16px;height:16px;background-color:currentColor;user-select:none;" +
      '-webkit-mask:var(--codicon) center/16px 16px no-repeat;mask:var(--codicon) center/16px 16px no-repeat}',
    ...masks,
  ].join('\n');
  fs.mkdirSync(path.join(distDir, 'codicons'), { recursive: true });
  fs.writeFileSync(path.join(distDir, 'codicons', 'codicon.css'), `${css}\n`);
}

const options = {
  entryPoints: {
    extension: path.join(root, 'src', 'extension.ts'),
    cli: path.join(root, 'src', 'cli.ts'),
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
  // A lazily loaded chunk comes in with require() (the web bundle: src/webChunk.ts), rather than import().
  supported: { 'dynamic-import': false },
  plugins: [contentPlugin, lazyChunks],
};

/**
 * The lazy chunks, shared by both extension hosts: built as for a browser, so they take their packages' browser
 * builds (yaml's has no node:process) and a Node API in them fails the build.
 */
const chunkOptions = {
  ...options,
  entryPoints: Object.fromEntries(LAZY_CHUNKS.map((chunk) => [chunk.name, path.join(root, 'src', ...chunk.source.split('/')) + '.ts'])),
  platform: 'browser',
  target: 'es2022',
  plugins: [],
};

/**
 * The web bundle takes `<name>.web.ts` wherever src/ has one beside `<name>.ts`: the one seam where a Node-only
 * implementation (node:zlib, processes, chmod) is swapped for the web worker's, instead of checks in the code.
 */
const webVariants = {
  name: 'backend-paths-web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!args.importer.startsWith(path.join(root, 'src'))) return undefined;
      const variant = path.resolve(args.resolveDir, args.path.replace(/\.js$/, '')) + '.web.ts';
      return fs.existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/**
 * dist/web/extension.js, package.json's `browser` entry. It loads the same lazy chunks as the Node bundle, through
 * src/webChunk.ts (the web worker has no require() of a file), so the chunks must need no Node API.
 */
const webOptions = {
  ...options,
  entryPoints: { extension: path.join(root, 'src', 'extension.ts') },
  outdir: path.join(root, 'dist', 'web'),
  platform: 'browser',
  target: 'es2022',
  plugins: [webVariants],
};

fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
fs.mkdirSync(distDir, { recursive: true });
// For yamlValidation (package.json): workspace role files are completed and checked by the YAML extension.
fs.writeFileSync(path.join(distDir, 'role.schema.json'), JSON.stringify(roleJsonSchema(), null, 2));
if (watch) {
  const [context, ...others] = await Promise.all([options, chunkOptions, webOptions].map((o) => esbuild.context(o)));
  await Promise.all([context, ...others].map((c) => c.watch()));
  // No bundle imports roles/, so esbuild does not watch it: build again when anything in it changes.
  fs.watch(rolesDir, { recursive: true }, () => void context.rebuild().catch(() => undefined));
  console.log('watching src/ and roles/ …');
} else {
  try {
    const metafiles = (await Promise.all([options, chunkOptions, webOptions].map((o) => esbuild.build(o)))).map((r) => r.metafile);
    // What went into the bundles, for `npm run bench`.
    const meta = {
      inputs: Object.assign({}, ...metafiles.map((m) => m.inputs)),
      outputs: Object.assign({}, ...metafiles.map((m) => m.outputs)),
    };
    fs.mkdirSync(path.join(root, 'out', 'build'), { recursive: true });
    fs.writeFileSync(path.join(root, 'out', 'build', 'meta.json'), JSON.stringify(meta));
  } catch {
    process.exit(1);
  }
}
