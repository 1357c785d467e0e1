// The test workbench: code-server (VS Code 1.100 for the browser, from npm) started offline with a fresh
// profile, and Debian's chromium driven by playwright-core. Used by the integration and end-to-end runners.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CS_VERSION = '4.100.3';
const CACHE = path.resolve(process.env.BP_TEST_CACHE || path.join(REPO, '.vscode-test'));
const CODE_SERVER = path.join(
  CACHE,
  `code-server-${CS_VERSION}-node${process.versions.node.split('.')[0]}`,
  'node_modules',
  '.bin',
  'code-server',
);
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
/** Profiles, workspaces and XDG folders of the runs; removed by the runners unless BP_KEEP_RUNS is set. */
export const RUNS = path.join(CACHE, 'runs');

const SETTINGS = {
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'workbench.enableExperiments': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.fetchOnlinePackageInfo': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  'json.schemaDownload.enable': false,
};

/** Backend Paths' id, as `remote.extensionKind` names it. */
const EXTENSION_ID = 'backend-paths.backend-paths';

/** Installs code-server (and the Debian packages it and chromium need) on first use. */
export function ensureWorkbench() {
  execFileSync('bash', [path.join(REPO, 'test', 'vscode', 'install-code-server.sh')], {
    stdio: 'inherit',
    env: { ...process.env, BP_TEST_CACHE: CACHE },
  });
}

export function newRunDir(label) {
  fs.mkdirSync(RUNS, { recursive: true });
  return fs.mkdtempSync(path.join(RUNS, `${label}-`));
}

/** A TCP port on 127.0.0.1 that is free right now: `from` or the first free one after it; any port without `from`. */
export async function freePort(from) {
  for (let port = from ?? 0; port <= (from ?? 0) + 100; port++) {
    const free = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.listen(port, '127.0.0.1', () => {
        const { port: bound } = server.address();
        server.close(() => resolve(bound));
      });
      server.on('error', (error) => (error.code === 'EADDRINUSE' ? resolve(undefined) : reject(error)));
    });
    if (free) return free;
  }
  throw new Error(`no free port on 127.0.0.1 from ${from} to ${from + 100}`);
}

function xdgEnv(runDir) {
  return {
    XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
    XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
    XDG_STATE_HOME: path.join(runDir, 'xdg', 'state'),
  };
}

/**
 * Starts code-server on a loopback port (`port`, or any free one) with the profile in runDir: a fresh one, or
 * the one a previous start left there, whose settings are then kept as they are.
 * options: { port, vsix, settings, env, trust, extensionHost }. With `trust`, Workspace Trust is on, as in a user's
 * VS Code: a folder is in Restricted Mode until the user trusts it (otherwise every folder is trusted, trust being
 * off). With `extensionHost: 'web'`, Backend Paths runs from its `browser` entry in the browser's web worker
 * extension host, as in vscode.dev, instead of code-server's Node extension host.
 * Returns { url, workspaceUrl(payload), proc, logFile, stop() }.
 */
/**
 * Makes code-server resolve `locale` as the display language. It ignores --locale unless a language pack for it is
 * listed in <user data>/languagepacks.json, which only a real language pack's install writes (the CLI's install
 * does not). So: an empty core translation (the workbench stays English) listed there, and the locale in argv.json.
 * VSCODE_PORTABLE=<runDir> makes code-server read <runDir>/argv.json; it also puts the server's user data in
 * <runDir>/user-data, which is where startCodeServer keeps it anyway.
 */
function displayLanguage(runDir, userDataDir, locale) {
  const core = path.join(runDir, `core.${locale}.i18n.json`);
  fs.writeFileSync(core, JSON.stringify({ contents: {} }));
  const pack = { extensionIdentifier: { id: `backend-paths.test-language-pack-${locale}` }, version: '0.0.1' };
  fs.writeFileSync(
    path.join(userDataDir, 'languagepacks.json'),
    JSON.stringify({ [locale]: { hash: `test-${locale}`, label: locale, extensions: [pack], translations: { vscode: core } } }),
  );
  fs.writeFileSync(path.join(runDir, 'argv.json'), JSON.stringify({ locale }));
  return { VSCODE_PORTABLE: runDir };
}

