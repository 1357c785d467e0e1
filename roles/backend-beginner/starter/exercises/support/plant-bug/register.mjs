// Loaded with `node --import` by the check of "Unit-test the list rules": plants one known bug (named by the
// BP_BUG environment variable) in the parseListQuery that src/validation.js exports, so the check can see
// whether your tests notice it. Your files are not changed: the bug exists only inside that one test run.
import { register } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

register('./hooks.mjs', import.meta.url, {
  data: { bug: process.env.BP_BUG ?? 'none', validation: pathToFileURL(path.resolve('src/validation.js')).href },
});
