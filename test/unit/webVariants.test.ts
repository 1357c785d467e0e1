// The web bundle's seam (scripts/build.mjs): each src/**/<name>.web.ts stands in for <name>.ts in the web worker
// extension host, so it must export the same names, and the brotli decoder there (its own chunk) must read what
// the build writes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compress } from '../../src/brotliCompress';
import { decompress as decompressWeb } from '../../src/brotliDecoder';
import { repoRoot } from './helpers';

const srcDir = path.join(repoRoot, 'src');

function webVariants(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return webVariants(file);
    return entry.name.endsWith('.web.ts') ? [file] : [];
  });
}

/** The names a module exports, values and types alike, from its source. */
function exportedNames(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^export (?:async )?(?:const|let|function|class|type|interface) (\w+)/gm)].map(([, name]) => name).sort();
}

describe('the web bundle: <name>.web.ts in place of <name>.ts', () => {
  const variants = webVariants(srcDir);

  it('finds the variants (brotli, exercise checks, chmod, the host, the lazy chunks)', () => {
    assert.ok(variants.length >= 6, variants.join(', '));
  });

  for (const variant of variants) {
    const relative = path.relative(srcDir, variant);
    it(`${relative} exports what the Node module beside it does, as far as the web bundle needs`, () => {
      const node = variant.replace(/\.web\.ts$/, '.ts');
      assert.ok(fs.existsSync(node), `${relative} has no ${path.basename(node)} beside it`);
      const types = new Set([...fs.readFileSync(node, 'utf8').matchAll(/^export (?:type|interface) (\w+)/gm)].map(([, name]) => name));
      // A variant may import the Node module's types rather than declare them again.
      assert.deepEqual(
        exportedNames(variant),
        exportedNames(node).filter((name) => !types.has(name)),
      );
    });
  }

  it("the web worker's brotli decoder reads back what the build compresses, and says what is damaged", async () => {
    const text = JSON.stringify({ roles: Array.from({ length: 200 }, (_, i) => ({ id: `role-${i}`, title: `Backend role ${i}` })) });
    for (const best of [false, true]) {
      const bytes = compress(new TextEncoder().encode(text), best);
      assert.equal(new TextDecoder().decode(await decompressWeb(bytes, 'the catalog')), text);
    }
    const damaged = compress(new TextEncoder().encode(text), false).subarray(0, 40);
    await assert.rejects(decompressWeb(damaged, 'the starter pack'), /^Error: the starter pack is damaged/);
  });
});
