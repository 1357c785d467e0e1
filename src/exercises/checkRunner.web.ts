// checkRunner.ts for the web worker extension host, which cannot start processes: no runner, so a check says it
// needs desktop VS Code or a remote window (exerciseTests.ts).
import type { CheckRunner } from './checkRunner';

export const checkRunner: CheckRunner | undefined = undefined;
