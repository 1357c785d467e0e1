// The catalog as shipped: dist/catalog.json, the validated roles/ (see content.ts), read when the extension
// activates and by the CLI. Not bundled: V8 parses JSON read from a file in about half the time it takes to
// compile and parse the same JSON inside the bundle. Plain JSON, not brotli: the VSIX's deflate leaves it 9 KB
// bigger, but activation needs no decoder, and the browser's web worker has none built in.
import type { Catalog } from './schema';

/** Where the catalog is, relative to the extension's folder. */
export const CATALOG_PATH = ['dist', 'catalog.json'] as const;

/** The catalog the build validated, from the bytes of dist/catalog.json. */
export function parseCatalog(bytes: Uint8Array): Catalog {
  const json = new TextDecoder().decode(bytes);
  try {
    return JSON.parse(json) as Catalog;
  } catch (error) {
    throw new Error(`the catalog (dist/catalog.json) is damaged (${(error as Error).message})`, { cause: error });
  }
}
