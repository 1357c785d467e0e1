// The command line end to end (dist/cli.js, from `npm run build`) and the starter index of the real roles/.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROLE_IDS, type RoleId } from '../../src/catalog/schema';
import { buildContent } from '../../src/content';
import { EXERCISES_MARKER } from '../../src/exercises/readmeSection';
import { planFiles } from '../../src/scaffold/plan';
import { deriveNames } from '../../src/scaffold/projectName';
import { exercisesFile } from '../../src/catalog/loadExercises';
import { parseStarterKey, starterHome } from '../../src/catalog/starterKeys';
import { indexStarters, starterDir, type StarterIndex } from '../../src/scaffold/starterIndex';
import { makeTempDir, repoRoot, rolesDir } from './helpers';

const cli = path.join(repoRoot, 'dist', 'cli.js');

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 15000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The CLI with fixtures/slowWrites.cjs preloaded: writes from the n-th file on are slow, or fail, as `writes` says. */
const faultyWrites = (writes: string) => ({
  args: ['--require', path.join(repoRoot, 'test', 'unit', 'fixtures', 'slowWrites.cjs'), cli],
  env: { ...process.env, BP_TEST_WRITES: writes },
});

function runWithFaultyWrites(writes: string, ...args: string[]): { status: number | null; stderr: string } {
  const { args: preload, env } = faultyWrites(writes);
  const result = spawnSync(process.execPath, [...preload, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 15000, env });
  return { status: result.status, stderr: result.stderr };
}

/** Every file and folder under `dir` with its bytes and mode, for byte-for-byte comparisons. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = path.posix.join(relative, entry.name);
      const full = path.join(dir, rel);
      const mode = (fs.statSync(full).mode & 0o777).toString(8);
      if (entry.isDirectory()) {
        out.set(`${rel}/`, mode);
        walk(rel);
      } else {
        out.set(rel, `${mode} ${fs.readFileSync(full).toString('base64')}`);
      }
    }
  };
  walk('');
  return out;
}

let starters: StarterIndex;
let temp: { dir: string; cleanup(): void };

/** Hooks inside each describe (top-level hooks would run around every test of the whole suite). */
function useTempDir(): void {
  before(() => {
    if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` before the unit tests`);
    starters ??= indexStarters(rolesDir);
  });
  beforeEach(() => {
    temp = makeTempDir('bp-cli-');
  });
  afterEach(() => temp.cleanup());
}

