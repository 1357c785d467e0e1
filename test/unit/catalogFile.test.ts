// dist/catalog.json (from `npm run build`), which the extension and the CLI read at start: it holds exactly the
// catalog validated from roles/, and a damaged file is refused with a message that names it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CATALOG_PATH, parseCatalog } from '../../src/catalog/catalogFile';
import { buildContent, catalogFile } from '../../src/content';
import { repoRoot, rolesDir } from './helpers';

describe('the shipped catalog file', () => {
  it('reads back as the catalog built from roles/', () => {
    const file = path.join(repoRoot, ...CATALOG_PATH);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the unit tests`);
    assert.deepEqual(parseCatalog(fs.readFileSync(file)), buildContent(rolesDir).catalog);
  });

  it('a damaged file says which file', () => {
    const bytes = catalogFile(buildContent(rolesDir).catalog);
    assert.throws(() => parseCatalog(bytes.subarray(0, 100)), /the catalog \(dist\/catalog\.json\) is damaged/);
  });
});
