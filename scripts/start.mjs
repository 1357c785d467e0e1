// `npm start`: builds, then runs the extension in a real VS Code with a scratch workspace — desktop VS Code when
// `code` is on the PATH, otherwise the test harness's code-server, whose address it prints for any browser.
// VS Code for the browser keeps the extension's globalState (the learner's progress) in the browser's storage
// for the page's address, so every run serves the same address: the port remembered in the state folder (the
// default at first; the next free one if that is taken, remembered in turn), with the same profile.
//   node scripts/start.mjs [--browser]        state folder: .vscode-test/start, or $BP_START_DIR
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO, ensureWorkbench, freePort, remoteUri, startCodeServer } from '../test/vscode/workbench.mjs';

const DEFAULT_PORT = 43117;

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
  const stateDir = path.resolve(process.env.BP_START_DIR || path.join(REPO, '.vscode-test', 'start'));
  fs.mkdirSync(stateDir, { recursive: true });
  const port = await stablePort(stateDir);
  const server = await startCodeServer(stateDir, { port });
  const url = server.workspaceUrl(scratch, [['extensionDevelopmentPath', remoteUri(REPO)]]);
  console.log(`\nBackend Paths is running in VS Code for the browser. Open:\n\n  ${url}\n`);
  console.log(`Your progress is kept by the browser for http://127.0.0.1:${port}, and the profile in ${stateDir}.`);
  console.log('Press Ctrl+C to stop.');
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await new Promise(() => {});
}

/** The port of the last run (DEFAULT_PORT at first), or the next free one if it is taken; remembered for the next run. */
async function stablePort(stateDir) {
  const file = path.join(stateDir, 'port');
  const remembered = (fs.existsSync(file) && Number(fs.readFileSync(file, 'utf8'))) || DEFAULT_PORT;
  const port = await freePort(remembered);
  if (port !== remembered) {
    console.warn(
      `Port ${remembered} is taken, so this run uses ${port} (and so will the next ones). Progress ticked at http://127.0.0.1:${remembered} stays with that address.`,
    );
  }
  fs.writeFileSync(file, String(port));
  return port;
}