describe('cli', () => {
  useTempDir();
  it("list prints the 11 role ids in order, then the roles' other starters by key", () => {
    const { status, stdout } = run('list');
    assert.equal(status, 0);
    const [lines, variantLines] = [
      stdout.trimEnd().split('\n').slice(0, ROLE_IDS.length),
      stdout.trimEnd().split('\n').slice(ROLE_IDS.length),
    ];
    assert.deepEqual(
      variantLines.map((l) => l.split(/\s+/)[0]),
      Object.keys(starters).filter((key) => key.includes('/')),
    );
    assert.deepEqual(
      lines.map((l) => l.split(/\s+/)[0]),
      [...ROLE_IDS],
    );
    for (const line of lines) {
      const id = line.split(/\s+/)[0] as RoleId;
      assert.equal(line.endsWith('(no starter yet)'), starters[id] === undefined, line);
    }
  });

  it("scaffold python/django <dir>: a role's second starter by its key, with its own README and a manifest naming the role", () => {
    const target = path.join(temp.dir, 'django-demo');
    const { status, stdout, stderr } = run('scaffold', 'python/django', target);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.equal(stdout, `Created the Python Backend Developer (Django) starter in ${target}\n`);
    assert.ok(fs.existsSync(path.join(target, 'django_demo', 'settings.py')));
    const manifest = JSON.parse(fs.readFileSync(path.join(target, '.backend-paths', 'exercises.json'), 'utf8')) as { role: string };
    assert.equal(manifest.role, 'python');
    const unknown = run('scaffold', 'python/flask-nope', path.join(temp.dir, 'nope'));
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /Unknown starter "python\/flask-nope"\. Starters of python: python, python\/django/);
  });

  it('scaffold nodejs <dir>/demo-app: the template, with the name substituted', () => {
    const target = path.join(temp.dir, 'demo-app');
    const { status, stdout, stderr } = run('scaffold', 'nodejs', target);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.equal(stdout, `Created the Node.js/Express Developer starter in ${target}\n`);

    const packageJson = JSON.parse(fs.readFileSync(path.join(target, 'package.json'), 'utf8')) as { name: string };
    assert.equal(packageJson.name, 'demo-app');

    // As the build bundles it: the template plus the files it generates from roles/ data (README, exercise manifest).
    const { starters: built, generated } = buildContent(rolesDir);
    const entries = built.nodejs ?? [];
    assert.ok(entries.length > 0);
    const read = (p: string) => {
      const text = generated.get('nodejs')?.get(p);
      return text === undefined
        ? fs.readFileSync(path.join(starterDir(rolesDir, 'nodejs'), ...p.split('/')))
        : new TextEncoder().encode(text);
    };
    const expected = planFiles(entries, read, deriveNames('demo-app'));
    const written = [...snapshot(target).keys()].filter((k) => !k.endsWith('/')).sort();
    assert.deepEqual(written, expected.map((f) => f.path).sort());
    for (const file of expected) {
      const full = path.join(target, ...file.path.split('/'));
      assert.deepEqual(fs.readFileSync(full), Buffer.from(file.contents), file.path);
      assert.equal((fs.statSync(full).mode & 0o111) !== 0, file.executable, `${file.path} executable bit`);
      if (!entries.find((e) => e.path === file.path)?.binary)
        assert.ok(!fs.readFileSync(full, 'utf8').includes('{{bp.'), `${file.path} has no variables left`);
    }
    assert.deepEqual(fs.readdirSync(temp.dir), ['demo-app'], 'no staging folder left beside it');
  });

  it('executable bits of a template are kept', function () {
    const roleId = ROLE_IDS.find((id) => starters[id]?.some((e) => e.executable));
    if (!roleId) this.skip();
    const executables = (starters[roleId] ?? []).filter((e) => e.executable);
    const target = path.join(temp.dir, 'exec-app');
    const { status, stderr } = run('scaffold', roleId, target);
    assert.equal(status, 0, stderr);
    const names = deriveNames('exec-app');
    for (const entry of executables) {
      const rel = entry.path.replace(/\{\{bp\.(\w+)\}\}/g, (_m, key: string) => names[key as keyof typeof names]);
      const mode = fs.statSync(path.join(target, ...rel.split('/'))).mode;
      assert.ok((mode & 0o100) !== 0, `${roleId}: ${rel} is executable (mode ${mode.toString(8)})`);
    }
  });

  it('scaffolding again into the same folder fails with "already exists" and changes nothing', () => {
    const target = path.join(temp.dir, 'demo-app');
    assert.equal(run('scaffold', 'nodejs', target).status, 0);
    fs.writeFileSync(path.join(target, 'my-notes.txt'), 'work in progress');
    const before = snapshot(target);
    const again = run('scaffold', 'nodejs', target);
    assert.notEqual(again.status, 0);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, new RegExp(`^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} already exists\\. Nothing was written`));
    assert.deepEqual(snapshot(target), before);
    assert.deepEqual(fs.readdirSync(temp.dir), ['demo-app'], 'no staging folder left beside it');
  });

  it('an existing empty folder is not replaced either', () => {
    const target = path.join(temp.dir, 'empty-app');
    fs.mkdirSync(target);
    const result = run('scaffold', 'nodejs', target);
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /already exists/);
    assert.deepEqual(fs.readdirSync(target), []);
  });

  const refusals: [string, string[], RegExp][] = [
    ['a name with ".."', ['--name', '..'], /^"\.\." cannot be a project name\. A project name cannot contain "\.\."\.\n$/],
    [
      'a name escaping upwards',
      ['--name', '../evil'],
      /^"\.\.\/evil" cannot be a project name\. A project name is one folder name: no slashes\.\n$/,
    ],
    ['a name with a slash', ['--name', 'a/b'], /^"a\/b" cannot be a project name\. A project name is one folder name: no slashes\.\n$/],
    ['a reserved name', ['--name', 'con'], /^"con" cannot be a project name\. "con" is a reserved name/],
  ];
  for (const [label, extra, message] of refusals) {
    it(`refuses ${label} with exit code 2`, () => {
      const result = run('scaffold', 'nodejs', path.join(temp.dir, 'ok-app'), ...extra);
      assert.equal(result.status, 2);
      assert.match(result.stderr, message);
      assert.deepEqual(fs.readdirSync(temp.dir), []);
    });
  }

  it('refuses a folder that is not a valid name', () => {
    const result = run('scaffold', 'nodejs', path.join(temp.dir, 'My App'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, '"My App" cannot be a project name. Use only lower-case letters a–z, digits and dashes.\n');
    assert.deepEqual(fs.readdirSync(temp.dir), []);
  });

  it('refuses an unknown role with exit code 2', () => {
    const result = run('scaffold', 'rust', path.join(temp.dir, 'ok-app'));
    assert.equal(result.status, 2);
    assert.equal(result.stderr, `Unknown role "rust". Roles: ${ROLE_IDS.join(', ')}\n`);
    assert.deepEqual(fs.readdirSync(temp.dir), []);
  });

  it('every role has a starter project', () => {
    assert.deepEqual(
      ROLE_IDS.filter((id) => !starters[id]?.length),
      [],
    );
  });

  it('usage errors exit 2', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['scaffold'],
      ['scaffold', 'nodejs'],
      ['scaffold', 'nodejs', 'a', 'b'],
      ['scaffold', 'nodejs', 'x', '--name'],
    ]) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /Usage:|--name needs a value\./, args.join(' '));
    }
  });
});

