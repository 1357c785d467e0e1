// Desktop VS Code (downloaded by @vscode/test-electron) runs the same integration suites as the code-server
// harness: `npm run test:desktop`. Needs internet for the download; CI here uses test/vscode/run-integration.mjs.
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  files: 'out/test/integration/**/*.test.js',
  version: '1.100.3',
  workspaceFolder: '.vscode-test/scratch-workspace',
  mocha: { ui: 'tdd', timeout: 30000 },
});
