// "Ids are forever": saved progress is keyed by skill id, so no id a release shipped may disappear unless
// roles/renamed.yaml maps it (possibly through a chain) to a skill that exists. Review state of interview cards is
// keyed by question id, so no released question id may disappear either: reword a question, never re-id it.
//
// Updating fixtures/released-skill-ids.json on release: APPEND every new skill id of the release (keep the list
// sorted), e.g. with
//   node -e "const c=require('./out/build/content.cjs').buildContent('roles').catalog;console.log(JSON.stringify(
//     c.roles.flatMap(r=>r.skillGroups.flatMap(g=>g.skills.map(s=>s.id))).sort(),null,2))"
// merged with the existing list. NEVER remove an id from it: a removed or renamed skill needs an entry in
// roles/renamed.yaml instead, and this test checks that. fixtures/released-question-ids.json: the same, for every
// interview question id of the release.
import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import type { Catalog } from '../../src/catalog/schema';
import { readFixture, realCatalog } from './helpers';

const released = readFixture<string[]>('released-skill-ids.json');
const releasedQuestions = readFixture<string[]>('released-question-ids.json');

function assertSortedUniqueIds(ids: readonly string[]): void {
  assert.deepEqual([...ids].sort(), ids);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
}

/** The released question ids that are no longer a question of `catalog`. */
function lostQuestionIds(catalog: Catalog, ids: readonly string[]): string[] {
  const index = new CatalogIndex(catalog);
  return ids.filter((id) => index.question(id) === undefined);
}

/** The released ids that no longer lead to a skill of `catalog`. */
function lostIds(catalog: Catalog, ids: readonly string[]): string[] {
  const index = new CatalogIndex(catalog);
  return ids.filter((id) => index.skill(index.currentSkillId(id)) === undefined);
}

describe('skill ids are forever', () => {
  it('the fixture is a sorted list of unique kebab-case ids', () => {
    assert.ok(released.length >= 141);
    assertSortedUniqueIds(released);
  });

  it('every released skill id is still a skill, or is renamed to one', () => {
    assert.deepEqual(lostIds(realCatalog(), released), []);
  });

  describe('the check itself', () => {
    /** The real catalog with one skill's id changed, and the given renames. */
    function withRename(from: string, to: string, renamed: Record<string, string>): Catalog {
      const catalog = structuredClone(realCatalog());
      for (const role of catalog.roles) {
        for (const group of role.skillGroups) for (const skill of group.skills) if (skill.id === from) skill.id = to;
      }
      catalog.renamed = renamed;
      return catalog;
    }

    it('fails when an id disappears without a rename', () => {
      assert.deepEqual(lostIds(withRename('node-pm2', 'node-process-managers', {}), released), ['node-pm2']);
    });

    it('passes when renamed.yaml maps it to the new id', () => {
      const catalog = withRename('node-pm2', 'node-process-managers', { 'node-pm2': 'node-process-managers' });
      assert.deepEqual(lostIds(catalog, released), []);
    });

    it('follows chains of renames, and fails on a chain that ends nowhere', () => {
      const chained = withRename('node-pm2', 'node-process-managers', { 'node-pm2': 'node-pm', 'node-pm': 'node-process-managers' });
      assert.deepEqual(lostIds(chained, released), []);
      const broken = withRename('node-pm2', 'node-process-managers', { 'node-pm2': 'node-pm' });
      assert.deepEqual(lostIds(broken, released), ['node-pm2']);
    });

    it('a cycle of renames terminates and counts as lost', () => {
      const cyclic = withRename('node-pm2', 'node-process-managers', { 'node-pm2': 'node-x', 'node-x': 'node-pm2' });
      assert.deepEqual(lostIds(cyclic, released), ['node-pm2']);
    });
  });
});

describe('question ids are forever', () => {
  it('the fixture is a sorted list of unique kebab-case ids', () => {
    assert.ok(releasedQuestions.length >= 106);
    assertSortedUniqueIds(releasedQuestions);
  });

  it('every released question id is still a question', () => {
    assert.deepEqual(lostQuestionIds(realCatalog(), releasedQuestions), []);
  });

  it('the check fails when a question is re-identified', () => {
    const catalog = structuredClone(realCatalog());
    catalog.roles[1].interview[0].id = 'nodejs-the-event-loop';
    assert.deepEqual(lostQuestionIds(catalog, releasedQuestions), ['nodejs-event-loop']);
  });
});
