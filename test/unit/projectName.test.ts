// What a starter project may be called, and the names each stack derives from it.
import * as assert from 'node:assert/strict';
import type { StarterRules } from '../../src/catalog/starterSchema';
import { deriveNames, MAX_PROJECT_NAME_LENGTH, projectNameProblem } from '../../src/scaffold/projectName';

describe('projectNameProblem', () => {
  for (const name of [
    'order-service',
    'api',
    'a',
    'my-app-2',
    'x1',
    'demo-app',
    'a'.repeat(MAX_PROJECT_NAME_LENGTH),
    'console',
    'classroom',
    'my-class',
  ]) {
    it(`accepts ${JSON.stringify(name.length > 20 ? `${name.slice(0, 8)}…(${name.length})` : name)}`, () => {
      assert.equal(projectNameProblem(name), undefined);
    });
  }

  const CHARACTERS = 'Use only lower-case letters a–z, digits and dashes.';
  const DASHES = 'Dashes go between words: no dash at the end, no double dashes.';
  const reserved = (word: string) => `"${word}" is a reserved name in one of the starter stacks; choose another.`;
  const refused: [string, string, string][] = [
    ['empty', '', 'Enter a project name.'],
    ['..', '..', 'A project name cannot contain "..".'],
    ['a..b', 'a..b', 'A project name cannot contain "..".'],
    ['a slash', 'a/b', 'A project name is one folder name: no slashes.'],
    ['a backslash', 'a\\b', 'A project name is one folder name: no slashes.'],
    ['a path escaping upwards', '../evil', 'A project name is one folder name: no slashes.'],
    ['an absolute path', '/etc', 'A project name is one folder name: no slashes.'],
    ['CON (refused for its upper case)', 'CON', CHARACTERS],
    ['con', 'con', reserved('con')],
    ['nul', 'nul', reserved('nul')],
    ['aux', 'aux', reserved('aux')],
    ['com1', 'com1', reserved('com1')],
    ['lpt9', 'lpt9', reserved('lpt9')],
    ['class (a Java keyword)', 'class', reserved('class')],
    ['import (Java and Python)', 'import', reserved('import')],
    ['a name whose Python module is a keyword', 'a-s', reserved('as')],
    ['a name whose Java package is a keyword', 'go-to', reserved('goto')],
    ['node-modules', 'node-modules', reserved('node-modules')],
    ['a double dash', 'my--app', DASHES],
    ['a trailing dash', 'app-', DASHES],
    ['a leading dash', '-app', 'Start the project name with a letter.'],
    ['a leading digit', '1app', 'Start the project name with a letter.'],
    ['300 characters', 'a'.repeat(300), `A project name has at most ${MAX_PROJECT_NAME_LENGTH} characters (this one has 300).`],
    ['65 characters', 'a'.repeat(65), 'A project name has at most 64 characters (this one has 65).'],
    ['café', 'café', CHARACTERS],
    ['naïve-app', 'naïve-app', CHARACTERS],
    ['an emoji', 'app-🚀', CHARACTERS],
    ['a space', 'my app', CHARACTERS],
    ['a leading space', ' app', CHARACTERS],
    ['a trailing newline', 'app\n', CHARACTERS],
    ['an underscore', 'my_app', CHARACTERS],
    ['a dot', 'my.app', CHARACTERS],
    ['upper case', 'MyApp', CHARACTERS],
    ['a NUL character', 'app\u0000', CHARACTERS],
  ];
  for (const [label, name, message] of refused) {
    it(`refuses ${label}`, () => {
      assert.equal(projectNameProblem(name), message);
    });
  }
});

describe("projectNameProblem with a starter's rules", () => {
  const rules: StarterRules = {
    maxLength: { length: 20, reason: 'Its bucket name has at most 63 characters.' },
    reserved: [
      { variable: 'snakeName', names: ['typing_extensions', 'logging'], reason: 'The package "{name}" would shadow {name}.' },
      { variable: 'pascalName', names: ['SpringBoot'], reason: 'The class "{name}Application" would clash.' },
      { variable: 'projectName', names: ['kube-system'], reason: 'Kubernetes keeps "{name}".' },
    ],
  };

  const refused: [string, string][] = [
    ['typing-extensions', 'The package "typing_extensions" would shadow typing_extensions. Choose another name.'],
    ['logging', 'The package "logging" would shadow logging. Choose another name.'],
    ['spring-boot', 'The class "SpringBootApplication" would clash. Choose another name.'],
    ['kube-system', 'Kubernetes keeps "kube-system". Choose another name.'],
    ['a'.repeat(21), 'This starter takes names of at most 20 characters (this one has 21). Its bucket name has at most 63 characters.'],
  ];
  for (const [name, message] of refused) {
    it(`refuses ${name.length > 20 ? `${name.length} characters` : name}, saying why`, () => {
      assert.equal(projectNameProblem(name, rules), message);
      assert.equal(projectNameProblem(name), undefined, 'and only for that starter');
    });
  }

  for (const name of ['springboot', 'typing', 'logging2', 'kube', 'a'.repeat(20), 'constructor', 'to-string', 'proto']) {
    it(`accepts ${name}: no derived name is reserved`, () => {
      assert.equal(projectNameProblem(name, rules), undefined);
    });
  }

  it('the general rules come first', () => {
    assert.equal(projectNameProblem('class', rules), '"class" is a reserved name in one of the starter stacks; choose another.');
  });
});

describe('deriveNames', () => {
  it('order-service', () => {
    assert.deepEqual(deriveNames('order-service'), {
      projectName: 'order-service',
      snakeName: 'order_service',
      pascalName: 'OrderService',
      camelName: 'orderService',
      flatName: 'orderservice',
    });
  });

  it('one word', () => {
    assert.deepEqual(deriveNames('api'), { projectName: 'api', snakeName: 'api', pascalName: 'Api', camelName: 'api', flatName: 'api' });
  });

  it('three words with digits', () => {
    assert.deepEqual(deriveNames('my-app-2'), {
      projectName: 'my-app-2',
      snakeName: 'my_app_2',
      pascalName: 'MyApp2',
      camelName: 'myApp2',
      flatName: 'myapp2',
    });
  });
});
