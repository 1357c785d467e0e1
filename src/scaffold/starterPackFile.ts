// The starter pack as a file: dist/starters.pack, the pack (starterPack.ts) compressed with brotli. Brotli rather
// than gzip because the starters differ mostly in long repeats across files that gzip's 32 KB window cannot see:
// one gzip -9 stream is 381 KB, brotli 292 KB, and only the latter fits the VSIX's 400 KB budget.
import { decompress } from '../brotli';
import { StarterPack } from './starterPack';

/** Where the pack is, relative to the extension's folder. */
export const STARTER_PACK_PATH = ['dist', 'starters.pack'] as const;

/** Reads and decodes the pack; `readFile` gives the bytes of dist/starters.pack. */
export async function readStarterPack(readFile: () => PromiseLike<Uint8Array>): Promise<StarterPack> {
  return StarterPack.decode(await decompress(await readFile(), 'the starter pack'));
}
