// The web worker's brotli decoder (see brotli.web.ts), a lazy chunk: the pure-JavaScript decoder of the `brotli`
// package (decoder only; its dictionary ships compressed).
import type * as Brotli from 'brotli/decompress' with { 'resolution-mode': 'import' };

// The package is an ES module; CommonJS code (this project) may only require it, typed by its types.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { decompress: decode } = require('brotli/decompress') as typeof Brotli;

/** Rejects, saying `what` is damaged, when the bytes are not brotli. */
export async function decompress(bytes: Uint8Array, what: string): Promise<Uint8Array> {
  try {
    return decode(bytes);
  } catch (error) {
    throw new Error(`${what} is damaged (${(error as Error).message})`, { cause: error });
  }
}
