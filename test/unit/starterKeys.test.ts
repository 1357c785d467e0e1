// Starter keys name a role's starters (`python`, `python/django`) in the pack, the CLI, the wizard and test/starters/;
// the variants the wizard offers come from the pack's keys and their starter.yaml titles.
import * as assert from 'node:assert/strict';
import { parseStarterKey, starterHome, starterKey } from '../../src/catalog/starterKeys';
import { starterLocations } from '../../src/catalog/starterDirs';
import { buildContent } from '../../src/content';
import { starterVariants } from '../../src/scaffold/starterVariants';
import { rolesDir } from './helpers';

describe('starter keys', () => {
  it('name a role’s first starter by the role id and another by <role-id>/<variant>', () => {
    assert.equal(starterKey('python'), 'python');
    assert.equal(starterKey('python', 'django'), 'python/django');
    assert.deepEqual(parseStarterKey('python'), { roleId: 'python', variant: undefined });
    assert.deepEqual(parseStarterKey('python/django'), { roleId: 'python', variant: 'django' });
    assert.equal(starterHome('python'), 'python');
    assert.equal(starterHome('python/django'), 'python/starters/django');
  });

  it('refuse anything else', () => {
    for (const key of ['', 'python/', '/django', 'python/django/x', 'Python', 'python/Django', '__proto__', 'python/../x'])
      assert.equal(parseStarterKey(key), undefined, key);
    assert.throws(() => starterHome('python/'), /not a starter key/);
  });

  it('every starter home of roles/ holds a starter/, each role’s first before its variants', () => {
    const keys = starterLocations(rolesDir).map(({ key }) => key);
    assert.ok(keys.length > 0);
    for (const key of keys) assert.ok(parseStarterKey(key), key);
    keys.forEach((key, i) => {
      const parts = parseStarterKey(key);
      if (parts?.variant) assert.ok(keys.indexOf(parts.roleId) < i, `${key} comes after ${parts.roleId}`);
    });
  });
});

describe('starterVariants', () => {
  it('lists each role’s other starters in pack order, titled from starter.yaml (the variant when it has none)', () => {
    const rules = new Map([['python/django', { title: 'Django', description: 'A Django project.', reserved: [] }]]);
    const variants = starterVariants(['nodejs', 'python', 'python/django', 'python/flask'], (key) => rules.get(key));
    assert.deepEqual(
      [...variants],
      [
        [
          'python',
          [
            { variant: 'django', title: 'Django', description: 'A Django project.' },
            { variant: 'flask', title: 'flask', description: undefined },
          ],
        ],
      ],
    );
  });
});

describe("the catalog's exercises of a role with more starters", () => {
  it('name the other starter each comes from, by its title; the first starter’s name none', () => {
    const python = buildContent(rolesDir).catalog.exercises?.python ?? [];
    const starters = new Set(python.map((exercise) => exercise.starter));
    assert.deepEqual([...starters], [undefined, 'Django', 'Flask']);
  });
});
