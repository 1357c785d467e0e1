// Which skills a checkable exercise practises: counted per role, never lost once gained (roles/practised.yaml),
// and the recorded floor kept up to date with the exercises in roles/.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { checkCoverage, coverageByRole, formatCoverage, lostSkills, practisedFloorYaml, practisedSkills } from '../../src/catalog/coverage';
import type { Exercise } from '../../src/catalog/exerciseSchema';
import { CatalogError } from '../../src/catalog/load';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import { loadExercises } from '../../src/catalog/loadExercises';
import type { RoleId } from '../../src/catalog/schema';
import { makeTempDir, positionOf, rolesDir } from './helpers';

const exercise = (skills: string[]) => ({ skills }) as Exercise;

describe('exercise coverage', () => {
  it('counts the skills of each role that any starter practises, another role’s starter included', () => {
    const catalog = loadCatalog(rolesDir);
    const exercises = new Map<RoleId, Exercise[]>([
      ['nodejs', [exercise(['node-typescript', 'node-middleware']), exercise(['node-typescript'])]],
      ['java-spring', [exercise(['spring-rest-api', 'gql-graphql-java'])]],
    ]);
    const rows = coverageByRole(catalog.roles, practisedSkills(exercises));
    const of = (roleId: string) => rows.find((row) => row.roleId === roleId);
    assert.deepEqual(of('nodejs'), { roleId: 'nodejs', practised: 2, total: 14 });
    assert.deepEqual(of('graphql'), { roleId: 'graphql', practised: 1, total: 17 });
    assert.deepEqual(of('python')?.practised, 0);
    assert.match(formatCoverage(rows), /^backend-beginner 0\/8 · nodejs 2\/14 · .* · all 4\/\d+$/);
  });

  it('a recorded skill no exercise names is lost, unless it was renamed to one that is practised', () => {
    const practised = new Set(['node-new']);
    assert.deepEqual(lostSkills(['node-old', 'node-gone'], practised, { 'node-old': 'node-new' }), ['node-gone']);
  });

  describe('roles/practised.yaml', () => {
    let temp: { dir: string; cleanup(): void };
    let roles: string;
    beforeEach(() => {
      temp = makeTempDir('bp-coverage-');
      roles = path.join(temp.dir, 'roles');
      fs.cpSync(rolesDir, roles, { recursive: true, filter: (source) => path.basename(source) !== 'starter' });
    });
    afterEach(() => temp.cleanup());

    it('the build fails at the line of a skill that had an exercise and has none now', () => {
      const text = practisedFloorYaml(['node-typescript', 'node-websockets']);
      fs.writeFileSync(path.join(roles, 'practised.yaml'), text);
      const catalog = loadCatalog(roles);
      const exercises = new Map<RoleId, Exercise[]>([['nodejs', [exercise(['node-typescript'])]]]);
      assert.throws(
        () => checkCoverage(roles, catalog, exercises),
        (error) =>
          error instanceof CatalogError &&
          error.problems.join('\n') ===
            `roles/practised.yaml:${positionOf(text, 'node-websockets')} practised[1]: skill "node-websockets" had a checkable exercise and has none now; name it in another first`,
      );
      const grown = checkCoverage(roles, catalog, new Map([['nodejs', [exercise(['node-typescript', 'node-websockets', 'node-nestjs'])]]]));
      assert.equal(grown.floorGrew, true);
    });
  });

  it('roles/practised.yaml records every skill practised today (record it: node scripts/build.mjs --check --record)', () => {
    const catalog = loadCatalog(rolesDir);
    const today = [...practisedSkills(loadExercises(rolesDir, catalog.roles))].sort();
    const recorded = (parse(fs.readFileSync(path.join(rolesDir, 'practised.yaml'), 'utf8')) as { practised: string[] }).practised;
    assert.deepEqual(
      today.filter((id) => !recorded.includes(id)),
      [],
    );
  });
});