describe('cli: names a starter cannot take', () => {
  useTempDir();
  const cases: [RoleId, string, string][] = [
    ['java-spring', 'spring', 'The main class "SpringApplication" would clash with Spring Boot\'s SpringApplication, which it imports.'],
    [
      'python',
      'typing-extensions',
      'The package "typing_extensions" would shadow typing_extensions, which FastAPI, SQLAlchemy, Uvicorn or pytest import.',
    ],
    [
      'dotnet',
      'app-db-context',
      'The namespace "AppDbContext.Api" would hide the starter\'s own AppDbContext type from the code that uses it.',
    ],
  ];
  for (const [roleId, name, reason] of cases) {
    it(`${roleId} refuses ${name} with its reason, exit code 2; nodejs takes it`, () => {
      const refused = run('scaffold', roleId, path.join(temp.dir, name));
      assert.equal(refused.status, 2);
      assert.equal(refused.stderr, `"${name}" cannot be a project name. ${reason} Choose another name.\n`);
      assert.deepEqual(fs.readdirSync(temp.dir), []);
      assert.equal(run('scaffold', 'nodejs', path.join(temp.dir, name)).status, 0);
    });
  }

  it('devops refuses a name over its 32 characters', () => {
    const name = 'a'.repeat(33);
    const refused = run('scaffold', 'devops', path.join(temp.dir, 'ok'), '--name', name);
    assert.equal(refused.status, 2);
    assert.match(
      refused.stderr,
      /^"a{33}" cannot be a project name\. This starter takes names of at most 32 characters \(this one has 33\)\. The S3 bucket/,
    );
  });
});

