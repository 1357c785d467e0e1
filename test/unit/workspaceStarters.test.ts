// A workspace role's starter: its exercises.yaml is validated as a built-in one is (problems at their line and
// column, skills of the role itself, test files of its starter), its skills are namespaced like the role's, and a
// broken exercises.yaml or starter.yaml keeps the role loading while its starter cannot be scaffolded.
import * as assert from 'node:assert/strict';
import { formatProblem, type Problem } from '../../src/catalog/problems';
import { loadWorkspaceRoles, type WorkspaceFile } from '../../src/workspaceRoles/loadWorkspaceRoles';
import { newRoleYaml } from '../../src/workspaceRoles/roleTemplates';
import { realCatalog } from './helpers';

const ROLE_DIR = 'file:///app/.backend-paths/roles/team';
const EXERCISES = `exercises:
  - id: hello
    title: Say hello
    skills: [team-first-skill]
    instructions: Make the test pass.
    check:
      argv: [node, --test, test/hello.test.js]
      files: [test/hello.test.js]
`;

const teamRole = (extra: Partial<WorkspaceFile> = {}): WorkspaceFile => ({
  source: { folder: 'app', uri: `${ROLE_DIR}/role.yaml` },
  roleDir: 'team',
  text: newRoleYaml('team', 'Team'),
  starterFiles: ['README.md', 'test/hello.test.js'],
  ...extra,
});
const withExercises = (text: string) => teamRole({ exercises: { uri: `${ROLE_DIR}/exercises.yaml`, text } });
const load = (file: WorkspaceFile) => loadWorkspaceRoles([file], realCatalog());
const lines = (problems: Map<string, Problem[]>) => [...problems.values()].flat().map(formatProblem);

describe('workspace roles: starters and exercises', () => {
  it('a valid exercises.yaml gives the starter its exercises, skill ids namespaced like the role', () => {
    const { catalog, problems } = load(withExercises(EXERCISES));
    assert.deepEqual(lines(problems), []);
    const [{ role, starter }] = catalog.roles;
    assert.equal(role.id, 'ws-team');
    assert.deepEqual(starter?.brokenFiles, []);
    assert.equal(starter?.exercises?.length, 1);
    const [exercise] = starter?.exercises ?? [];
    assert.equal(exercise.id, 'hello');
    assert.deepEqual(exercise.skills, ['ws-team-first-skill']);
    assert.equal(exercise.check.timeoutSeconds, 120, 'the schema defaults apply');
  });

  it('a role without starter/ has no starter; one with starter/ and no exercises.yaml has one without exercises', () => {
    assert.equal(load(teamRole({ starterFiles: undefined })).catalog.roles[0].starter, undefined);
    assert.deepEqual(load(teamRole()).catalog.roles[0].starter, { brokenFiles: [] });
  });

  it('a schema problem in exercises.yaml is a diagnostic at its line and column; the role still loads, its starter is held back', () => {
    const text = EXERCISES.replace('    title: Say hello\n', '    title: Say hello\n    colour: blue\n');
    const { catalog, problems } = load(withExercises(text));
    const line = text.split('\n').findIndex((l) => l.includes('colour:')) + 1;
    assert.deepEqual(lines(problems), [
      `app/.backend-paths/roles/team/exercises.yaml:${line}:5 exercises[0].colour: unknown field (check the spelling)`,
    ]);
    assert.deepEqual([...problems.keys()], [`${ROLE_DIR}/exercises.yaml`]);
    assert.deepEqual(
      catalog.roles.map((r) => r.role.id),
      ['ws-team'],
    );
    assert.deepEqual(catalog.broken, []);
    assert.deepEqual(catalog.roles[0].starter, { brokenFiles: ['exercises.yaml'] });
  });

  it('broken YAML in exercises.yaml is a problem at its place and never breaks the role', () => {
    const { catalog, problems } = load(withExercises(`${EXERCISES}exercises: []\n`));
    const [problem] = [...problems.values()].flat();
    assert.equal(problem.file, 'app/.backend-paths/roles/team/exercises.yaml');
    assert.deepEqual([problem.at?.line, problem.at?.col], [EXERCISES.split('\n').length, 1]);
    assert.match(problem.message, /unique/);
    assert.equal(catalog.roles.length, 1);
  });

  it("an exercise naming a skill that is not the role's own, or a test file not in starter/, is a problem at that entry", () => {
    const builtInSkill = realCatalog().roles[1].skillGroups[0].skills[0].id;
    const text = EXERCISES.replace('[team-first-skill]', `[team-first-skill, ${builtInSkill}]`).replace(
      'files: [test/hello.test.js]',
      'files: [test/missing.test.js]',
    );
    const { problems } = load(withExercises(text));
    const at = (needle: string) => {
      const index = text.split('\n').findIndex((l) => l.includes(needle));
      return `${index + 1}:${text.split('\n')[index].indexOf(needle) + 1}`;
    };
    assert.deepEqual(lines(problems), [
      `app/.backend-paths/roles/team/exercises.yaml:${at(builtInSkill)} exercises[0].skills[1]: unknown skill id "${builtInSkill}" (not a skill of role team)`,
      `app/.backend-paths/roles/team/exercises.yaml:${at('test/missing')} exercises[0].check.files[0]: "test/missing.test.js" is not a file of app/.backend-paths/roles/team/starter`,
    ]);
  });

  it('starter.yaml: valid rules reach the starter; a broken one is a diagnostic and holds the starter back', () => {
    const rules = (text: string) => load(teamRole({ starterRules: { uri: `${ROLE_DIR}/starter.yaml`, text } }));
    const valid = rules('reserved:\n  - variable: snakeName\n    names: [test]\n    reason: It would hide the test package.\n');
    assert.deepEqual(lines(valid.problems), []);
    assert.deepEqual(valid.catalog.roles[0].starter?.rules?.reserved[0].names, ['test']);
    const broken = rules('maxLength: 10\n');
    assert.match(lines(broken.problems)[0], /^app\/\.backend-paths\/roles\/team\/starter\.yaml:1:\d+ maxLength: /);
    assert.deepEqual(broken.catalog.roles[0].starter, { brokenFiles: ['starter.yaml'] });
  });
});
