// Proves the names a learner may choose. run.mjs calls it after a starter's own check passed, with the project that
// check set up: the starter is scaffolded again under awkward but accepted names (the longest allowed, names that
// look like a dependency, a standard module or a generated type) and each gets the strongest check that is cheap
// here: build + tests reusing the installed node_modules (Node), import + pytest on Debian's packages (Python), the
// starter's own check plus a collision check of generated against imported type and namespace names (Java, C#),
// the starter's own check (PHP). The same analyses prove roles/<role-id>/starter.yaml complete (every name the code
// looks up that a project name could shadow is reserved), and the CLI must refuse each reserved name with its reason.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';
import { csharpParser, walk } from './checks/dotnet.mjs';
import { parseJavaFile } from './checks/java-spring.mjs';
import { listFiles, run } from './lib.mjs';
import { readYamlDocuments, validateKubernetes } from './schemas/validate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const cli = path.join(repo, 'dist', 'cli.js');
const compiled = path.join(repo, 'out', 'src', 'scaffold', 'projectName.js');
if (!fs.existsSync(compiled)) throw new Error('out/ is missing: run `npm run compile-tests` first.');
const { deriveNames, projectNameProblem, MAX_PROJECT_NAME_LENGTH } = await import(pathToFileURL(compiled).href);
const PYTHON = '/usr/bin/python3';

const LONGEST = Symbol('the longest name the starter accepts');
/**
 * Accepted names that look like a dependency, a standard module or a generated type. Node and PHP starters only put
 * the name into package.json, composer.json and strings, and their proofs take the longest: one name each, the
 * longest where the name meets a length limit (devops) or a package name's rules (composer.json).
 */
const AWKWARD = {
  'api-design': ['express'],
  'backend-beginner': ['better-sqlite3'],
  devops: [LONGEST],
  dotnet: [LONGEST, 'tasks', 'api', 'tests', 'system-text', 'todo-items', 'a1'],
  'engineering-manager': ['markdownlint-cli2'],
  graphql: ['graphql'],
  'java-spring': [LONGEST, 'spring-app', 'application', 'java', 'task', 'a1'],
  microservices: ['nats'],
  nodejs: ['express'],
  'nodejs/nestjs': ['rxjs'],
  'php-laravel': [LONGEST],
  python: [LONGEST, 'fastapi-app', 'typing2', 'test-app'],
  'python/django': [LONGEST, 'django-app', 'task', 'test-app'],
  'python/flask': [LONGEST, 'flask-app', 'tasks', 'test-app'],
};

// --- Names and rules ----------------------------------------------------------------------------------------------

/** roles/<role-id>/starter.yaml, or roles/<role-id>/starters/<variant>/starter.yaml for the key <role-id>/<variant>. */
function readRules(key) {
  const [roleId, variant] = key.split('/');
  const home = variant ? path.join(repo, 'roles', roleId, 'starters', variant) : path.join(repo, 'roles', roleId);
  const rules = YAML.parse(fs.readFileSync(path.join(home, 'starter.yaml'), 'utf8'));
  return { maxLength: rules.maxLength, reserved: rules.reserved ?? [] };
}

/** The `variable` values a starter.yaml reserves. */
function reservedValues(rules, variable) {
  return new Set(rules.reserved.filter((entry) => entry.variable === variable).flatMap((entry) => entry.names));
}

/** A project name whose {{bp.<variable>}} is `value` (the inverse of deriveNames). */
function projectNameFor(variable, value) {
  if (variable === 'snakeName') return value.replaceAll('_', '-');
  if (variable === 'pascalName' || variable === 'camelName') return value.replace(/(?<=.)([A-Z])/g, '-$1').toLowerCase();
  return value;
}

/** Names that the general rules refuse for every starter do not belong in a starter.yaml. */
function refusedForAll(variable, value) {
  return projectNameProblem(projectNameFor(variable, value)) !== undefined;
}

/** Fails listing the names a starter's code could be shadowed by that its starter.yaml does not reserve. */
function requireReserved(roleId, rules, variable, names, why) {
  const reserved = reservedValues(rules, variable);
  const missing = [...names].filter((name) => !reserved.has(name) && !refusedForAll(variable, name)).sort();
  if (missing.length > 0)
    throw new Error(`roles/${roleId.replace('/', '/starters/')}/starter.yaml must reserve (${variable}) ${missing.join(', ')}: ${why}`);
}

