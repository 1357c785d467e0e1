// What a finished check means for the learner: passed, or failed with messages in their words (the test
// runner's failure messages from the JUnit report, else the end of its output). Pure.
import type { JUnitCase } from './junit';
import type { ProcessOutcome } from './runCheck';

export interface CheckMessage {
  /** One line: what is missing, as the check's assertion says it. */
  text: string;
  details?: string;
}

export type CheckVerdict = { passed: true; tests: number } | { passed: false; messages: CheckMessage[] } | { passed: undefined };

/** What to install when a check's program is missing; argv[0] names it. */
const INSTALL_HINTS: Record<string, string> = {
  node: 'Node.js 20 or newer (https://nodejs.org)',
  npm: 'Node.js 20 or newer (https://nodejs.org)',
  npx: 'Node.js 20 or newer (https://nodejs.org)',
  python3: 'Python 3.11 or newer (https://www.python.org/downloads/)',
  python: 'Python 3.11 or newer (https://www.python.org/downloads/)',
  java: 'a JDK 17 or newer (https://adoptium.net)',
  mvn: 'a JDK 17 or newer (https://adoptium.net); the project’s ./mvnw brings Maven',
  dotnet: 'the .NET 8 SDK or newer (https://dotnet.microsoft.com/download)',
  php: 'PHP 8.2 or newer (https://www.php.net/downloads)',
  composer: 'Composer 2 (https://getcomposer.org)',
};

export function missingProgramMessage(program: string): string {
  const hint = Object.prototype.hasOwnProperty.call(INSTALL_HINTS, program) ? INSTALL_HINTS[program] : undefined;
  return `"${program}" was not found on your PATH. ${hint ? `Install ${hint}, then` : 'Install it, then'} run the check again.`;
}

const OUTPUT_LINES = 30;

function tail(output: string): string {
  return output.trimEnd().split('\n').slice(-OUTPUT_LINES).join('\n');
}

/**
 * `cases` is the JUnit report when the check writes one (undefined when it does not, or the file is missing).
 * A check passes only when its process exits 0 and its report, if any, has tests and no failure.
 */
export function checkVerdict(
  outcome: ProcessOutcome,
  cases: readonly JUnitCase[] | undefined,
  output: string,
  timeoutSeconds: number,
): CheckVerdict {
  switch (outcome.kind) {
    case 'cancelled':
      return { passed: undefined };
    case 'missing-program':
      return { passed: false, messages: [{ text: missingProgramMessage(outcome.program) }] };
    case 'failed-to-start':
      return { passed: false, messages: [{ text: `The check could not start: ${outcome.message}` }] };
    case 'timed-out':
      return {
        passed: false,
        messages: [{ text: `The check took longer than ${timeoutSeconds} s and was stopped.`, details: tail(output) }],
      };
    case 'exited':
      break;
  }
  const failures = (cases ?? []).flatMap((c): CheckMessage[] =>
    c.failure ? [{ text: `${c.name}: ${c.failure.message.split('\n')[0]}`, details: c.failure.details || undefined }] : [],
  );
  if (outcome.code === 0 && failures.length === 0) {
    if (cases && cases.filter((c) => !c.skipped).length === 0)
      return { passed: false, messages: [{ text: 'The check ran no test.', details: tail(output) }] };
    return { passed: true, tests: cases?.length ?? 0 };
  }
  if (failures.length > 0) return { passed: false, messages: failures };
  return { passed: false, messages: [{ text: `The check failed (exit code ${outcome.code}).`, details: tail(output) }] };
}
