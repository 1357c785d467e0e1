// Which extension host Backend Paths really ran in, as it says itself: the Node one, or with BP_E2E_HOST=web the
// browser's web worker (its `browser` entry), where run-e2e.mjs runs the main journeys a second time.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { EXTENSION_HOST, useSession } from './session.mjs';

describe(`extension host: Backend Paths runs in the ${EXTENSION_HOST} extension host`, function () {
  const session = useSession('host');

  it('says in its Output channel which host runs it', async () => {
    await session.openView();
    const log = await session.outputChannel('Backend Paths');
    assert.match(log, new RegExp(`running in the ${EXTENSION_HOST} extension host`), log);
    await session.screenshot('host-output');
  });

  it("shows a workspace role, read by the workspace roles' lazy chunk", async () => {
    const folder = path.join(session.workspace, '.backend-paths', 'roles', 'team-path');
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'role.yaml'), TEAM_ROLE);
    await session.openView();
    await session.row('Workspace roles').waitFor();
    await session.expand('Workspace roles');
    await session.row('Team Path').waitFor();
  });
});

const TEAM_ROLE = `id: team-path
title: Team Path
icon: book
summary: Our team's path.
level: beginner
duration: { minMonths: 1, wording: "1 month" }
market: {}
learn: { aliases: [team-path], levels: [beginner] }
skillGroups:
  - id: basics
    title: Basics
    skills:
      - id: team-path-http
        name: HTTP
        description: Requests and responses.
        level: beginner
        docs: [{ title: MDN, url: "https://developer.mozilla.org/docs/Web/HTTP" }]
projects: [{ title: P, description: D, skills: [team-path-http] }]
stack: [Node.js]
`;
