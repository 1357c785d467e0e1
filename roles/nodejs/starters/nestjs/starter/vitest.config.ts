import swc from 'unplugin-swc';
import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  // SWC instead of Vite's esbuild: esbuild drops the decorator metadata Nest's dependency injection and
  // ValidationPipe need.
  plugins: [swc.vite({ module: { type: 'es6' } })],
  test: {
    // exercises/ holds the checks of the README's exercises. They fail until you do the exercise, so `npm test`
    // leaves them out; each one runs on its own (see the README).
    exclude: [...configDefaults.exclude, 'exercises/**'],
  },
});