/** The longest accepted name: words and digits, `length` characters. */
function longestName(length) {
  const name = 'awkward-name-2-with-digits-30-and-many-words-such-as-api-and-app-x9'.slice(0, length);
  return name.endsWith('-') ? `${name.slice(0, -1)}z` : name;
}

function spawnCli(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stderr }));
  });
}

async function scaffold(roleId, name, workDir) {
  const dir = path.join(workDir, name);
  const { status, stderr } = await spawnCli(['scaffold', roleId, dir]);
  if (status !== 0) throw new Error(`the CLI refused the accepted name "${name}" for ${roleId}: ${stderr}`);
  return dir;
}

/**
 * Every reserved name, and one character over the starter's limit, is refused with its reason: by the name check
 * the CLI runs (in this process: hundreds of names), and by the CLI itself for the first name of each entry.
 */
async function checkRefusals(roleId, rules, workDir) {
  const entries = [
    ...rules.reserved.map((entry) =>
      entry.names.map((value) => ({ name: projectNameFor(entry.variable, value), expected: entry.reason.replaceAll('{name}', value) })),
    ),
    ...(rules.maxLength ? [[{ name: longestName(rules.maxLength.length + 1), expected: rules.maxLength.reason }]] : []),
  ];
  const problems = [];
  for (const { name, expected } of entries.flat()) {
    const problem = projectNameProblem(name, rules) ?? 'accepted';
    if (!problem.includes(expected)) problems.push(`"${name}": ${problem}`);
  }
  const target = path.join(workDir, 'refused');
  await Promise.all(
    entries.map(async ([{ name, expected }]) => {
      const { status, stderr } = await spawnCli(['scaffold', roleId, target, '--name', name]);
      if (status !== 2 || !stderr.includes(expected))
        problems.push(`the CLI with "${name}": exit ${status}, ${stderr.trim() || 'no message'}`);
    }),
  );
  if (fs.existsSync(target)) problems.push(`a refused name left ${target}`);
  if (problems.length > 0) throw new Error(`${roleId}: reserved names not refused with their reason:\n  ${problems.join('\n  ')}`);
  return entries.flat().length;
}

// --- Node: build and test, on the node_modules the starter's check installed ------------------------------------