/** Starts code-server for a run; `options.locale` sets the display language (see displayLanguage). */
export async function startCodeServer(runDir, options = {}) {
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  const config = path.join(runDir, 'config.yaml');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.writeFileSync(config, '');
  const settingsFile = path.join(userDataDir, 'User', 'settings.json');
  const trust = options.trust ? { 'security.workspace.trust.enabled': true } : {};
  const host = options.extensionHost === 'web' ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {};
  if (!fs.existsSync(settingsFile))
    fs.writeFileSync(settingsFile, JSON.stringify({ ...SETTINGS, ...trust, ...host, ...options.settings }, null, 2));
  // An empty gallery turns the marketplace off: no network requests.
  const language = options.locale ? displayLanguage(runDir, userDataDir, options.locale) : {};
  const env = { ...process.env, ...xdgEnv(runDir), EXTENSIONS_GALLERY: '{}', ...language, ...options.env };
  const common = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--config', config];
  if (options.vsix) execFileSync(CODE_SERVER, [...common, '--install-extension', options.vsix, '--force'], { env, stdio: 'pipe' });

  const port = options.port ?? (await freePort());
  const logFile = path.join(runDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const args = [
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    ...common,
    '--disable-telemetry',
    '--disable-update-check',
    ...(options.trust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  // Its own process group, so stop() ends the server, the extension host and the file watcher together.
  const proc = spawn(CODE_SERVER, args, { env, stdio: ['ignore', log, log], detached: true });
  const stop = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    try {
      process.kill(-proc.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 50 && proc.exitCode === null && proc.signalCode === null; i++) await sleep(100);
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  const started = Date.now();
  try {
    for (;;) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) break;
      } catch {
        /* not listening yet */
      }
      if (proc.exitCode !== null) throw new Error(`code-server exited early; see ${logFile}`);
      if (Date.now() - started > 60_000) throw new Error(`code-server did not answer within 60 s; see ${logFile}`);
      await sleep(100);
    }
  } catch (error) {
    await stop();
    throw error;
  }
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    proc,
    logFile,
    stop,
    /** The workbench URL for a folder, with optional development payload entries. */
    workspaceUrl(folder, payload) {
      let result = `${url}?folder=${encodeURIComponent(folder)}`;
      if (payload) result += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return result;
    },
  };
}

/** A workspace-relative path inside code-server's remote file system, as the payload expects. */
export function remoteUri(absolutePath) {
  return `vscode-remote://remote${absolutePath}`;
}

export async function launchBrowser(runDir) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(path.join(runDir, 'chromium'), {
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, ...xdgEnv(runDir) },
    viewport: { width: 1400, height: 900 },
    // Without the background-networking flags chromium keeps trying to reach Google on this closed network.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Loads the repository as the extension under development in code-server and runs `testsEntry` (a module
 * exporting run(), as for @vscode/test-electron) in its real extension host. Resolves with the runner's exit
 * code (0 = passed) or 'timeout'. `env` reaches the extension host; `onLog(type, line)` gets its log lines;
 * `vsix` is another extension to install beside it (code-server loads a single extension under development);
 * `locale` the display language; `port` code-server's (a free one by default).
 */
export async function runInExtensionHost(
  runDir,
  testsEntry,
  { env = {}, timeoutMs = 600_000, onLog, vsix, locale, extensionPath = REPO, port } = {},
) {
  const workspace = path.join(runDir, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  const server = await startCodeServer(runDir, { env, vsix, locale, port });
  let browser;
  try {
    browser = await launchBrowser(runDir);
    const page = browser.pages()[0] ?? (await browser.newPage());
    let finish;
    const finished = new Promise((resolve) => {
      finish = resolve;
    });
    // The web workbench calls these when they exist: every log line of the window and the extension host, and
    // the test runner's exit code.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (!onLog) return;
      const [format, ...rest] = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a)));
      onLog(type, format?.includes('%') ? rest.reduce((s, v) => s.replace(/%[sdoOjc]/, v), format) : [format, ...rest].join(' '));
    });
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    await page.goto(
      server.workspaceUrl(workspace, [
        ['extensionDevelopmentPath', remoteUri(extensionPath)],
        ['extensionTestsPath', remoteUri(testsEntry)],
      ]),
    );
    return await Promise.race([finished, sleep(timeoutMs).then(() => 'timeout')]);
  } finally {
    await browser?.close();
    await server.stop();
  }
}
