import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // exercises/ holds the checks of the README's exercises. They fail until you do the exercise, so `npm test`
    // leaves them out; each one runs on its own (see the README).
    exclude: [...configDefaults.exclude, 'exercises/**'],
  },
});