function proveNode(dir, { projectDir }) {
  fs.symlinkSync(path.join(projectDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const env = { ...process.env, CI: 'true' };
  delete env.NODE_ENV;
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  if (pkg.scripts?.build) run('npm', ['run', 'build'], { cwd: dir, env });
  run('npm', ['test'], { cwd: dir, env });
}

/** devops also puts the name into Kubernetes objects: each stays a valid object with a valid DNS label. */
async function proveDevops(dir, context) {
  proveNode(dir, context);
  for (const file of listFiles(path.join(dir, 'k8s')).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml')) {
    for (const object of readYamlDocuments(path.join(dir, 'k8s', file))) {
      await validateKubernetes(object, `k8s/${file}`);
      const names = [object.metadata.name, ...Object.values(object.metadata.labels ?? {})];
      const bad = names.filter((n) => !/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(n));
      if (bad.length > 0)
        throw new Error(`devops: k8s/${file}: ${bad.join(', ')} is not a Kubernetes name (a DNS label of at most 63 characters)`);
    }
  }
}

// --- Python: import the app and run pytest from the project folder, as a learner does -------------------------

/**
 * Runs `steps` in the project folder with the project's package name `snake` (Python lines that import the app and
 * run its tests, setting `code` to 0 when they pass), then reports every module imported and the standard ones.
 */
function provePythonProject(dir, key, steps) {
  const snake = deriveNames(path.basename(dir)).snakeName;
  const report = `${dir}.json`;
  const script = [
    'import json, os, sys',
    ...steps(snake),
    "modules = sorted({name.split('.')[0] for name in sys.modules})",
    "json.dump({'code': int(code), 'modules': modules, 'stdlib': sorted(sys.stdlib_module_names)}, open(sys.argv[1], 'w'))",
  ].join('\n');
  run(PYTHON, ['-c', script, report], { cwd: dir, env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1' } });
  const result = JSON.parse(fs.readFileSync(report, 'utf8'));
  if (result.code !== 0) throw new Error(`${key}: the tests failed (${result.code}) for the name ${path.basename(dir)}`);
  return result;
}

const PYTEST = ['import pytest', "code = pytest.main(['-q', '-p', 'no:cacheprovider'])"];

/** The FastAPI starter: its app imported, then pytest. */
const provePython = (dir) => provePythonProject(dir, 'python', (snake) => [`import ${snake}.main`, ...PYTEST]);

/** The Django starter: its own tests through Django's runner, with the settings, URLs and WSGI app imported. */
const provePythonDjango = (dir) =>
  provePythonProject(dir, 'python/django', (snake) => [
    `os.environ['DJANGO_SETTINGS_MODULE'] = '${snake}.settings'`,
    'import django',
    'django.setup()',
    `import ${snake}.urls, ${snake}.wsgi`,
    'from django.test.runner import DiscoverRunner',
    'code = DiscoverRunner(verbosity=0, interactive=False).run_tests([])',
  ]);

/** The Flask starter: the app built by its factory, as `flask --app <package>` does, then pytest. */
const provePythonFlask = (dir) =>
  provePythonProject(dir, 'python/flask', (snake) => [
    'import tempfile',
    `from ${snake} import create_app`,
    "create_app({'DATABASE': os.path.join(tempfile.mkdtemp(), 'names.sqlite3')})",
    ...PYTEST,
  ]);

/** Every module the project ends up importing, and every standard module, is reserved (bar the project's own). */
const completePythonOf =
  (key) =>
  ({ modules, stdlib }, dir, rules) => {
    const own = deriveNames(path.basename(dir)).snakeName;
    const shadowable = [...modules, ...stdlib].filter((m) => m !== own && /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(m));
    requireReserved(key, rules, 'snakeName', new Set(shadowable), 'the project imports them, or they are standard modules');
  };

// --- Java: the starter's check, then types the name generates against the types each file imports --------------

function javaFiles(dir) {
  return listFiles(dir)
    .filter((f) => f.endsWith('.java'))
    .map((file) => {
      const { packageName, imports, types } = parseJavaFile(dir, file);
      const imported = imports.filter((i) => !i.endsWith('.*')).map((i) => i.split('.').pop());
      return { file, packageName, imported, declared: types.map((t) => t.name) };
    });
}

async function proveJava(dir, { check }) {
  await check.verify(dir);
  const files = javaFiles(dir);
  const seen = new Map();
  for (const { file, packageName, imported, declared } of files) {
    for (const type of declared) {
      if (imported.includes(type)) throw new Error(`java-spring: ${file} declares ${type} and imports another ${type}`);
      const first = seen.get(`${packageName}.${type}`);
      if (first) throw new Error(`java-spring: ${file} and ${first} both declare ${packageName}.${type}`);
      seen.set(`${packageName}.${type}`, file);
    }
  }
  return files;
}

/** For each type named after the project ({{bp.pascalName}}Application), every import it could clash with is reserved. */
function completeJava(files, dir, rules) {
  const pascal = deriveNames(path.basename(dir)).pascalName;
  const clashes = new Set();
  for (const { imported, declared } of files) {
    for (const type of declared.filter((t) => t.includes(pascal))) {
      const [before, after] = type.split(pascal);
      for (const name of imported) {
        const middle = name.startsWith(before) && name.endsWith(after) ? name.slice(before.length, name.length - after.length) : '';
        if (/^[A-Z][A-Za-z0-9]*$/.test(middle)) clashes.add(middle);
      }
    }
  }
  requireReserved('java-spring', rules, 'pascalName', clashes, `the class named after the project would clash with an import`);
}

// --- C#: the starter's check, then the root namespace against every name the code looks up ----------------------

// Identifiers that name a member, a method group or something declared here, never a type looked up by simple name.
const NOT_LOOKED_UP = new Set([
  'argument',
  'attribute_argument',
  'invocation_expression',
  'qualified_name',
  'alias_qualified_name',
  'using_directive',
]);
const DECLARES = /_declaration$|^variable_declarator$|^parameter$|^type_parameter$|^enum_member_declaration$|^record_declaration$/;

/**
 * The names C# resolves through the enclosing namespaces (so a namespace of that name would hide them): types in
 * type positions, types whose static members are used, types declared here; and the root namespaces imported
 * (`using`, the project files' <Using>, the SDK's implicit System and Microsoft usings).
 */
async function csharpLookups(dir) {
  const own = deriveNames(path.basename(dir)).pascalName;
  const parser = await csharpParser();
  const lookups = new Set();
  const qualifiers = new Set();
  const members = new Set();
  const typeParameters = new Set();
  const roots = new Set(['System', 'Microsoft']);
  for (const file of listFiles(dir).filter((f) => f.endsWith('.csproj'))) {
    for (const [, namespace] of fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/<Using Include="([\w.]+)"/g))
      roots.add(namespace.split('.')[0]);
  }
  for (const file of listFiles(dir).filter((f) => f.endsWith('.cs'))) {
    const tree = parser.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    for (const node of walk(tree.rootNode)) {
      if (node.type === 'using_directive') {
        const target = node.namedChildren.findLast((c) => c.type === 'qualified_name' || c.type === 'identifier')?.text ?? '';
        if (target && !`${target}.`.startsWith(`${own}.Api.`)) roots.add(target.split('.')[0]);
      }
      // A namespace never matches a name with type arguments (List<T>), so only plain names can be hidden.
      if (node.type !== 'identifier' || !/^[A-Z]/.test(node.text) || node.parent.type === 'generic_name') continue;
      const parent = node.parent;
      const isName = parent.childForFieldName('name')?.equals(node);
      if (parent.type === 'member_access_expression' || parent.type === 'member_binding_expression') {
        (isName ? members : qualifiers).add(node.text);
      } else if (isName && DECLARES.test(parent.type)) {
        if (/^(class|record|struct|interface|enum)_declaration$/.test(parent.type)) lookups.add(node.text);
        else (parent.type === 'type_parameter' ? typeParameters : members).add(node.text);
      } else if (
        !NOT_LOOKED_UP.has(parent.type) &&
        !(parent.type === 'assignment_expression' && parent.childForFieldName('left')?.equals(node))
      ) {
        lookups.add(node.text);
      }
    }
    tree.delete();
  }
  for (const name of qualifiers) if (!members.has(name)) lookups.add(name);
  for (const name of typeParameters) lookups.delete(name);
  return { lookups, roots };
}

async function proveDotnet(dir, { check }) {
  await check.verify(dir);
  const pascal = deriveNames(path.basename(dir)).pascalName;
  const names = await csharpLookups(dir);
  if (names.lookups.has(pascal)) throw new Error(`dotnet: the namespace ${pascal}.Api would hide the ${pascal} the code uses`);
  if (names.roots.has(pascal)) throw new Error(`dotnet: the namespace ${pascal}.Api would merge into the imported namespace ${pascal}`);
  return names;
}

function completeDotnet({ lookups, roots }, dir, rules) {
  const pascal = deriveNames(path.basename(dir)).pascalName;
  const names = new Set([...lookups, ...roots].filter((n) => n !== pascal));
  requireReserved('dotnet', rules, 'pascalName', names, 'the project namespace of that name would hide them');
}

// --- PHP: the starter's own check (php -l, autoload, references) ------------------------------------------------

async function proveByCheck(dir, { check }) {
  await check.verify(dir);
}

const node = { prove: proveNode };
const PROOFS = {
  'api-design': node,
  'backend-beginner': node,
  devops: { prove: proveDevops },
  dotnet: { prove: proveDotnet, complete: completeDotnet },
  'engineering-manager': node,
  graphql: node,
  'java-spring': { prove: proveJava, complete: completeJava },
  microservices: node,
  nodejs: node,
  'nodejs/nestjs': node,
  'php-laravel': { prove: proveByCheck },
  python: { prove: provePython, complete: completePythonOf('python') },
  'python/django': { prove: provePythonDjango, complete: completePythonOf('python/django') },
  'python/flask': { prove: provePythonFlask, complete: completePythonOf('python/flask') },
};

/**
 * Scaffolds `roleId` under each awkward name and proves it, checks its starter.yaml complete, and that the CLI
 * refuses each reserved name. `check` is its checks/<role-id>.mjs, `projectDir` the project that check verified.
 * Returns the seconds it took.
 */
export async function checkNames(roleId, check, projectDir) {
  const started = Date.now();
  const rules = readRules(roleId);
  const proof = PROOFS[roleId];
  if (!proof || !AWKWARD[roleId]) throw new Error(`names.mjs has no proof for ${roleId}`);
  const longest = longestName(Math.min(rules.maxLength?.length ?? Infinity, MAX_PROJECT_NAME_LENGTH));
  const names = AWKWARD[roleId].map((name) => (name === LONGEST ? longest : name));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `bp-names-${roleId.replace('/', '-')}-`));
  let refused;
  try {
    for (const [i, name] of names.entries()) {
      console.log(`\n--- ${roleId} as "${name}"`);
      const dir = await scaffold(roleId, name, workDir);
      const facts = await proof.prove(dir, { check, projectDir });
      if (i === 0) proof.complete?.(facts, dir, rules);
    }
    refused = await checkRefusals(roleId, rules, workDir);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${roleId} names: ${names.length} accepted names proved (${names.join(', ')}), ${refused} refused with their reason, in ${seconds.toFixed(1)}s`,
  );
  return seconds;
}