describe('cli: a failure or an interruption leaves nothing behind', () => {
  useTempDir();
  const targetIn = (...segments: string[]) => path.join(temp.dir, ...segments);

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal} midway: exits ${code}, removes the staging folder and the parent folders it created`, async function () {
      this.timeout(60_000); // two Node processes on a busy machine
      const { args, env } = faultyWrites('3:slow');
      const child = spawn(process.execPath, [...args, 'scaffold', 'nodejs', targetIn('new', 'app')], { cwd: repoRoot, env });
      let stderr = '';
      const exited = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
      const writing = new Promise<void>((resolve) =>
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('writing')) resolve();
        }),
      );
      await Promise.race([writing, exited]);
      assert.match(fs.readdirSync(targetIn('new')).join(), /^\.app\.scaffolding-[a-z0-9]+$/, 'writing into the staging folder');
      child.kill(signal);
      assert.equal(await exited, code);
      assert.equal(stderr, 'writing\nInterrupted: nothing was written.\n');
      assert.deepEqual(fs.readdirSync(temp.dir), []);
    });
  }

  const failures: [string, string, (target: string) => string][] = [
    ['a full disk', '3:ENOSPC', () => 'no space left on the device. Nothing was written; free some space, then try again.'],
    [
      'a read-only folder',
      '3:EROFS',
      (target) => `the folder ${path.dirname(path.dirname(target))} is read-only. Nothing was written; choose a folder you can write to.`,
    ],
  ];
  for (const [label, writes, says] of failures) {
    it(`${label}: names the target and says what to do; no staging or parent folder left`, () => {
      const target = targetIn('new', 'app');
      const result = runWithFaultyWrites(writes, 'scaffold', 'nodejs', target);
      assert.equal(result.status, 2);
      assert.equal(result.stderr, `Could not create ${target}: ${says(target)}\n`);
      assert.deepEqual(fs.readdirSync(temp.dir), []);
    });
  }

  it('a file in the way: names it', () => {
    fs.writeFileSync(targetIn('projects'), 'a file, not a folder');
    const target = targetIn('projects', 'app');
    const result = run('scaffold', 'nodejs', target);
    assert.equal(result.status, 2);
    assert.equal(
      result.stderr,
      `Could not create ${target}: a file named ${targetIn('projects')} is in the way. Nothing was written; move or rename that file, or choose another folder.\n`,
    );
    assert.deepEqual(fs.readdirSync(temp.dir), ['projects']);
  });

  it('removes stale staging folders an interrupted run left in the same folder, and keeps recent ones', () => {
    const stale = targetIn('.old-app.scaffolding-ab12cd34');
    const recent = targetIn('.other-app.scaffolding-ef56gh78');
    for (const folder of [stale, recent]) fs.mkdirSync(path.join(folder, 'src'), { recursive: true });
    const longAgo = new Date(Date.now() - 60 * 60 * 1000);
    fs.utimesSync(stale, longAgo, longAgo);
    assert.equal(run('scaffold', 'nodejs', targetIn('app')).status, 0);
    assert.deepEqual(fs.readdirSync(temp.dir).sort(), ['.other-app.scaffolding-ef56gh78', 'app']);
  });
});

describe('indexStarters on the real roles/', () => {
  useTempDir();
  const LOCKFILES = new Set([
    'package-lock.json',
    'npm-shrinkwrap.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lockb',
    'composer.lock',
    'poetry.lock',
    'Pipfile.lock',
    'uv.lock',
    'pdm.lock',
    'Gemfile.lock',
    'Cargo.lock',
    'packages.lock.json',
    'gradle.lockfile',
  ]);
  const GENERATED = new Set(['node_modules', '__pycache__', '.pytest_cache', '.venv', '.mypy_cache', '.ruff_cache', 'vendor', 'target']);

  it('lists only files that exist, with their executable bit', () => {
    let count = 0;
    for (const [roleId, entries] of Object.entries(starters)) {
      for (const entry of entries ?? []) {
        const full = path.join(starterDir(rolesDir, roleId), ...entry.path.split('/'));
        const stat = fs.statSync(full);
        assert.ok(stat.isFile(), `${roleId}: ${entry.path}`);
        assert.equal((stat.mode & 0o111) !== 0, entry.executable, `${roleId}: ${entry.path}`);
        count++;
      }
    }
    assert.ok(count > 0);
  });

  it('lists no node_modules, generated folders or lock files', () => {
    for (const [roleId, entries] of Object.entries(starters)) {
      for (const entry of entries ?? []) {
        const segments = entry.path.split('/');
        assert.ok(!segments.slice(0, -1).some((s) => GENERATED.has(s)), `${roleId}: ${entry.path} is in a generated folder`);
        assert.ok(!LOCKFILES.has(segments.at(-1) as string), `${roleId}: ${entry.path} is a lock file`);
      }
    }
  });

  it('every starter has a README.md; only role ids and their variants (<role-id>/<variant>) have starters', () => {
    for (const [roleId, entries] of Object.entries(starters)) {
      assert.ok((ROLE_IDS as readonly string[]).includes(parseStarterKey(roleId)?.roleId ?? ''), roleId);
      assert.ok(
        entries?.some((e) => e.path === 'README.md'),
        `${roleId} has README.md`,
      );
    }
  });

  it("every starter's exercises are data: an exercises.yaml, and a README whose Exercises section is generated from it", () => {
    for (const roleId of Object.keys(starters)) {
      const where = `roles/${starterHome(roleId)}`;
      assert.ok(fs.existsSync(exercisesFile(rolesDir, roleId)), `${where}/exercises.yaml exists`);
      const readme = fs.readFileSync(path.join(starterDir(rolesDir, roleId), 'README.md'), 'utf8');
      assert.equal(readme.split(EXERCISES_MARKER).length, 2, `${where}/starter/README.md has the ${EXERCISES_MARKER} line once`);
      // A hand-written list beside the generated one would drift from the checks.
      assert.ok(!/^\s*Skills: /m.test(readme), `${where}/starter/README.md has no hand-written Skills: line`);
    }
  });

  it('skips node_modules inside a template', () => {
    const roles = path.join(temp.dir, 'roles');
    const starter = path.join(roles, 'nodejs', 'starter');
    fs.mkdirSync(path.join(starter, 'node_modules', 'left-pad'), { recursive: true });
    fs.writeFileSync(path.join(starter, 'node_modules', 'left-pad', 'index.js'), '');
    fs.writeFileSync(path.join(starter, 'package.json'), '{"name":"{{bp.projectName}}"}');
    fs.writeFileSync(path.join(starter, 'run.sh'), '#!/bin/sh\n', { mode: 0o755 });
    fs.writeFileSync(path.join(starter, 'logo.png'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    assert.deepEqual(
      { ...indexStarters(roles) },
      {
        nodejs: [
          { path: 'logo.png', executable: false, binary: true },
          { path: 'package.json', executable: false, binary: false },
          { path: 'run.sh', executable: true, binary: false },
        ],
      },
    );
  });

  it('a template with an unknown variable fails the index, naming the file', () => {
    const roles = path.join(temp.dir, 'roles');
    const starter = path.join(roles, 'python', 'starter', 'src');
    fs.mkdirSync(starter, { recursive: true });
    fs.writeFileSync(path.join(starter, 'app.py'), 'NAME = "{{bp.projectname}}"\n');
    assert.throws(
      () => indexStarters(roles),
      /^TemplateError: roles\/python\/starter\/src\/app\.py: unknown variable \{\{bp\.projectname\}\}/,
    );
  });
});
