// Broken roles/ trees: each must be refused with a precise `file:line:col field.path: message`. Every case copies
// the real roles/ (without the starters) into a temporary folder and breaks exactly one thing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import { CatalogError } from '../../src/catalog/load';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import { ROLE_IDS, type Catalog } from '../../src/catalog/schema';
import { lineCol, makeTempDir, positionOf, rolesDir } from './helpers';

let temp: { dir: string; cleanup(): void };
let roles: string;

function read(relative: string): string {
  return fs.readFileSync(path.join(roles, relative), 'utf8');
}

function write(relative: string, text: string): string {
  fs.writeFileSync(path.join(roles, relative), text);
  return text;
}

/** Replaces exactly one occurrence of `from` in the file; returns the new text. */
function edit(relative: string, from: string | RegExp, to: string): string {
  const before = read(relative);
  const count =
    typeof from === 'string'
      ? before.split(from).length - 1
      : (before.match(new RegExp(from.source, `${from.flags.replace('g', '')}g`)) ?? []).length;
  assert.equal(count, 1, `${relative}: exactly one ${String(from)} to replace`);
  return write(relative, before.replace(from, to));
}

function problems(): string[] {
  try {
    loadCatalog(roles);
  } catch (error) {
    assert.ok(error instanceof CatalogError, `a CatalogError, not ${String(error)}`);
    assert.equal(error.message, `The role catalog has ${error.problems.length} problem(s):\n${error.problems.join('\n')}`);
    return error.problems;
  }
  assert.fail('the broken catalog loaded without error');
}

