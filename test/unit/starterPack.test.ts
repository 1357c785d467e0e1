// The starter pack (dist/starters.pack, from `npm run build`): every starter scaffolded from it is byte for byte,
// and bit for bit, the project its template in roles/ makes; a damaged pack is refused, never half-read.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compress } from '../../src/brotliCompress';
import { ROLE_IDS } from '../../src/catalog/schema';
import { MANIFEST_PATH } from '../../src/exercises/manifest';
import { EXERCISES_MARKER, withExercises } from '../../src/exercises/readmeSection';
import { buildContent } from '../../src/content';
import { nodeFileSystem } from '../../src/scaffold/nodeFileSystem';
import { planFiles, type TemplateEntry } from '../../src/scaffold/plan';
import { deriveNames } from '../../src/scaffold/projectName';
import { scaffoldFromTemplate } from '../../src/scaffold/scaffoldFromTemplate';
import { encodeStarterPack, StarterPack, StarterPackError } from '../../src/scaffold/starterPack';
import { readStarterPack, STARTER_PACK_PATH } from '../../src/scaffold/starterPackFile';
import { makeTempDir, repoRoot, rolesDir } from './helpers';

/** Every file under `dir`: its bytes and whether it is executable. */
function filesUnder(dir: string): Map<string, { bytes: Buffer; executable: boolean }> {
  const out = new Map<string, { bytes: Buffer; executable: boolean }>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const rel = path.posix.join(relative, entry.name);
      const full = path.join(dir, rel);
      if (entry.isDirectory()) walk(rel);
      else out.set(rel, { bytes: fs.readFileSync(full), executable: (fs.statSync(full).mode & 0o111) !== 0 });
    }
  };
  walk('');
  return out;
}

