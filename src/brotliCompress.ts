// Build time: brotli for the files the build writes and the extension reads back (the starter pack).
// It packs this text a fifth smaller than the deflate a VSIX applies to each file. Reading them back is brotli.ts.
import { brotliCompressSync, constants } from 'node:zlib';

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
