// The catalog as shipped: dist/catalog.json.br, the validated roles/ (see content.ts) as brotli-compressed JSON,
// read when the extension activates and by the CLI. Not bundled: V8 parses JSON read from a file in about half
// the time it takes to compile and parse the same JSON inside the bundle, and brotli keeps it 8 KB smaller in the
// VSIX than the bundle's deflate.
import { decompress } from '../brotli';
import type { Catalog } from './schema';

/** Where the catalog is, relative to the extension's folder. */
export const CATALOG_PATH = ['dist', 'catalog.json.br'] as const;

/** Reads the catalog the build validated; `readFile` gives the bytes of dist/catalog.json.br. */
export async function readCatalog(readFile: () => PromiseLike<Uint8Array>): Promise<Catalog> {
  const json = new TextDecoder().decode(await decompress(await readFile(), 'the catalog (dist/catalog.json.br)'));
  return JSON.parse(json) as Catalog;
}
