// The workspace roles' loader over in-memory files: valid roles load with namespaced ids, broken YAML and schema
// errors are problems at exact ranges with the catalog's own wording, collisions with built-in ids and between
// workspace roles are caught, a fork of every built-in role loads, and one broken file never stops the others.
import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import { KEBAB_ID } from '../../src/catalog/ids';
import { roleJsonSchema } from '../../src/content';
import { formatProblem, type Problem } from '../../src/catalog/problems';
import { loadWorkspaceRoles, type WorkspaceFile } from '../../src/workspaceRoles/loadWorkspaceRoles';
import { roleIdProblem } from '../../src/workspaceRoles/roleFiles';
import { forkRoleYaml, newRoleYaml } from '../../src/workspaceRoles/roleTemplates';
import { parse as parseYaml } from 'yaml';
import { realCatalog } from './helpers';

const FOLDER = 'app';
const role = (roleDir: string, text: string, folder = FOLDER): WorkspaceFile => ({
  source: { folder, uri: `file:///${folder}/.backend-paths/roles/${roleDir}/role.yaml` },
  roleDir,
  text,
});
const renamed = (text: string): WorkspaceFile => ({
  source: { folder: FOLDER, uri: `file:///${FOLDER}/.backend-paths/roles/renamed.yaml` },
  text,
});
const load = (...files: WorkspaceFile[]) => loadWorkspaceRoles(files, realCatalog());
const lines = (problems: Map<string, Problem[]>) => [...problems.values()].flat().map(formatProblem);

