// Entry point VS Code loads as extensionTestsPath: runs every *.test.js beside this file with mocha, inside the
// extension host. Both the code-server runner (test/vscode/run-integration.mjs) and @vscode/test-cli use it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface Results {
  passes: string[];
  pending: string[];
  failures: { title: string; error: string }[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 30_000, reporter: 'spec' });
  if (process.env.BP_TEST_GREP) mocha.grep(process.env.BP_TEST_GREP);
  for (const file of fs.readdirSync(__dirname, { recursive: true, encoding: 'utf8' })) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  const results: Results = { passes: [], pending: [], failures: [] };
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      if (process.env.BP_TEST_RESULTS) fs.writeFileSync(process.env.BP_TEST_RESULTS, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.passes.push(test.fullTitle()));
    runner.on('pending', (test) => results.pending.push(test.fullTitle()));
    runner.on('fail', (test, error: Error) => results.failures.push({ title: test.fullTitle(), error: error.stack ?? String(error) }));
  });
}
