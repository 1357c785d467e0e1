// The Vitest run that puts your repository contract suite to the test (see ../paginate-tasks.test.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['exercises/paginate-tasks/contract.run.ts'],
  },
});
