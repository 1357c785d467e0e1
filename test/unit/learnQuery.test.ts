// The guide's "/learn" grammar over the real catalog: [/learn] [backend] <role> [group] [level].
import * as assert from 'node:assert/strict';
import type { Role } from '../../src/catalog/schema';
import { groupsToExpand, learnWords, parseLearnQuery, type LearnTarget } from '../../src/catalog/learnQuery';
import { realIndex } from './helpers';

function ok(query: string): LearnTarget {
  const result = parseLearnQuery(query, realIndex());
  if (!result.ok) assert.fail(`"${query}" was refused: ${result.message}`);
  return result.target;
}

function refused(query: string): string {
  const result = parseLearnQuery(query, realIndex());
  if (result.ok) assert.fail(`"${query}" was accepted as ${result.target.role.id}`);
  return result.message;
}

function summary(target: LearnTarget): { role: string; group?: string; level?: string } {
  return {
    role: target.role.id,
    ...(target.group ? { group: target.group.id } : {}),
    ...(target.level ? { level: target.level } : {}),
  };
}

describe('learn query grammar', () => {
  describe("the guide's four examples", () => {
    it('backend nodejs beginner', () => {
      assert.deepEqual(summary(ok('backend nodejs beginner')), { role: 'nodejs', level: 'beginner' });
    });

    it('/learn backend python fastapi intermediate (names the fastapi group)', () => {
      const target = ok('/learn backend python fastapi intermediate');
      assert.deepEqual(summary(target), { role: 'python', group: 'fastapi', level: 'intermediate' });
      assert.equal(target.group?.title, 'FastAPI');
    });

    it('backend java spring-boot advanced (two aliases of one role)', () => {
      assert.deepEqual(summary(ok('backend java spring-boot advanced')), { role: 'java-spring', level: 'advanced' });
    });

    it('backend graphql specialist', () => {
      assert.deepEqual(summary(ok('backend graphql specialist')), { role: 'graphql', level: 'specialist' });
    });
  });

  it('"beginner" alone means the backend-beginner role', () => {
    assert.deepEqual(summary(ok('beginner')), { role: 'backend-beginner', level: 'beginner' });
    assert.deepEqual(summary(ok('/learn backend beginner')), { role: 'backend-beginner', level: 'beginner' });
  });

  it('is case-insensitive and tolerates extra spaces', () => {
    assert.deepEqual(summary(ok('  /LEARN  Backend   NodeJS   BEGINNER ')), { role: 'nodejs', level: 'beginner' });
    assert.deepEqual(summary(ok('Python FastAPI')), { role: 'python', group: 'fastapi' });
  });

  it('a group alias alone names its role and group', () => {
    assert.deepEqual(summary(ok('django')), { role: 'python', group: 'django' });
  });

  it('role without level or group', () => {
    assert.deepEqual(summary(ok('microservices')), { role: 'microservices' });
  });

  it('an unknown word: message lists the valid words', () => {
    const { roles, groups, levels } = learnWords(realIndex());
    assert.deepEqual(levels, ['beginner', 'intermediate', 'advanced', 'specialist']);
    assert.ok(roles.includes('nodejs') && roles.includes('spring-boot') && roles.includes('graphql'));
    assert.deepEqual(groups, ['frameworks', 'django', 'fastapi']);
    assert.equal(
      refused('backend rust beginner'),
      `"rust" is not a role, framework or level I know. Roles: ${roles.join(', ')}. Frameworks: frameworks, django, fastapi. Levels: beginner, intermediate, advanced, specialist.`,
    );
  });

  it('two roles: an error naming both', () => {
    assert.equal(
      refused('backend nodejs python'),
      '"python" belongs to Python Backend Developer, but the query already names Node.js/Express Developer. Name one role.',
    );
    assert.match(
      refused('fastapi java'),
      /^"java" belongs to Java\/Spring Boot Developer, but the query already names Python Backend Developer\. Name one role\.$/,
    );
  });

  it("a level the role does not offer: message lists the role's levels", () => {
    assert.equal(
      refused('backend microservices beginner'),
      'Microservices Architect has no "beginner" level. Its levels: intermediate, advanced.',
    );
    assert.equal(
      refused('nodejs specialist'),
      'Node.js/Express Developer has no "specialist" level. Its levels: beginner, intermediate, advanced.',
    );
  });

  it('two different levels are refused; the same level twice is fine', () => {
    assert.equal(refused('nodejs beginner advanced'), 'Give one level, not both "beginner" and "advanced".');
    assert.deepEqual(summary(ok('nodejs advanced advanced')), { role: 'nodejs', level: 'advanced' });
  });

  it('no role at all (empty, or a level other than beginner)', () => {
    const { roles } = learnWords(realIndex());
    const expected = `Name a role, e.g. "backend nodejs beginner". Roles: ${roles.join(', ')}.`;
    assert.equal(refused(''), expected);
    assert.equal(refused('/learn backend'), expected);
    assert.equal(refused('advanced'), expected);
  });

  describe('groupsToExpand', () => {
    const python = () => realIndex().role('python') as Role;

    it('the named group only', () => {
      assert.deepEqual(
        groupsToExpand(ok('python fastapi intermediate')).map((g) => g.id),
        ['fastapi'],
      );
    });

    it('no level: every group', () => {
      assert.deepEqual(
        groupsToExpand(ok('python')).map((g) => g.id),
        ['framework-choices', 'django', 'fastapi'],
      );
    });

    it('a level: the groups that have skills at that level', () => {
      assert.deepEqual(
        groupsToExpand(ok('python advanced')).map((g) => g.id),
        ['django', 'fastapi'],
      );
      assert.deepEqual(
        groupsToExpand(ok('nodejs beginner')).map((g) => g.id),
        ['core-stack'],
      );
      assert.deepEqual(
        groupsToExpand(ok('graphql specialist')).map((g) => g.id),
        ['advanced-topics'],
      );
    });

    it('a level no group has: every group', () => {
      assert.deepEqual(
        groupsToExpand({ role: python(), level: 'specialist' }).map((g) => g.id),
        ['framework-choices', 'django', 'fastapi'],
      );
    });
  });
});
