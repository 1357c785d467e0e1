// Runs one exercise check: its argv in the project folder, never through a shell, with output streamed, a
// timeout, and cancellation that stops the whole process tree (test runners start workers of their own). Node
// only (no vscode), so the extension and the CI proof of the starters run checks the same way.
import * as l10n from '@vscode/l10n';
import { spawn } from 'node:child_process';

export interface CheckProcess {
  argv: readonly string[];
  cwd: string;
  timeoutMs: number;
  signal?: AbortSignal;
  onOutput?: (text: string) => void;
}

export type ProcessOutcome =
  | { kind: 'exited'; code: number }
  | { kind: 'timed-out' }
  | { kind: 'cancelled' }
  | { kind: 'missing-program'; program: string }
  | { kind: 'failed-to-start'; message: string };

const GRACE_MS = 2000;

/** Ends the process and everything it started: its process group on POSIX, its tree on Windows. */
function killTree(pid: number, force: boolean): void {
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore' });
    else process.kill(-pid, force ? 'SIGKILL' : 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/**
 * What to start for a check's argv on this platform. Windows (and its virtual environments) has python.exe but no
 * python3.exe, and a build wrapper such as ./mvnw is mvnw.cmd there, which only cmd.exe can run.
 */
export function commandFor(argv: readonly string[], platform: NodeJS.Platform = process.platform): string[] {
  const [program = '', ...args] = argv;
  if (platform !== 'win32') return [...argv];
  if (program === 'python3') return ['python', ...args];
  const wrapper = /^\.\/(mvnw|gradlew)$/.exec(program);
  return wrapper ? ['cmd.exe', '/d', '/s', '/c', `${wrapper[1]}.cmd`, ...args] : [...argv];
}

export function runCheckProcess({ argv, cwd, timeoutMs, signal, onOutput }: CheckProcess): Promise<ProcessOutcome> {
  const [program, ...args] = commandFor(argv);
  if (!program) return Promise.resolve({ kind: 'failed-to-start', message: l10n.t('the check has no program to run') });
  if (signal?.aborted) return Promise.resolve({ kind: 'cancelled' });
  return new Promise((resolve) => {
    let stopping: 'timed-out' | 'cancelled' | undefined;
    let startError: NodeJS.ErrnoException | undefined;
    const child = spawn(program, args, {
      cwd,
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stop = (why: 'timed-out' | 'cancelled') => {
      if (stopping || child.pid === undefined) return;
      stopping = why;
      killTree(child.pid, false);
      setTimeout(() => child.pid !== undefined && killTree(child.pid, true), GRACE_MS).unref();
    };
    const timer = setTimeout(() => stop('timed-out'), timeoutMs);
    const onAbort = () => stop('cancelled');
    signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.setEncoding('utf8').on('data', (text: string) => onOutput?.(text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => onOutput?.(text));
    child.on('error', (error) => (startError = error));
    child.on('close', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // A test runner's workers may outlive it in the group; the check is over, so they go too.
      if (child.pid !== undefined && process.platform !== 'win32') killTree(child.pid, true);
      if (startError?.code === 'ENOENT') resolve({ kind: 'missing-program', program });
      else if (startError) resolve({ kind: 'failed-to-start', message: startError.message });
      else if (stopping) resolve({ kind: stopping });
      else resolve({ kind: 'exited', code: code ?? 1 });
    });
  });
}
