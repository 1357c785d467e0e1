// Restricted Mode: the one gate for what needs a trusted workspace (writing a starter into it, running a check's
// code). In Restricted Mode it says why, offers VS Code's own Workspace Trust editor, and lets the action go on
// as soon as the user trusts the folder, without a reload; nothing happens before, and a refusal is said once.
// Pure: the workbench is reached through TrustPort (src/trust/workspaceTrust.ts), so it is unit-tested with a fake.
import * as l10n from '@vscode/l10n';

/** What asks for trust. */
export type TrustNeed = 'scaffold' | 'check';

/** What the user is told: the modal's message and detail, the note shown while waiting, what did not happen. */
export interface TrustRequest {
  message: string;
  detail: string;
  waiting: string;
  refused: string;
}

/** The words of a trust request, in the display language. */
export function trustRequest(need: TrustNeed): TrustRequest {
  switch (need) {
    case 'scaffold':
      return {
        message: l10n.t('Creating a starter project in this folder needs a trusted folder.'),
        detail: l10n.t(
          'This window is in Restricted Mode: you have not trusted the authors of the files in this folder yet. A starter project is made to be installed and run here. Trust the folder to create it; nothing is written until then.',
        ),
        waiting: l10n.t('Backend Paths: the starter project will be created once you trust this folder.'),
        refused: l10n.t('The starter project was not created: this folder is not trusted. Nothing was written.'),
      };
    case 'check':
      return {
        message: l10n.t('Checking an exercise runs code from this folder, so it needs a trusted folder.'),
        detail: l10n.t(
          "This window is in Restricted Mode: you have not trusted the authors of the files in this folder yet. A check runs the project's test runner on the project's code. Trust the folder to run it; nothing runs until then.",
        ),
        waiting: l10n.t('Backend Paths: the check will run once you trust this folder.'),
        refused: l10n.t('The check did not run: this folder is not trusted.'),
      };
  }
}

/** What the learner is told where a workspace role cannot be changed (src/trust/readOnlyRoles.ts). */
export function readOnlyNotice(): string {
  return l10n.t(
    'This window is in Restricted Mode and this role comes from the folder, so it is read-only: trust the folder to tick its skills and write notes on them.',
  );
}

/** Why a workspace role's starter is not offered in Restricted Mode (its files come from the untrusted folder). */
export function untrustedStarterNotice(roleTitle: string): string {
  return l10n.t(
    'This window is in Restricted Mode and the role "{0}" comes from this folder, so its starter project cannot be created: trust the folder to create it.',
    roleTitle,
  );
}

/** The modal's button, named as VS Code names its Workspace Trust editor. */
export const manageTrustLabel = (): string => l10n.t('Manage Workspace Trust');

/** The workbench, as the gate needs it. */
export interface TrustPort {
  isTrusted(): boolean;
  /** Shows the modal; resolves true when the user picks manageTrustLabel(). */
  ask(request: TrustRequest): Promise<boolean>;
  /** Opens VS Code's Workspace Trust editor. */
  manage(): Promise<void>;
  /** Shows `waiting` with a Cancel button; resolves true once trust is granted, false when the user cancels. */
  waitForGrant(waiting: string): Promise<boolean>;
  /** A notification that does not wait for an answer. */
  tell(text: string): void;
}

/** Resolves true when the action may go on: the workspace is trusted, or the user has just trusted it. */
export async function requireTrust(port: TrustPort, need: TrustNeed): Promise<boolean> {
  if (port.isTrusted()) return true;
  const request = trustRequest(need);
  const granted = await grant(port, request);
  if (!granted) port.tell(request.refused);
  return granted;
}

async function grant(port: TrustPort, request: TrustRequest): Promise<boolean> {
  if (!(await port.ask(request))) return false;
  await port.manage();
  // The check and the subscription run in one turn, so a grant cannot slip between them.
  return port.isTrusted() || port.waitForGrant(request.waiting);
}

/** Why an action did not happen: the user did not trust the folder (they have been told already). */
export class NotTrustedError extends Error {
  override name = 'NotTrustedError';
  constructor(need: TrustNeed) {
    super(trustRequest(need).refused);
  }
}
