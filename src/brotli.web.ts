// brotli.ts for the web worker extension host, which has no node:zlib and whose DecompressionStream knows no
// brotli: the pure-JavaScript decoder in its own chunk (dist/brotliDecoder.js), loaded with the first starter
// written in the browser, so the web bundle is no bigger than the Node one for it.
import { loadChunk } from './webChunk';

type BrotliDecoder = typeof import('./brotliDecoder');
let decoder: Promise<BrotliDecoder> | undefined;

/** Rejects, saying `what` is damaged, when the bytes are not brotli. */
export async function decompress(bytes: Uint8Array, what: string): Promise<Uint8Array> {
  decoder ??= loadChunk<BrotliDecoder>('brotliDecoder');
  return (await decoder).decompress(bytes, what);
}