describe('catalog: broken documents', () => {
  beforeEach(() => {
    temp = makeTempDir('bp-catalog-');
    roles = path.join(temp.dir, 'roles');
    fs.cpSync(rolesDir, roles, { recursive: true, filter: (source) => path.basename(source) !== 'starter' });
  });
  afterEach(() => temp.cleanup());

  it('the unbroken copy loads (the fixture itself is sound)', () => {
    assert.equal(loadCatalog(roles).roles.length, 11);
  });

  it('a translation that names an id its role lacks, or a field the format lacks: reported at the key', () => {
    const text = write(
      'nodejs/role.es.yaml',
      'title: Desarrollador Node.js\nskills:\n  node-typescript:\n    name: TypeScript\n  node-nope:\n    name: Nada\ninterview:\n  nodejs-gil:\n    question: ¿Qué?\n',
    );
    edit('python/role.yaml', /^title: .*$/m, '$&');
    write('python/role.es.yaml', 'title: Python\ncolour: azul\n');
    assert.deepEqual(problems(), [
      `roles/nodejs/role.es.yaml:${positionOf(text, 'node-nope')} skills.node-nope: not a skill of roles/nodejs/role.yaml`,
      `roles/nodejs/role.es.yaml:${positionOf(text, 'nodejs-gil')} interview.nodejs-gil: not an interview question of roles/nodejs/role.yaml`,
      'roles/python/role.es.yaml:2:1 colour: unknown field (check the spelling)',
    ]);
  });

  it('a missing top-level field: reported at the document start', () => {
    edit('nodejs/role.yaml', 'title: Node.js/Express Developer\n', '');
    assert.deepEqual(problems(), ['roles/nodejs/role.yaml:1:1 title: Invalid input: expected string, received undefined']);
  });

  it('a missing nested field: reported at its parent mapping', () => {
    const text = edit('nodejs/role.yaml', '  wording: 4-6 months proficiency\n', '');
    const at = positionOf(text, 'minMonths: 4');
    assert.equal(at, '12:3');
    assert.deepEqual(problems(), [`roles/nodejs/role.yaml:${at} duration.wording: Invalid input: expected string, received undefined`]);
  });

  it('a field of the wrong type: reported at the value', () => {
    const text = edit('nodejs/role.yaml', '  demand: 5\n', '  demand: five\n');
    const at = positionOf(text, '  demand: five', '  demand: '.length);
    assert.deepEqual(problems(), [`roles/nodejs/role.yaml:${at} market.demand: Invalid input: expected number, received string`]);
  });

  it('a string where a list belongs', () => {
    const text = edit('python/role.yaml', /^stack:\n( {2}- .*\n)+/m, 'stack: Django\n');
    const at = positionOf(text, '\nstack: Django', '\nstack: '.length);
    assert.deepEqual(problems(), [`roles/python/role.yaml:${at} stack: Invalid input: expected array, received string`]);
  });

  it('an unknown key: names the key, says unknown field, at the key', () => {
    const text = edit('nodejs/role.yaml', '  demand: 5\n', '  demand: 5\n  demnad: 4\n');
    const at = positionOf(text, 'demnad:');
    assert.equal(at, '23:3');
    assert.deepEqual(problems(), [`roles/nodejs/role.yaml:${at} market.demnad: unknown field (check the spelling)`]);
  });

  it('an unknown key inside a skill of a list', () => {
    const text = edit('graphql/role.yaml', /(\n {6}- id: gql-operations\n)/, '$1        colour: blue\n');
    const at = positionOf(text, 'colour: blue');
    const problem = problems();
    assert.equal(problem.length, 1);
    assert.match(
      problem[0],
      new RegExp(`^roles/graphql/role\\.yaml:${at} skillGroups\\[0\\]\\.skills\\[1\\]\\.colour: unknown field \\(check the spelling\\)$`),
    );
  });

  it('a duplicate skill id across two files names both places', () => {
    const first = read('nodejs/role.yaml');
    const firstAt = positionOf(first, '- id: node-middleware', '- id: '.length);
    // py-flask (python's skillGroups[0].skills[2]) becomes node-middleware; its one project reference follows.
    edit('python/role.yaml', '      - id: py-flask\n', '      - id: node-middleware\n');
    const text = edit('python/role.yaml', 'skills: [py-flask]', 'skills: [node-middleware]');
    const at = positionOf(text, '- id: node-middleware', '- id: '.length);
    assert.deepEqual(problems(), [
      `roles/python/role.yaml:${at} skillGroups[0].skills[2].id: duplicate id "node-middleware" (first at roles/nodejs/role.yaml:${firstAt})`,
    ]);
    assert.equal(firstAt, '57:13');
  });

  it('a duplicate question id names both places', () => {
    const first = read('nodejs/role.yaml');
    const firstAt = positionOf(first, '- id: nodejs-event-loop', '- id: '.length);
    const text = edit('python/role.yaml', '- id: python-gil\n', '- id: nodejs-event-loop\n');
    const at = positionOf(text, '- id: nodejs-event-loop', '- id: '.length);
    assert.deepEqual(problems(), [
      `roles/python/role.yaml:${at} interview[1].id: duplicate question id "nodejs-event-loop" (first at roles/nodejs/role.yaml:${firstAt})`,
    ]);
  });

  it('malformed YAML: the parser message with file:line:col', () => {
    edit('nodejs/role.yaml', 'title: Node.js/Express Developer\n', 'title: "Node.js/Express Developer\n');
    const found = problems();
    assert.equal(found.length, 1);
    const match = /^roles\/nodejs\/role\.yaml:(\d+):(\d+) (.+)$/.exec(found[0]);
    assert.ok(match, found[0]);
    assert.equal(match[1], '2', 'the line of the unclosed quote');
    assert.ok(Number(match[2]) >= 8 && Number(match[2]) <= 35, `column within that line: ${match[2]}`);
    assert.match(match[3], /closing "quote/);
  });

  it('a duplicated key is a YAML error at the second key', () => {
    const text = edit('nodejs/role.yaml', 'icon: server-process\n', 'icon: server-process\nicon: again\n');
    const at = positionOf(text, 'icon: again');
    assert.deepEqual(problems(), [`roles/nodejs/role.yaml:${at} Map keys must be unique`]);
  });

  it('an empty file: "the file is empty"', () => {
    write('devops/role.yaml', '');
    assert.deepEqual(problems(), ['roles/devops/role.yaml:1:1 the file is empty']);
  });

  it('a file with only a comment is empty too', () => {
    write('devops/role.yaml', '# nothing yet\n');
    assert.deepEqual(problems(), ['roles/devops/role.yaml:1:1 the file is empty']);
  });

  it('a missing role file', () => {
    fs.rmSync(path.join(roles, 'graphql', 'role.yaml'));
    assert.deepEqual(problems(), ['roles/graphql/role.yaml: missing (every role needs one)']);
  });

  it('an unknown folder in roles/', () => {
    fs.mkdirSync(path.join(roles, 'rust'));
    assert.deepEqual(problems(), [`roles/rust: not a known role id (known: ${ROLE_IDS.join(', ')})`]);
  });

  it('a role whose id does not match its folder', () => {
    const text = edit('devops/role.yaml', /^id: devops$/m, 'id: nodejs');
    assert.deepEqual(problems(), [
      `roles/devops/role.yaml:${positionOf(text, 'id: nodejs', 4)} id: "nodejs" does not match its folder "devops"`,
    ]);
  });

  it('a project referencing an unknown skill id', () => {
    const text = edit('nodejs/role.yaml', '    skills:\n      - node-express-fastify\n', '    skills:\n      - node-nope\n');
    const at = positionOf(text, '      - node-nope', '      - '.length);
    assert.deepEqual(problems(), [
      `roles/nodejs/role.yaml:${at} projects[0].skills[0]: unknown skill id "node-nope" (not a skill of role nodejs)`,
    ]);
  });

  it("a project referencing another role's skill", () => {
    const text = edit('python/role.yaml', 'skills: [py-flask]', 'skills: [node-middleware]');
    const at = positionOf(text, '[node-middleware]', 1);
    const found = problems();
    assert.equal(found.length, 1);
    assert.match(
      found[0],
      new RegExp(
        `^roles/python/role\\.yaml:${at} projects\\[\\d+\\]\\.skills\\[0\\]: unknown skill id "node-middleware" \\(not a skill of role python\\)$`,
      ),
    );
  });

  it('renamed.yaml: an old id that still exists', () => {
    const text = write('renamed.yaml', '# renames\nnode-middleware: node-async-await\n');
    const at = positionOf(text, 'node-async-await');
    assert.equal(at, '2:18');
    assert.deepEqual(problems(), [`roles/renamed.yaml:${at} node-middleware: renamed, but a skill still has this id`]);
  });

  it('renamed.yaml: pointing to an id that does not exist', () => {
    const text = write('renamed.yaml', '# renames\nnode-gone: node-missing\n');
    const at = lineCol(text, text.indexOf('node-missing'));
    assert.deepEqual(problems(), [`roles/renamed.yaml:${at} node-gone: renamed to "node-missing", which is not a skill id`]);
  });

  it('renamed.yaml: an id that is not kebab-case', () => {
    // zod reports a bad record key as "Invalid key in record", located at the entry's value.
    const text = write('renamed.yaml', 'Node_Old: node-middleware\n');
    assert.deepEqual(problems(), [`roles/renamed.yaml:${positionOf(text, 'node-middleware')} Node_Old: Invalid key in record`]);
  });

  it('renamed.yaml: a valid rename loads and is followed by CatalogIndex', () => {
    write('renamed.yaml', '# renames\nnode-old-middleware: node-middleware\n');
    const catalog: Catalog = loadCatalog(roles);
    assert.deepEqual(catalog.renamed, { 'node-old-middleware': 'node-middleware' });
    assert.equal(new CatalogIndex(catalog).currentSkillId('node-old-middleware'), 'node-middleware');
  });

  it('renamed.yaml: a chain of renames that ends at a skill loads', () => {
    write('renamed.yaml', 'node-oldest: node-older\nnode-older: node-middleware\n');
    const catalog = loadCatalog(roles);
    assert.equal(new CatalogIndex(catalog).currentSkillId('node-oldest'), 'node-middleware');
  });

  it('renamed.yaml: renames that loop, or a chain that ends nowhere, are refused', () => {
    write('renamed.yaml', 'node-a: node-b\nnode-b: node-a\nnode-c: node-d\nnode-d: node-nowhere\n');
    assert.deepEqual(problems(), [
      'roles/renamed.yaml:1:9 node-a: the renames loop back to "node-a"',
      'roles/renamed.yaml:2:9 node-b: the renames loop back to "node-b"',
      'roles/renamed.yaml:3:9 node-c: renamed to "node-d" (and on to "node-nowhere"), which is not a skill id',
      'roles/renamed.yaml:4:9 node-d: renamed to "node-nowhere", which is not a skill id',
    ]);
  });

  it('an id that names a property of Object.prototype is refused', () => {
    const text = edit('python/role.yaml', '      - id: py-flask\n', '      - id: constructor\n');
    const found = problems();
    assert.ok(
      found.includes(
        `roles/python/role.yaml:${positionOf(text, 'constructor')} skillGroups[0].skills[2].id: is the name of a built-in JavaScript property; choose another id`,
      ),
      found.join('\n'),
    );
  });

  it('renamed.yaml: "constructor" is no rename (own keys only)', () => {
    assert.equal(new CatalogIndex(loadCatalog(roles)).currentSkillId('constructor'), 'constructor');
  });

  it('reports every problem at once, across files', () => {
    write('devops/role.yaml', '');
    fs.rmSync(path.join(roles, 'graphql', 'role.yaml'));
    edit('nodejs/role.yaml', '  demand: 5\n', '  demand: 5\n  demnad: 4\n');
    const found = problems();
    assert.equal(found.length, 3);
    assert.ok(found.some((p) => p.startsWith('roles/devops/role.yaml:1:1 the file is empty')));
    assert.ok(found.some((p) => p.startsWith('roles/graphql/role.yaml: missing')));
    assert.ok(found.some((p) => p.startsWith('roles/nodejs/role.yaml:23:3 market.demnad')));
  });
});
