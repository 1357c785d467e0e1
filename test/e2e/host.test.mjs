// Which extension host Backend Paths really ran in, as it says itself: the Node one, or with BP_E2E_HOST=web the
// browser's web worker (its `browser` entry), where run-e2e.mjs runs the main journeys a second time.
import assert from 'node:assert/strict';
import { EXTENSION_HOST, openSession, screenshotOnFailure } from './session.mjs';

describe(`extension host: Backend Paths runs in the ${EXTENSION_HOST} extension host`, function () {
  let session;
  before(async () => {
    session = await openSession('host');
  });
  afterEach(screenshotOnFailure(() => session));
  after(async () => session?.close());

  it('says in its Output channel which host runs it', async () => {
    await session.openView();
    const log = await session.outputChannel('Backend Paths');
    assert.match(log, new RegExp(`running in the ${EXTENSION_HOST} extension host`), log);
    await session.screenshot('host-output');
  });
});
