import * as assert from 'node:assert/strict';
import type { Problem } from '../../src/catalog/problems';
import { NO_WORKSPACE_ROLES, type WorkspaceCatalog } from '../../src/catalog/workspaceCatalog';
import { decodeLoad, encodeLoad, loadKey } from '../../src/workspaceRoles/cachedLoad';

const problem: Problem = {
  file: 'w/.backend-paths/roles/bad/role.yaml',
  message: 'colour: unknown field',
  at: { file: 'x', line: 4, col: 1, endLine: 4, endCol: 7 },
};
const renamed = Object.create(null) as Record<string, string>;
renamed['ws-old'] = 'ws-new';
const catalog: WorkspaceCatalog = { ...NO_WORKSPACE_ROLES, renamed };
const loaded = { catalog, problems: new Map([['file:///w/.backend-paths/roles/bad/role.yaml', [problem]]]) };

describe('the workspace roles load kept for the next session', () => {
  it('reads back as it was loaded, under its key', async () => {
    const key = (await loadKey(['0.1.0', 'en', 'files']))!;
    const back = decodeLoad(encodeLoad(key, loaded), key);
    assert.deepEqual(back, loaded);
    assert.equal(Object.getPrototypeOf(back?.catalog.renamed), null);
  });

  it('is missed under any other key: another file text, language, version or catalog', async () => {
    const key = (await loadKey(['0.1.0', 'en', new Uint8Array([1]), 'files']))!;
    const bytes = encodeLoad(key, loaded);
    for (const parts of [
      ['0.1.0', 'en', new Uint8Array([1]), 'files!'],
      ['0.1.0', 'es', new Uint8Array([1]), 'files'],
      ['0.2.0', 'en', new Uint8Array([1]), 'files'],
      ['0.1.0', 'en', new Uint8Array([2]), 'files'],
      // The same characters split otherwise.
      ['0.1.0', 'en', new Uint8Array([1]), 'file', 's'],
    ]) {
      const other = (await loadKey(parts))!;
      assert.notEqual(other, key, JSON.stringify(parts.map(String)));
      assert.equal(decodeLoad(bytes, other), undefined);
    }
  });

  it('a damaged or foreign file is a miss, not an error', async () => {
    const key = (await loadKey(['k']))!;
    const bytes = encodeLoad(key, loaded);
    assert.equal(decodeLoad(bytes.subarray(0, 20), key), undefined);
    assert.equal(decodeLoad(new TextEncoder().encode('null'), key), undefined);
    assert.equal(decodeLoad(new TextEncoder().encode(JSON.stringify({ key })), key), undefined);
  });
});
