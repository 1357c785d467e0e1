// Reads back what brotliCompress.ts wrote (the starter pack) with node:zlib, in the Node extension
// hosts (desktop, remote, code-server's server side) and the CLI. The web bundle takes brotli.web.ts instead.
import { promisify } from 'node:util';
import { brotliDecompress } from 'node:zlib';

const decompressAsync = promisify(brotliDecompress);

/** Rejects, saying `what` is damaged, when the bytes are not brotli. */
export async function decompress(bytes: Uint8Array, what: string): Promise<Uint8Array> {
  return decompressAsync(bytes).catch((error: unknown) => {
    throw new Error(`${what} is damaged (${(error as Error).message})`);
  });
}
