// The trust gate's steps against a fake workbench: nothing asked in a trusted workspace; in Restricted Mode the
// modal first, VS Code's Workspace Trust editor only when the user asks for it, the action going on once trust is
// granted, and a refusal (at the modal or while waiting) said once, with nothing done.
import * as assert from 'node:assert/strict';
import { NotTrustedError, requireTrust, trustRequest, type TrustPort, type TrustRequest } from '../../src/trust/trustGate';

interface Script {
  trusted: boolean;
  /** The user's answer to the modal. */
  manage?: boolean;
  /** What the user does in the Workspace Trust editor: trust the folder, or cancel the waiting note. */
  inEditor?: 'trust' | 'cancel';
  /** The user trusts the folder from the editor before the note is shown (a fast click). */
  trustWhileOpening?: boolean;
}

/** A workbench that plays `script` and records what the user saw, in order. */
function fakePort(script: Script): TrustPort & { seen: string[] } {
  let trusted = script.trusted;
  const seen: string[] = [];
  return {
    seen,
    isTrusted: () => trusted,
    ask: async (request: TrustRequest) => {
      seen.push(`modal: ${request.message}`);
      return script.manage ?? false;
    },
    manage: async () => {
      seen.push('trust editor');
      if (script.trustWhileOpening) trusted = true;
    },
    waitForGrant: async (waiting) => {
      seen.push(`waiting: ${waiting}`);
      if (script.inEditor === 'trust') trusted = true;
      return script.inEditor === 'trust';
    },
    tell: (text) => seen.push(`told: ${text}`),
  };
}

describe('trust gate', () => {
  it('lets an action go on at once in a trusted workspace, asking nothing', async () => {
    const port = fakePort({ trusted: true });
    assert.equal(await requireTrust(port, 'scaffold'), true);
    assert.deepEqual(port.seen, []);
  });

  it('in Restricted Mode says why first, and a Cancel there opens nothing and says what did not happen', async () => {
    const port = fakePort({ trusted: false, manage: false });
    assert.equal(await requireTrust(port, 'scaffold'), false);
    assert.deepEqual(port.seen, [`modal: ${trustRequest('scaffold').message}`, `told: ${trustRequest('scaffold').refused}`]);
  });

  it('opens the Workspace Trust editor on request and goes on once the folder is trusted', async () => {
    const port = fakePort({ trusted: false, manage: true, inEditor: 'trust' });
    assert.equal(await requireTrust(port, 'check'), true);
    assert.deepEqual(port.seen, [`modal: ${trustRequest('check').message}`, 'trust editor', `waiting: ${trustRequest('check').waiting}`]);
    assert.equal(port.isTrusted(), true);
  });

  it('does not wait when the folder was trusted as the editor opened', async () => {
    const port = fakePort({ trusted: false, manage: true, trustWhileOpening: true });
    assert.equal(await requireTrust(port, 'scaffold'), true);
    assert.deepEqual(port.seen, [`modal: ${trustRequest('scaffold').message}`, 'trust editor']);
  });

  it('gives up when the user cancels the waiting note, saying what did not happen', async () => {
    const port = fakePort({ trusted: false, manage: true, inEditor: 'cancel' });
    assert.equal(await requireTrust(port, 'check'), false);
    assert.deepEqual(port.seen.slice(-1), [`told: ${trustRequest('check').refused}`]);
  });

  it('a refused scaffold rejects with what the user was told: nothing was written', () => {
    assert.equal(new NotTrustedError('scaffold').message, trustRequest('scaffold').refused);
    assert.match(trustRequest('scaffold').refused, /Nothing was written\.$/);
  });
});
