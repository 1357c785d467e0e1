// `npm start` in VS Code for the browser: the browser keeps the extension's globalState (the learner's ticks)
// per page address, so every run must serve the same address for a tick to outlive a restart.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { REPO, freePort, newRunDir } from '../vscode/workbench.mjs';
import { openSession, screenshotOnFailure } from './session.mjs';

/** Runs `npm start` in browser mode with its state in `stateDir`; resolves with { url, stop } once it prints the address. */
function npmStart(stateDir) {
  const proc = spawn(process.execPath, [path.join(REPO, 'scripts', 'start.mjs'), '--browser'], {
    env: { ...process.env, BP_START_DIR: stateDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => proc.on('exit', resolve));
  const stop = async () => {
    proc.kill('SIGINT');
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    proc.stdout.on('data', (chunk) => {
      output += chunk;
      const url = output.match(/http:\/\/127\.0\.0\.1:\d+\/\?\S+/)?.[0];
      if (url) resolve({ url, stop });
    });
    void exited.then((code) => reject(new Error(`npm start exited (${code}) before printing an address:\n${output}`)));
  });
}

/** Waits until the browser's profile storage holds the extension's globalState with `skillId` in it. */
async function waitForSaved(session, skillId) {
  for (let i = 0; i < 60; i++) {
    const saved = await session.profileValue('backend-paths.backend-paths');
    if (typeof saved === 'string' && saved.includes(skillId)) return;
    await session.page.waitForTimeout(500);
  }
  assert.fail(`the tick of ${skillId} never reached the browser's storage`);
}

describe('npm start: the same address every run, so progress survives a restart', function () {
  const stateDir = newRunDir('e2e-start');
  const addresses = [];
  const serve = async (runDir) => {
    const server = await npmStart(runDir);
    addresses.push(server.url);
    return server;
  };
  let session;
  afterEach(screenshotOnFailure(() => session));
  after(async () => {
    await session?.close({ keep: true });
    if (!process.env.BP_KEEP_RUNS) fs.rmSync(stateDir, { recursive: true, force: true });
  });

  it('finds a skill ticked in one run still ticked in the next, at the same address', async () => {
    session = await openSession('start', { runDir: stateDir, serve });
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    const checkbox = session.checkbox('Express.js & Fastify frameworks');
    await checkbox.click();
    await session.page.waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await checkbox.elementHandle());
    // The workbench writes globalState to the browser's storage a moment later; a user closing the tab waits that long too.
    await waitForSaved(session, 'node-express-fastify');
    await session.close({ keep: true });

    session = await openSession('start', { runDir: stateDir, serve });
    await session.openView();
    await session.expand('Node.js/Express Developer');
    await session.expand('Core Stack');
    try {
      assert.equal(await session.checkbox('Express.js & Fastify frameworks').getAttribute('aria-checked'), 'true', 'still ticked');
      assert.equal(addresses[1], addresses[0]);
      await session.screenshot('start-second-run');
    } finally {
      await session.close({ keep: true });
      session = undefined;
    }
  });

  it('moves to the next free port when its own is taken, and keeps to that one', async () => {
    // A failure in the first test may have left its workbench serving on the port.
    await session?.close({ keep: true });
    session = undefined;
    const portFile = path.join(stateDir, 'port');
    const own = Number(fs.readFileSync(portFile, 'utf8'));
    const blocker = net.createServer().listen(own, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    try {
      const next = await freePort(own);
      const server = await npmStart(stateDir);
      await server.stop();
      assert.ok(server.url.startsWith(`http://127.0.0.1:${next}/`), server.url);
      assert.equal(fs.readFileSync(portFile, 'utf8'), String(next));
    } finally {
      blocker.close();
    }
  });
});
