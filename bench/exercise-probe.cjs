// Runs inside a real extension host (as extensionTestsPath), in a workspace holding a scaffolded starter: the time
// from asking the extension to check one exercise until its result is recorded, several times.
const fs = require('node:fs');
const vscode = require('vscode');

exports.run = async function run() {
  const { roleId, exerciseId, runs, resultFile } = JSON.parse(process.env.BP_BENCH_EXERCISE);
  const api = await vscode.extensions.getExtension('backend-paths.backend-paths').activate();
  const { exercises } = api.internals;
  await exercises.ready;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    if (!(await exercises.check(roleId, exerciseId))) throw new Error(`the extension found no ${roleId} project with ${exerciseId}`);
    times.push(performance.now() - started);
  }
  fs.writeFileSync(resultFile, JSON.stringify({ times }));
};
