// The exercise checks: one test file per exercise of the README, run one at a time from VS Code's Testing view or
// with the command the README shows. They are not part of `npm test`, which stays green while you work.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  resolve: {
    // One copy of graphql, the CommonJS one that Apollo and graphql-tools load, as under Node (see vitest.config.ts).
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    include: ['exercises/*.test.ts'],
    testTimeout: 20_000,
  },
});
