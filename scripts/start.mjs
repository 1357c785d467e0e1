// `npm start`: builds, then runs the extension in a real VS Code with a scratch workspace — desktop VS Code when
// `code` is on the PATH, otherwise the test harness's code-server, whose address it prints for any browser.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench, remoteUri, startCodeServer } from '../test/vscode/workbench.mjs';

const build = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const scratch = path.join(REPO, '.vscode-test', 'scratch-workspace');
fs.mkdirSync(scratch, { recursive: true });
const hasCode = spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode && !process.argv.includes('--browser')) {
  console.log('Opening desktop VS Code with Backend Paths under development…');
  spawn('code', ['--new-window', `--extensionDevelopmentPath=${REPO}`, scratch], { stdio: 'inherit', detached: true }).unref();
} else {
  ensureWorkbench();
  const runDir = path.join(REPO, '.vscode-test', 'start');
  fs.mkdirSync(runDir, { recursive: true });
  const server = await startCodeServer(runDir);
  const url = server.workspaceUrl(scratch, [['extensionDevelopmentPath', remoteUri(REPO)]]);
  console.log(`\nBackend Paths is running in VS Code for the browser. Open:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise(() => {});
}