describe('the shipped starter pack', () => {
  let temp: { dir: string; cleanup(): void };
  let shipped: StarterPack;
  const content = buildContent(rolesDir);

  before(async () => {
    const file = path.join(repoRoot, ...STARTER_PACK_PATH);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before the unit tests`);
    shipped = await readStarterPack(async () => fs.readFileSync(file));
  });
  beforeEach(() => (temp = makeTempDir('bp-pack-')));
  afterEach(() => temp.cleanup());

  for (const roleId of ROLE_IDS) {
    it(`${roleId}: scaffolds the same project as its template in roles/, executable bits included`, async () => {
      const entries = content.starters[roleId] ?? [];
      assert.ok(entries.length > 0);
      const projectName = 'pack-check';
      await scaffoldFromTemplate(nodeFileSystem, shipped, { roleId, projectName, parent: temp.dir });
      const written = filesUnder(path.join(temp.dir, projectName));

      // Straight from roles/: the template's file, or the text the build generates in its place.
      const read = (p: string) => {
        const text = content.generated.get(roleId)?.get(p);
        return text === undefined
          ? fs.readFileSync(path.join(rolesDir, roleId, 'starter', ...p.split('/')))
          : new TextEncoder().encode(text);
      };
      const expected = planFiles(entries, read, deriveNames(projectName));
      assert.deepEqual([...written.keys()].sort(), expected.map((f) => f.path).sort());
      for (const file of expected) {
        const got = written.get(file.path);
        if (!got) assert.fail(`${roleId}: ${file.path} was not written`);
        assert.ok(got.bytes.equals(file.contents), `${roleId}: ${file.path} differs from its template`);
        assert.equal(got.executable, file.executable, `${roleId}: ${file.path} executable bit`);
      }
      assert.deepEqual(shipped.rules(roleId), content.starterRules[roleId], `${roleId}: the names it cannot take`);
    });
  }

  it('keeps the executable bits the templates have (mvnw, gradlew…)', () => {
    const executables = ROLE_IDS.flatMap((id) => (shipped.entries(id) ?? []).filter((e) => e.executable).map((e) => `${id}/${e.path}`));
    assert.ok(executables.includes('java-spring/mvnw'), executables.join(', '));
  });
});

describe('encodeStarterPack and StarterPack.decode', () => {
  const entries: TemplateEntry[] = [
    { path: '{{bp.projectName}}/run.sh', executable: true, binary: false },
    { path: 'logo.png', executable: false, binary: true },
  ];
  const contents = [new TextEncoder().encode('#!/bin/sh\necho {{bp.projectName}}\n'), Uint8Array.from([0x89, 0x50, 0x00, 0x0a, 0xff])];
  const djangoRules = { title: 'Django', description: 'A Django project.', reserved: [] };
  const pack = encodeStarterPack(
    new Map([
      ['nodejs', { entries, contents, rules: { reserved: [] } }],
      ['python', { entries: [], contents: [], rules: undefined }],
      ['python/django', { entries: entries.slice(1), contents: contents.slice(1), rules: djangoRules }],
    ]),
  );

  it('gives back every entry, its bytes (binary ones and newlines too) and the rules', () => {
    const decoded = StarterPack.decode(pack);
    assert.deepEqual(decoded.entries('nodejs'), entries);
    assert.deepEqual(decoded.read('nodejs', 'logo.png'), contents[1]);
    assert.deepEqual(decoded.read('nodejs', '{{bp.projectName}}/run.sh'), contents[0]);
    assert.deepEqual(decoded.rules('nodejs'), { reserved: [] });
    assert.deepEqual(decoded.entries('python'), []);
    assert.equal(decoded.rules('python'), undefined);
    assert.equal(decoded.entries('dotnet'), undefined);
    assert.throws(() => decoded.read('nodejs', 'missing.txt'), /has no nodejs file missing\.txt/);
  });

  it("keeps a role's second starter apart from its first, under its own key, in the pack's order", () => {
    const decoded = StarterPack.decode(pack);
    assert.deepEqual(decoded.keys(), ['nodejs', 'python', 'python/django']);
    assert.deepEqual(decoded.entries('python/django'), entries.slice(1));
    assert.deepEqual(decoded.read('python/django', 'logo.png'), contents[1]);
    assert.deepEqual(decoded.rules('python/django'), djangoRules);
    assert.throws(() => decoded.read('python/django', '{{bp.projectName}}/run.sh'), /has no python\/django file/);
  });

  it('refuses a key that is not a starter key', () => {
    const starter = { entries: [], contents: [], rules: undefined };
    for (const key of ['python/', 'python/django/extra', '__proto__', 'Python'])
      assert.throws(() => encodeStarterPack(new Map([[key, starter]])), /is not a starter key/, key);
  });

  it("writes a marked README's exercises section from the packed manifest, as the build does", () => {
    const exercises = [
      { id: 'a', title: 'Add it', skills: ['node-x'], instructions: 'Do it.', argv: ['npm', 'test'], files: ['t.js'], timeoutSeconds: 60 },
    ];
    const readme = `# App\n\n${EXERCISES_MARKER}\n`;
    const manifest = new TextEncoder().encode(JSON.stringify({ format: 'backend-paths-exercises', version: 1, role: 'nodejs', exercises }));
    const withSection = { path: 'README.md', executable: false, binary: false, withExercises: true };
    const manifestEntry = { path: MANIFEST_PATH, executable: false, binary: false };
    const decoded = StarterPack.decode(
      encodeStarterPack(
        new Map([
          ['nodejs', { entries: [withSection, manifestEntry], contents: [new TextEncoder().encode(readme), manifest], rules: undefined }],
        ]),
      ),
    );
    assert.equal(new TextDecoder().decode(decoded.read('nodejs', 'README.md')), withExercises(readme, exercises, 'README.md'));
    assert.deepEqual(decoded.entries('nodejs')?.[0], { path: 'README.md', executable: false, binary: false });
    assert.throws(
      () =>
        StarterPack.decode(
          encodeStarterPack(
            new Map([['nodejs', { entries: [withSection], contents: [new TextEncoder().encode(readme)], rules: undefined }]]),
          ),
        ),
      /has no nodejs \.backend-paths\/exercises\.json/,
    );
  });

  it('refuses a pack cut short, one with bytes left over, or another format', () => {
    assert.throws(() => StarterPack.decode(pack.subarray(0, pack.length - 1)), StarterPackError);
    assert.throws(() => StarterPack.decode(Uint8Array.from([...pack, 0])), /bytes where its header says/);
    assert.throws(
      () => StarterPack.decode(new TextEncoder().encode('{"format":"zip","version":1,"starters":{}}\n')),
      /not backend-paths-starters/,
    );
    assert.throws(() => StarterPack.decode(new TextEncoder().encode('no header')), /no readable header/);
  });

  it('reads back what the build compresses; a damaged file says so', async () => {
    const file = compress(pack, false);
    assert.deepEqual((await readStarterPack(async () => file)).entries('nodejs'), entries);
    await assert.rejects(
      readStarterPack(async () => file.subarray(0, 10)),
      /the starter pack is damaged/,
    );
  });
});
