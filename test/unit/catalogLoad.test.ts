// The real roles/ against the guide it was written from. The guide's content is in fixtures/seed-skills.json,
// derived once from the seed text (the project must not need ../shared at test time).
import * as assert from 'node:assert/strict';
import { CatalogIndex, skillIdsOfRole } from '../../src/catalog/catalogIndex';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import { ROLE_IDS, type Role } from '../../src/catalog/schema';
import { readFixture, realCatalog, rolesDir } from './helpers';

interface SeedRole {
  skillGroups: { title: string; skills: string[] }[];
  salary: { min: number; max: number } | null;
  projects?: string[];
}
interface Seed {
  roleOrder: string[];
  roles: Record<string, SeedRole>;
  jobMarketGrowthPercent: Record<string, number>;
}

const seed = readFixture<Seed>('seed-skills.json');

/** The guide writes some bullets as "**FastAPI**: Modern async, automatic docs"; the skill is then "FastAPI". */
function skillNameOf(bullet: string): string {
  const bold = /^\*\*(.+?)\*\*: /.exec(bullet);
  return bold ? bold[1] : bullet;
}

/** The prefix every skill id of a role starts with (roles/README.md). */
const PREFIXES: Record<string, string> = {
  'backend-beginner': 'basics-',
  nodejs: 'node-',
  python: 'py-',
  'java-spring': 'spring-',
  dotnet: 'dotnet-',
  graphql: 'gql-',
  'php-laravel': 'laravel-',
  'api-design': 'api-',
  microservices: 'ms-',
  'engineering-manager': 'em-',
  devops: 'ops-',
};

function role(id: string): Role {
  const found = realCatalog().roles.find((r) => r.id === id);
  assert.ok(found, `role ${id} is in the catalog`);
  return found;
}

describe('catalog: the real roles/', () => {
  it('validates', () => {
    const catalog = loadCatalog(rolesDir);
    assert.equal(catalog.roles.length, 11);
  });

  it('has all 11 role ids, in the guide order', () => {
    assert.deepEqual(
      realCatalog().roles.map((r) => r.id),
      seed.roleOrder,
    );
    assert.deepEqual([...ROLE_IDS], seed.roleOrder);
  });

  it('the seed fixture is complete (11 roles, every group has bullets)', () => {
    assert.deepEqual(Object.keys(seed.roles), seed.roleOrder);
    const bullets = Object.values(seed.roles).flatMap((r) => r.skillGroups.flatMap((g) => g.skills));
    assert.equal(bullets.length, 141);
  });

  for (const roleId of seed.roleOrder) {
    it(`${roleId}: every skill group and skill of the guide is present, verbatim`, () => {
      const seedRole = seed.roles[roleId];
      const actual = role(roleId);
      for (const seedGroup of seedRole.skillGroups) {
        const group = actual.skillGroups.find((g) => g.title === seedGroup.title);
        assert.ok(group, `${roleId}: a group titled "${seedGroup.title}" (have: ${actual.skillGroups.map((g) => g.title).join(', ')})`);
        const names = group.skills.map((s) => s.name);
        for (const bullet of seedGroup.skills) {
          assert.ok(
            names.includes(skillNameOf(bullet)),
            `${roleId} / ${seedGroup.title}: skill "${skillNameOf(bullet)}" (have: ${names.join(' | ')})`,
          );
        }
      }
    });
  }

  it('maps "**X**: text" bullets to the skill name X (python framework choices)', () => {
    const names = role('python').skillGroups.flatMap((g) => g.skills.map((s) => s.name));
    for (const expected of ['FastAPI', 'Django', 'Flask', 'Starlette']) assert.ok(names.includes(expected), expected);
    assert.equal(skillNameOf('**FastAPI**: Modern async, automatic docs'), 'FastAPI');
    assert.equal(skillNameOf('Express.js & Fastify frameworks'), 'Express.js & Fastify frameworks');
  });

  it("backend-beginner has the guide's 4 project titles, in order", () => {
    const titles = role('backend-beginner').projects.map((p) => p.title);
    assert.deepEqual(titles.slice(0, 4), seed.roles['backend-beginner']?.projects);
  });

  it('salary ranges match the guide (USD a year)', () => {
    let compared = 0;
    for (const roleId of seed.roleOrder) {
      const expected = seed.roles[roleId]?.salary;
      if (!expected) continue;
      const salary = role(roleId).market.salary;
      assert.ok(salary, `${roleId} has a salary`);
      assert.deepEqual(
        { min: salary.min, max: salary.max, currency: salary.currency, period: salary.period },
        { min: expected.min, max: expected.max, currency: 'USD', period: 'year' },
        roleId,
      );
      compared++;
    }
    assert.equal(compared, 9);
  });

  it("growth matches the guide's job-market table, and the table lists those roles", () => {
    const growth = seed.jobMarketGrowthPercent;
    assert.equal(Object.keys(growth).length, 6);
    for (const [roleId, percent] of Object.entries(growth)) {
      assert.equal(role(roleId).market.growthPercent, percent, roleId);
    }
    assert.deepEqual(
      realCatalog().shared.jobMarket.rows.map((r) => r.role),
      Object.keys(growth),
    );
  });

  it('skill ids are unique across the catalog, kebab-case and carry their role prefix', () => {
    const seen = new Map<string, string>();
    for (const r of realCatalog().roles) {
      const prefix = PREFIXES[r.id];
      for (const id of skillIdsOfRole(r)) {
        assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/, id);
        assert.ok(id.startsWith(prefix) && id.length > prefix.length, `${id} starts with ${prefix}`);
        assert.equal(seen.get(id), undefined, `${id} is in both ${seen.get(id)} and ${r.id}`);
        seen.set(id, r.id);
      }
    }
    assert.ok(seen.size >= 141, `${seen.size} skills`);
    assert.equal([...new CatalogIndex(realCatalog()).allSkills()].length, seen.size);
  });

  it('every role has at least 8 interview questions', () => {
    for (const r of realCatalog().roles) assert.ok(r.interview.length >= 8, `${r.id}: ${r.interview.length}`);
  });

  it('every documentation link is https', () => {
    let links = 0;
    for (const r of realCatalog().roles) {
      for (const group of r.skillGroups) {
        for (const skill of group.skills) {
          for (const doc of skill.docs) {
            assert.equal(new URL(doc.url).protocol, 'https:', `${skill.id}: ${doc.url}`);
            links++;
          }
        }
      }
    }
    assert.ok(links >= 141);
  });

  it('CatalogIndex finds roles and skills', () => {
    const index = new CatalogIndex(realCatalog());
    assert.equal(index.role('python')?.title, 'Python Backend Developer');
    const entry = index.skill('py-fastapi-pydantic');
    assert.equal(entry?.role.id, 'python');
    assert.equal(entry?.group.id, 'fastapi');
    assert.equal(entry?.skill.name, 'Pydantic validation');
    assert.equal(index.skill('no-such-skill'), undefined);
  });
});
