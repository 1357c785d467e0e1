// The part of an exercise check that needs processes and the disk: runs the check's argv in the project folder
// (runCheck.ts) and reads the JUnit report it writes. Node extension hosts only; the web bundle takes
// checkRunner.web.ts, which has no runner.
import * as fs from 'node:fs/promises';
import { parseJUnit, type JUnitCase } from './junit';
import { runCheckProcess, type CheckProcess, type ProcessOutcome } from './runCheck';

export interface CheckRun extends CheckProcess {
  /** The JUnit report the check writes (an absolute path), removed before the run and read after it. */
  junitPath?: string | undefined;
}

export interface CheckRunResult {
  outcome: ProcessOutcome;
  /** The report's cases; undefined without a report, or when the run did not write one. */
  cases: JUnitCase[] | undefined;
}

export type CheckRunner = (run: CheckRun) => Promise<CheckRunResult>;

/** Undefined in an extension host that cannot start processes. */
export const checkRunner: CheckRunner | undefined = async ({ junitPath, ...run }) => {
  if (junitPath) await fs.rm(junitPath, { force: true });
  const outcome = await runCheckProcess(run);
  const cases = junitPath ? await fs.readFile(junitPath, 'utf8').then(parseJUnit, () => undefined) : undefined;
  return { outcome, cases };
};
