import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Vite would pick graphql's ES module build for your code and tests, while Apollo Server and graphql-tools load
    // its CommonJS build: two copies, and a schema made by one "is not a GraphQLSchema" for the other. Node itself
    // loads one copy; this makes the tests do the same.
    alias: { graphql: createRequire(import.meta.url).resolve('graphql') },
  },
  test: {
    // exercises/ holds the checks of the README's exercises. They fail until you do the exercise, so `npm test`
    // leaves them out; each one runs on its own (see the README).
    exclude: [...configDefaults.exclude, 'exercises/**'],
  },
});
