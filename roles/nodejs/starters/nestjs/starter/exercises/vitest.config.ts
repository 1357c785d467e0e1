// The exercise checks: one test file per exercise of the README, run one at a time from VS Code's Testing view or
// with the command the README shows. They are not part of `npm test`, which stays green while you work.
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    include: ['exercises/*.test.ts'],
    testTimeout: 20_000,
  },
});