describe('workspace roles: loading from text', () => {
  it('loads a new role skeleton with every id in the workspace namespace', () => {
    const { catalog, problems } = load(role('team', newRoleYaml('team', 'Team path')));
    assert.deepEqual(lines(problems), []);
    assert.equal(catalog.roles.length, 1);
    const [{ role: loaded, source }] = catalog.roles;
    assert.equal(loaded.id, 'ws-team');
    assert.equal(loaded.title, 'Team path');
    assert.deepEqual(
      loaded.skillGroups[0].skills.map((s) => s.id),
      ['ws-team-first-skill'],
    );
    assert.deepEqual(loaded.projects[0].skills, ['ws-team-first-skill']);
    assert.equal(source.folder, FOLDER);
  });

  it('a fork of every built-in role loads, and none of its ids is a built-in id', () => {
    const catalog = realCatalog();
    const builtIn = new CatalogIndex(catalog);
    const files = catalog.roles.map((r) => role(`my-${r.id}`, forkRoleYaml(r, `my-${r.id}`, `My ${r.title}`)));
    const loaded = load(...files);
    assert.deepEqual(lines(loaded.problems), []);
    assert.equal(loaded.catalog.roles.length, catalog.roles.length);
    const forkOfNode = loaded.catalog.roles.find((r) => r.role.id === 'ws-my-nodejs')?.role;
    assert.equal(forkOfNode?.skillGroups.flatMap((g) => g.skills).length, 14);
    for (const { role: fork } of loaded.catalog.roles) {
      for (const group of fork.skillGroups) for (const skill of group.skills) assert.equal(builtIn.skill(skill.id), undefined, skill.id);
      for (const question of fork.interview) assert.equal(builtIn.question(question.id), undefined, question.id);
    }
  });

  it('a role.json loads like role.yaml (JSON is YAML), and its problems name the JSON file at their place', () => {
    const skeleton = newRoleYaml('team', 'Team');
    const json = (text: string, roleDir = 'team'): WorkspaceFile => ({
      ...role(roleDir, text),
      source: { folder: FOLDER, uri: `file:///${FOLDER}/.backend-paths/roles/${roleDir}/role.json` },
    });
    const asJson = JSON.stringify(parseYaml(skeleton), null, 2);
    const loaded = load(json(asJson));
    assert.deepEqual(lines(loaded.problems), []);
    assert.equal(loaded.catalog.roles[0].role.title, 'Team');
    const broken = load(json(asJson.replace('"title": "Team"', '"title": "Team",\n  "colour": "blue"')));
    const [problem] = lines(broken.problems);
    const line = asJson.split('\n').findIndex((l) => l.includes('"title"')) + 2;
    assert.match(problem, new RegExp(`^app/\\.backend-paths/roles/team/role\\.json:${line}:3 `));
  });

  it('broken YAML is a problem at its place; the other roles still load', () => {
    const { catalog, problems } = load(role('team', newRoleYaml('team', 'Team')), role('bad', 'id: bad\ntitle: [unclosed\n'));
    assert.deepEqual(
      catalog.roles.map((r) => r.role.id),
      ['ws-team'],
    );
    assert.equal(catalog.broken.length, 1);
    assert.equal(catalog.broken[0].name, 'bad');
    const [first] = lines(problems);
    assert.match(first, /^app\/\.backend-paths\/roles\/bad\/role\.yaml:\d+:\d+ /);
    assert.equal(catalog.broken[0].problem.file, 'app/.backend-paths/roles/bad/role.yaml');
  });

  it('an unknown field is reported on its key, with its range, as --check words it', () => {
    const text = newRoleYaml('team', 'Team').replace('title: Team\n', 'title: Team\ncolour: blue\n');
    const { problems, catalog } = load(role('team', text));
    const [problem] = [...problems.values()].flat();
    const line = text.split('\n').findIndex((l) => l.startsWith('colour:')) + 1;
    assert.deepEqual(problem.at, { file: 'app/.backend-paths/roles/team/role.yaml', line, col: 1, endLine: line, endCol: 7 });
    assert.equal(problem.message, 'colour: unknown field (check the spelling)');
    assert.equal(formatProblem(problem), `app/.backend-paths/roles/team/role.yaml:${line}:1 colour: unknown field (check the spelling)`);
    assert.deepEqual(catalog.roles, []);
  });

  it('a doc link that is not https is reported at the url', () => {
    const text = newRoleYaml('team', 'Team').replace('https://developer.mozilla.org/', 'http://developer.mozilla.org/');
    const [problem] = [...load(role('team', text)).problems.values()].flat();
    assert.equal(problem.message, 'skillGroups[0].skills[0].docs[0].url: must be an https:// URL');
    const line = text.split('\n').findIndex((l) => l.includes('http://')) + 1;
    assert.equal(problem.at?.line, line);
    assert.equal(
      text.split('\n')[line - 1].slice((problem.at?.col ?? 0) - 1, (problem.at?.endCol ?? 0) - 1),
      'http://developer.mozilla.org/',
    );
  });

  it('a skill id, question id or Learn word of a built-in role is refused; so is a built-in role id', () => {
    const catalog = realCatalog();
    const builtInSkill = catalog.roles[1].skillGroups[0].skills[0].id;
    const text = newRoleYaml('team', 'Team').replaceAll('team-first-skill', builtInSkill).replace('- team\n', '- fastapi\n');
    const messages = [...load(role('team', text)).problems.values()].flat().map((p) => p.message);
    assert.deepEqual(messages, [
      `learn.aliases[0]: alias "fastapi" is a Learn word of a built-in role; choose another`,
      `skillGroups[0].skills[0].id: id "${builtInSkill}" is a built-in skill's id; choose another`,
    ]);
    const nodejs = load(role('nodejs', newRoleYaml('nodejs', 'Node')));
    assert.ok([...nodejs.problems.values()].flat().some((p) => p.message === 'id: is a built-in role id; choose another'));
  });

  it('duplicate skill ids across workspace roles: the second file is broken, the first loads', () => {
    const { catalog, problems } = load(
      role('one', newRoleYaml('one', 'One')),
      role('two', newRoleYaml('one', 'Two').replace('id: one', 'id: two').replace('- one\n', '- two\n')),
    );
    assert.deepEqual(
      catalog.roles.map((r) => r.role.id),
      ['ws-one'],
    );
    assert.deepEqual(
      catalog.broken.map((b) => b.name),
      ['two'],
    );
    assert.match(
      lines(problems).join('\n'),
      /roles\/two\/role\.yaml:\d+:\d+ skillGroups\[0\]\.skills\[0\]\.id: duplicate id "one-first-skill" \(first at app\/\.backend-paths\/roles\/one\/role\.yaml:\d+:\d+\)/,
    );
  });

  it('an id that does not match its folder is a problem', () => {
    const messages = [...load(role('folder', newRoleYaml('other', 'X'))).problems.values()].flat().map((p) => p.message);
    assert.deepEqual(messages, ['id: "other" does not match its folder "folder"']);
  });

  it('renamed.yaml: renames are namespaced; a rename loop is a problem', () => {
    const team = role('team', newRoleYaml('team', 'Team'));
    const ok = load(team, renamed('old-skill: team-first-skill\n'));
    assert.deepEqual({ ...ok.catalog.renamed }, { 'ws-old-skill': 'ws-team-first-skill' });
    const loop = load(team, renamed('a: b\nb: a\n'));
    assert.deepEqual(
      [...loop.problems.values()].flat().map((p) => p.message),
      ['a: the renames loop back to "a"', 'b: the renames loop back to "b"'],
    );
    assert.deepEqual(
      loop.catalog.broken.map((b) => b.name),
      ['renamed.yaml'],
    );
  });

  it('the index holds workspace roles beside the built-in ones and follows their renames', () => {
    const index = new CatalogIndex(realCatalog());
    let changes = 0;
    index.onDidChange(() => changes++);
    const { catalog } = load(role('team', newRoleYaml('team', 'Team')), renamed('old-skill: team-first-skill\n'));
    index.setWorkspaceRoles(catalog);
    assert.equal(changes, 1);
    assert.equal(index.roles.length, realCatalog().roles.length + 1);
    assert.equal(index.skill('ws-team-first-skill')?.role.id, 'ws-team');
    assert.equal(index.sourceOf('ws-team')?.folder, FOLDER);
    assert.equal(index.currentSkillId('ws-old-skill'), 'ws-team-first-skill');
    assert.equal(index.catalogRole('ws-team'), undefined);
  });

  it('new role ids: kebab-case, never a built-in role id', () => {
    assert.equal(roleIdProblem('team-node'), undefined);
    assert.match(roleIdProblem('Team') ?? '', /lower-case/);
    assert.match(roleIdProblem('nodejs') ?? '', /built-in/);
  });
});

describe('workspace roles: the JSON Schema for the YAML extension', () => {
  it('is generated from the zod schema: strict like it, with its required fields and id pattern', () => {
    const schema = roleJsonSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { pattern?: string }>;
    };
    assert.equal(schema.additionalProperties, false, 'unknown fields are errors there too');
    assert.deepEqual(schema.required, [
      'id',
      'title',
      'icon',
      'summary',
      'level',
      'duration',
      'market',
      'learn',
      'skillGroups',
      'projects',
      'stack',
    ]);
    assert.equal(schema.properties.id.pattern, KEBAB_ID.source);
  });
});
