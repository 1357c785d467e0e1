// The starter pack as a file: dist/starters.pack, the pack (starterPack.ts) compressed with brotli. Brotli rather
// than gzip because the starters differ mostly in long repeats across files that gzip's 32 KB window cannot see:
// gzip -9 gives 366 KB, brotli 290 KB, and only the latter keeps the VSIX under its 400 KB budget. node:zlib has
// both ends in every host this extension runs in (its extension host is Node: desktop, remote, code-server).
import { promisify } from 'node:util';
import { brotliCompressSync, brotliDecompress, constants } from 'node:zlib';
import { StarterPack, StarterPackError } from './starterPack';

/** Where the pack is, relative to the extension's folder. */
export const STARTER_PACK_PATH = ['dist', 'starters.pack'] as const;

const decompress = promisify(brotliDecompress);

/** `best` for what ships (seconds); the fastest otherwise, as in watch builds and tests. */
export function compressStarterPack(pack: Uint8Array, best: boolean): Uint8Array {
  return brotliCompressSync(pack, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? constants.BROTLI_MAX_QUALITY : constants.BROTLI_MIN_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: pack.length,
    },
  });
}

/** Reads and decodes the pack; `readFile` gives the bytes of dist/starters.pack. */
export async function readStarterPack(readFile: () => PromiseLike<Uint8Array>): Promise<StarterPack> {
  const compressed = await readFile();
  const bytes = await decompress(compressed).catch((error: unknown) => {
    throw new StarterPackError(`the starter pack is damaged (${(error as Error).message})`);
  });
  return StarterPack.decode(bytes);
}
