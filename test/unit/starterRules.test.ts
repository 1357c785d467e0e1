// roles/<role-id>/starter.yaml: the real files load and refuse the names the starters cannot take (those an outside
// review found among them), only for their own starter; broken files are refused with `file:line:col path: message`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError } from '../../src/catalog/load';
import { starterLocations } from '../../src/catalog/starterDirs';
import { loadStarterRules, type StarterRulesIndex } from '../../src/catalog/loadStarterRules';
import { ROLE_IDS, type RoleId } from '../../src/catalog/schema';
import { projectNameProblem } from '../../src/scaffold/projectName';
import { makeTempDir, positionOf, rolesDir } from './helpers';

describe('starter.yaml of the real roles/', () => {
  let rules: StarterRulesIndex;
  before(() => {
    rules = loadStarterRules(rolesDir);
  });

  it('every starter has one, a variant (<role-id>/<variant>) with the title the wizard shows', () => {
    const withStarter = starterLocations(rolesDir)
      .filter(({ dir }) => fs.existsSync(path.join(dir, 'starter')))
      .map(({ key }) => key);
    assert.deepEqual(Object.keys(rules).sort(), withStarter.sort());
    assert.ok(withStarter.some((key) => key.startsWith('python/')));
    for (const key of withStarter.filter((k) => k.includes('/'))) assert.ok(rules[key]?.title, key);
  });

  const refused: [RoleId, string, RegExp][] = [
    ['java-spring', 'spring', /^The main class "SpringApplication" would clash with Spring Boot's SpringApplication, which it imports\./],
    ['java-spring', 'spring-boot', /"SpringBootApplication"/],
    ['python', 'pydantic', /^The package "pydantic" would shadow Pydantic, which the project imports\./],
    ['python', 'typing', /^The package "typing" would shadow Python's standard module typing/],
    ['python', 'fastapi', /^The package "fastapi" would shadow FastAPI/],
    ['python', 'sqlalchemy', /^The package "sqlalchemy" would shadow SQLAlchemy/],
    ['python', 'logging', /standard module logging/],
    ['python', 'typing-extensions', /"typing_extensions" would shadow typing_extensions/],
    ['python', 'tests', /would merge with the project's tests\/ folder/],
    ['dotnet', 'task', /^The namespace "Task\.Api" would hide the Task type/],
    ['dotnet', 'program', /^The namespace "Program\.Api" would hide the starter's own Program type/],
    ['dotnet', 'app-db-context', /"AppDbContext\.Api" would hide the starter's own AppDbContext type/],
    ['dotnet', 'system', /would merge into the System namespace/],
    ['devops', 'a'.repeat(64), /^This starter takes names of at most 32 characters \(this one has 64\)\. The S3 bucket/],
    ['devops', 'a'.repeat(33), /at most 32 characters \(this one has 33\)/],
    ['devops', 'kube-system', /Kubernetes keeps the namespace "kube-system" for itself/],
  ];
  for (const [roleId, name, message] of refused) {
    it(`${roleId} refuses ${name.length > 20 ? `${name.length} characters` : name}, saying why; other starters take it`, () => {
      assert.match(projectNameProblem(name, rules[roleId]) ?? 'accepted', message);
      const other = roleId === 'nodejs' ? 'graphql' : 'nodejs';
      assert.equal(projectNameProblem(name, rules[other]), undefined);
    });
  }

  for (const [roleId, name] of [
    ['devops', 'a'.repeat(32)],
    ['python', 'typing2'],
    ['java-spring', 'spring-app'],
    ['dotnet', 'tasks'],
  ] as const) {
    it(`${roleId} takes ${name}`, () => assert.equal(projectNameProblem(name, rules[roleId]), undefined));
  }
});

describe('starter.yaml: broken files', () => {
  let temp: { dir: string; cleanup(): void };
  let roles: string;
  const file = (roleId: string) => path.join(roles, roleId, 'starter.yaml');

  /** A roles/ with every real starter.yaml and an (empty) starter/ folder beside each. */
  beforeEach(() => {
    temp = makeTempDir('bp-starter-rules-');
    roles = temp.dir;
    for (const id of ROLE_IDS) {
      if (!fs.existsSync(path.join(rolesDir, id, 'starter.yaml'))) continue;
      fs.mkdirSync(path.join(roles, id, 'starter'), { recursive: true });
      fs.copyFileSync(path.join(rolesDir, id, 'starter.yaml'), file(id));
    }
  });
  afterEach(() => temp.cleanup());

  function problems(): string[] {
    try {
      loadStarterRules(roles);
    } catch (error) {
      assert.ok(error instanceof CatalogError, String(error));
      return error.problems;
    }
    assert.fail('the broken starter.yaml loaded without error');
  }

  it('the unbroken copy loads', () => {
    assert.ok(loadStarterRules(roles).python);
  });

  it('a starter without starter.yaml', () => {
    fs.rmSync(file('graphql'));
    assert.deepEqual(problems(), [
      'roles/graphql/starter.yaml: missing (every starter lists the names it cannot take; see roles/README.md)',
    ]);
  });

  it('a starter.yaml without a starter', () => {
    fs.rmSync(path.join(roles, 'graphql', 'starter'), { recursive: true });
    assert.deepEqual(problems(), ['roles/graphql/starter.yaml: there is no roles/graphql/starter/ for it to describe']);
  });

  /** A python starter.yaml with one entry, `variable: snakeName`, `names: [fastapi]` and a reason unless given. */
  const entry = (lines: { variable?: string; names?: string; reason?: string; extra?: string }) =>
    `reserved:\n  - variable: ${lines.variable ?? 'snakeName'}\n    names: ${lines.names ?? '[fastapi]'}\n    reason: ${lines.reason ?? 'The package "{name}" would shadow FastAPI.'}\n${lines.extra ?? ''}`;
  const broken: [string, string, string, string][] = [
    [
      'an unknown variable',
      entry({ variable: 'snake' }),
      'snake\n',
      'reserved[0].variable: Invalid option: expected one of "projectName"|"snakeName"|"pascalName"|"camelName"|"flatName"',
    ],
    [
      'a name its variable can never hold',
      entry({ names: '[Task]' }),
      'Task]',
      'reserved[0].names[0]: "Task" can never be a snakeName (^[a-z][a-z0-9]*(_[a-z0-9]+)*$)',
    ],
    [
      'a reason with another placeholder',
      entry({ reason: 'The package "{name}" is {what}.' }),
      'The package',
      'reserved[0].reason: only {name} may appear in braces',
    ],
    [
      'a reason that is no sentence',
      entry({ reason: 'shadows {name}' }),
      'shadows',
      'reserved[0].reason: must be a sentence: a capital letter (or a quote) first, a full stop last',
    ],
    [
      'an unknown key',
      entry({ extra: '    varaible: pascalName\n' }),
      'varaible',
      'reserved[0].varaible: unknown field (check the spelling)',
    ],
  ];
  for (const [label, text, at, message] of broken) {
    it(label, () => {
      fs.writeFileSync(file('python'), text);
      assert.deepEqual(problems(), [`roles/python/starter.yaml:${positionOf(text, at)} ${message}`]);
    });
  }

  it('a name reserved twice: at the second, naming the first', () => {
    const text =
      'reserved:\n  - variable: snakeName\n    names: [fastapi, pydantic]\n    reason: One.\n  - variable: snakeName\n    names: [fastapi]\n    reason: Two.\n';
    fs.writeFileSync(file('python'), text);
    assert.deepEqual(problems(), [
      `roles/python/starter.yaml:${positionOf(text, 'fastapi]')} reserved[1].names[0]: "fastapi" is already reserved (reserved[0].names[0])`,
    ]);
  });

  it('a maxLength that is not a positive whole number', () => {
    const text = 'maxLength:\n  length: 0\n  reason: Too long.\nreserved: []\n';
    fs.writeFileSync(file('devops'), text);
    assert.deepEqual(problems(), [
      `roles/devops/starter.yaml:${positionOf(text, '0\n')} maxLength.length: Too small: expected number to be >0`,
    ]);
  });
});
