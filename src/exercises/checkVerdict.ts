// What a finished check means for the learner: passed, or failed with messages in their words (the test
// runner's failure messages from the JUnit report, else the end of its output). Pure.
import * as l10n from '@vscode/l10n';
import type { JUnitCase } from './junit';
import type { ProcessOutcome } from './runCheck';

export interface CheckMessage {
  /** One line: what is missing, as the check's assertion says it. */
  text: string;
  details?: string;
}

export type CheckVerdict = { passed: true; tests: number } | { passed: false; messages: CheckMessage[] } | { passed: undefined };

/** What to install when a check's program is missing; argv[0] names it. */
function installHint(program: string): string | undefined {
  switch (program) {
    case 'node':
    case 'npm':
    case 'npx':
      return l10n.t('Node.js 20 or newer ({0})', 'https://nodejs.org');
    case 'python3':
    case 'python':
      return l10n.t('Python 3.11 or newer ({0})', 'https://www.python.org/downloads/');
    case 'java':
      return l10n.t('a JDK 17 or newer ({0})', 'https://adoptium.net');
    case 'mvn':
      return l10n.t('a JDK 17 or newer ({0}); the project’s ./mvnw brings Maven', 'https://adoptium.net');
    case 'dotnet':
      return l10n.t('the .NET 8 SDK or newer ({0})', 'https://dotnet.microsoft.com/download');
    case 'php':
      return l10n.t('PHP 8.2 or newer ({0})', 'https://www.php.net/downloads');
    case 'composer':
      return 'Composer 2 (https://getcomposer.org)';
    default:
      return undefined;
  }
}

export function missingProgramMessage(program: string): string {
  const hint = installHint(program);
  return hint
    ? l10n.t('"{0}" was not found on your PATH. Install {1}, then run the check again.', program, hint)
    : l10n.t('"{0}" was not found on your PATH. Install it, then run the check again.', program);
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
      return { passed: false, messages: [{ text: l10n.t('The check could not start: {0}', outcome.message) }] };
    case 'timed-out':
      return {
        passed: false,
        messages: [{ text: l10n.t('The check took longer than {0} s and was stopped.', timeoutSeconds), details: tail(output) }],
      };
    case 'exited':
      break;
  }
  const failures = (cases ?? []).flatMap((c): CheckMessage[] =>
    c.failure ? [{ text: `${c.name}: ${c.failure.message.split('\n')[0]}`, details: c.failure.details || undefined }] : [],
  );
  if (outcome.code === 0 && failures.length === 0) {
    if (cases && cases.filter((c) => !c.skipped).length === 0)
      return { passed: false, messages: [{ text: l10n.t('The check ran no test.'), details: tail(output) }] };
    return { passed: true, tests: cases?.length ?? 0 };
  }
  if (failures.length > 0) return { passed: false, messages: failures };
  return { passed: false, messages: [{ text: l10n.t('The check failed (exit code {0}).', outcome.code), details: tail(output) }] };
}
