// roles/<id>/exercises.yaml: a valid file loads; every kind of mistake is refused with `file:line:col path: …`;
// the generated README section and manifest say what the data says.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError } from '../../src/catalog/load';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import { loadExercises } from '../../src/catalog/loadExercises';
import { MANIFEST_FORMAT, manifestExercises, manifestJson, parseManifest } from '../../src/exercises/manifest';
import { EXERCISES_MARKER, withExercises } from '../../src/exercises/readmeSection';
import { makeTempDir, positionOf, rolesDir } from './helpers';

const VALID = `exercises:
  - id: paginate
    title: Paginate the list
    skills: [node-express-fastify, node-typescript]
    instructions: |
      Support \`?limit=\`.
    hint: Look at the repository.
    check:
      argv: [node, node_modules/vitest/vitest.mjs, run, exercises/paginate.test.ts]
      files: [exercises/paginate.test.ts]
      junit: .backend-paths/results/paginate.xml
      needs: { path: node_modules, setup: npm install }
`;

describe('exercises.yaml', () => {
  let temp: { dir: string; cleanup(): void };
  let roles: string;

  beforeEach(() => {
    temp = makeTempDir('bp-exercises-');
    roles = path.join(temp.dir, 'roles');
    fs.cpSync(rolesDir, roles, {
      recursive: true,
      filter: (source) => path.basename(source) !== 'starter' && path.basename(source) !== 'exercises.yaml',
    });
    fs.mkdirSync(path.join(roles, 'nodejs', 'starter', 'exercises'), { recursive: true });
    fs.writeFileSync(path.join(roles, 'nodejs', 'starter', 'exercises', 'paginate.test.ts'), '');
  });
  afterEach(() => temp.cleanup());

  const load = (text: string) => {
    fs.writeFileSync(path.join(roles, 'nodejs', 'exercises.yaml'), text);
    return loadExercises(roles, loadCatalog(roles).roles);
  };
  const problems = (text: string): string[] => {
    try {
      load(text);
    } catch (error) {
      assert.ok(error instanceof CatalogError);
      return error.problems;
    }
    assert.fail('the broken exercises loaded');
  };

  it('a valid file loads, with the default timeout', () => {
    const [exercise] = load(VALID).get('nodejs') ?? [];
    assert.equal(exercise?.id, 'paginate');
    assert.equal(exercise?.check.timeoutSeconds, 120);
    assert.deepEqual(exercise?.skills, ['node-express-fastify', 'node-typescript']);
  });

  it("another role's skill is accepted: the starter where that skill is practised", () => {
    const [exercise] = load(VALID.replace('node-typescript]', 'gql-apollo-server]')).get('nodejs') ?? [];
    assert.deepEqual(exercise?.skills, ['node-express-fastify', 'gql-apollo-server']);
  });

  it('a skill of no role is refused where it is written', () => {
    const text = VALID.replace('node-typescript]', 'py-nope]');
    assert.deepEqual(problems(text), [
      `roles/nodejs/exercises.yaml:${positionOf(text, 'py-nope')} exercises[0].skills[1]: unknown skill id "py-nope" (not a skill of any role)`,
    ]);
  });

  it('a test file that is not in the starter is refused', () => {
    const text = VALID.replace('files: [exercises/paginate.test.ts]', 'files: [exercises/missing.test.ts]');
    assert.deepEqual(problems(text), [
      `roles/nodejs/exercises.yaml:${positionOf(text, 'exercises/missing.test.ts')} exercises[0].check.files[0]: "exercises/missing.test.ts" is not a file of roles/nodejs/starter`,
    ]);
  });

  it('a duplicate exercise id names the first one', () => {
    const second = VALID.slice('exercises:\n'.length);
    const found = problems(`${VALID}${second}`);
    assert.equal(found.length, 1);
    assert.match(
      found[0],
      /^roles\/nodejs\/exercises\.yaml:\d+:\d+ exercises\[1\]\.id: duplicate exercise id "paginate" \(first at roles\/nodejs\/exercises\.yaml:2:9\)$/,
    );
  });

  for (const [name, from, to, expected] of [
    ['a shell string instead of argv', /argv: \[.*\]/, 'argv: npm test', /exercises\[0\]\.check\.argv: /],
    ['an empty argv', /argv: \[.*\]/, 'argv: []', /exercises\[0\]\.check\.argv: needs the program to run/],
    [
      'a path out of the project',
      'junit: .backend-paths/results/paginate.xml',
      'junit: ../elsewhere.xml',
      /exercises\[0\]\.check\.junit: must be a relative path inside the project/,
    ],
    [
      'an absolute path',
      'junit: .backend-paths/results/paginate.xml',
      'junit: /tmp/x.xml',
      /exercises\[0\]\.check\.junit: must be a relative path/,
    ],
    ['an unknown field', '    hint:', '    hints: x\n    hint:', /exercises\[0\]\.hints: unknown field/],
    ['a timeout out of range', '      junit:', '      timeoutSeconds: 0\n      junit:', /exercises\[0\]\.check\.timeoutSeconds: /],
  ] as const) {
    it(`${name} is refused with file:line:col`, () => {
      const found = problems(VALID.replace(from, to));
      assert.equal(found.length, 1, found.join('\n'));
      assert.match(found[0], /^roles\/nodejs\/exercises\.yaml:\d+:\d+ /);
      assert.match(found[0], expected);
    });
  }

  it('generates the README section in place of the marker, and a manifest the extension reads back', () => {
    const exercises = load(VALID).get('nodejs') ?? [];
    const readme = withExercises(`# App\n\n## Exercises\n\n${EXERCISES_MARKER}\n\n## License\n`, manifestExercises(exercises), 'README.md');
    assert.ok(readme.includes('### 1. Paginate the list\n\nSupport `?limit=`.'));
    assert.ok(
      readme.includes(
        'Check: `node node_modules/vitest/vitest.mjs run exercises/paginate.test.ts` (tests in `exercises/paginate.test.ts`)',
      ),
    );
    assert.ok(readme.includes('Run `npm install` once before the first check.'));
    assert.ok(readme.includes('Skills: `node-express-fastify`, `node-typescript`'));
    assert.ok(readme.endsWith('## License\n'));
    assert.throws(
      () => withExercises('# no marker', manifestExercises(exercises), 'roles/x/starter/README.md'),
      /roles\/x\/starter\/README\.md: has no <!-- backend-paths:exercises --> line/,
    );

    const parsed = parseManifest(manifestJson('nodejs', exercises));
    assert.ok(parsed.ok);
    if (parsed.ok) {
      assert.equal(parsed.manifest.role, 'nodejs');
      assert.deepEqual(parsed.manifest.exercises[0]?.argv, ['node', 'node_modules/vitest/vitest.mjs', 'run', 'exercises/paginate.test.ts']);
      assert.deepEqual(parsed.manifest.exercises[0]?.needs, { path: 'node_modules', setup: 'npm install' });
    }
    assert.equal((JSON.parse(manifestJson('nodejs', exercises)) as { format: string }).format, MANIFEST_FORMAT);
  });
});
