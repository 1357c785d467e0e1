// Brotli for the files the build makes and the extension reads back (the catalog, the starter pack): it packs
// this text a fifth smaller than the deflate a VSIX applies to each file, and node:zlib has both ends in every
// extension host this extension runs in (Node: desktop, remote, code-server's server side).
import { promisify } from 'node:util';
import { brotliCompressSync, brotliDecompress, constants } from 'node:zlib';

const decompressAsync = promisify(brotliDecompress);

/** `best` for what ships (takes seconds on the starters); the fastest otherwise, as in watch builds and tests. */
export function compress(bytes: Uint8Array, best: boolean): Uint8Array {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: best ? constants.BROTLI_MAX_QUALITY : constants.BROTLI_MIN_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/** Rejects, saying `what` is damaged, when the bytes are not brotli. */
export async function decompress(bytes: Uint8Array, what: string): Promise<Uint8Array> {
  return decompressAsync(bytes).catch((error: unknown) => {
    throw new Error(`${what} is damaged (${(error as Error).message})`);
  });
}
