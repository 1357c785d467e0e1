// Extracts the runtime strings (vscode.l10n.t and @vscode/l10n's l10n.t calls in src/) into l10n/bundle.l10n.json
// with @vscode/l10n-dev, the extractor VS Code's own extensions use.
//   node scripts/l10n.mjs           write l10n/bundle.l10n.json
//   node scripts/l10n.mjs --check   fail when it is stale (a string added, changed or removed without re-extracting)
// The Spanish bundle and package.nls.*.json are checked against these keys by test/unit/l10nBundles.test.ts.
import { getL10nJson } from '@vscode/l10n-dev';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundlePath = path.join(root, 'l10n', 'bundle.l10n.json');

const sources = fs
  .readdirSync(path.join(root, 'src'), { recursive: true })
  .filter((file) => file.endsWith('.ts'))
  .sort()
  .map((file) => ({ extension: '.ts', contents: fs.readFileSync(path.join(root, 'src', file), 'utf8') }));
// Written as Prettier writes it, so `prettier --check` and this check agree.
const text = await prettier.format(JSON.stringify(await getL10nJson(sources)), {
  ...(await prettier.resolveConfig(bundlePath)),
  filepath: bundlePath,
});

if (process.argv.includes('--check')) {
  const current = fs.existsSync(bundlePath) ? fs.readFileSync(bundlePath, 'utf8') : '';
  if (current !== text) {
    console.error('l10n/bundle.l10n.json is stale: run `npm run l10n`, then translate what changed in l10n/bundle.l10n.es.json.');
    process.exit(1);
  }
  console.log(`l10n/bundle.l10n.json is current: ${Object.keys(JSON.parse(text)).length} strings`);
} else {
  fs.mkdirSync(path.dirname(bundlePath), { recursive: true });
  fs.writeFileSync(bundlePath, text);
  console.log(`wrote l10n/bundle.l10n.json: ${Object.keys(JSON.parse(text)).length} strings`);
}
