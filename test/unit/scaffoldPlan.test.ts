// Planning a project from a template: variables in contents and paths, binary files, executable bits, clashes.
import * as assert from 'node:assert/strict';
import { looksBinary, planFiles, substitute, TemplateError, type TemplateEntry } from '../../src/scaffold/plan';
import { deriveNames } from '../../src/scaffold/projectName';

const names = deriveNames('order-service');
const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** A tiny template: path → bytes. */
function template(files: Record<string, string | Uint8Array>, executable: string[] = []) {
  const bytes = new Map(Object.entries(files).map(([p, c]) => [p, typeof c === 'string' ? utf8(c) : c]));
  const entries: TemplateEntry[] = [...bytes.keys()].map((p) => ({
    path: p,
    executable: executable.includes(p),
    binary: looksBinary(bytes.get(p) as Uint8Array),
  }));
  const reads: string[] = [];
  const read = (p: string) => {
    reads.push(p);
    const found = bytes.get(p);
    assert.ok(found, `read of unknown template path ${p}`);
    return found;
  };
  return { entries, read, reads };
}

// A 1×1 PNG; its header contains NUL bytes, and we append "{{bp.projectName}}" which must survive untouched.
const PNG = Uint8Array.from([
  ...Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201ffa1d3c4a50000000049454e44ae426082',
    'hex',
  ),
  ...Buffer.from('{{bp.projectName}}'),
]);

describe('substitute', () => {
  it('replaces every known variable, as often as it appears', () => {
    assert.equal(
      substitute('{{bp.projectName}} {{bp.snakeName}} {{bp.pascalName}} {{bp.camelName}} {{bp.flatName}} {{bp.projectName}}', names, 'x'),
      'order-service order_service OrderService orderService orderservice order-service',
    );
  });

  it('leaves other braces alone (GitHub Actions, Blade, spaced variables)', () => {
    const untouched = '${{ github.sha }} {{ $x }} {{bp .projectName}} {{ bp.projectName }} {bp.projectName}';
    assert.equal(substitute(untouched, names, 'x'), untouched);
  });

  it('an unknown variable is a TemplateError naming the file and the variable', () => {
    assert.throws(
      () => substitute('name: {{bp.projectNmae}}', names, 'roles/nodejs/starter/package.json'),
      (error: unknown) =>
        error instanceof TemplateError &&
        error.message ===
          'roles/nodejs/starter/package.json: unknown variable {{bp.projectNmae}} (known: projectName, snakeName, pascalName, camelName, flatName)',
    );
  });

  it('inherited object properties are not variables', () => {
    assert.throws(() => substitute('{{bp.constructor}}', names, 'f'), TemplateError);
    assert.throws(() => substitute('{{bp.toString}}', names, 'f'), TemplateError);
    assert.throws(() => substitute('{{bp.}}', names, 'f'), /f: unknown variable \{\{bp\.\}\}/);
  });
});

describe('looksBinary', () => {
  it('a NUL in the first 8000 bytes', () => {
    assert.equal(looksBinary(PNG), true);
    assert.equal(looksBinary(utf8('plain text, ünïcode ✓')), false);
    assert.equal(looksBinary(new Uint8Array(0)), false);
    const late = new Uint8Array(9000).fill(0x41);
    late[8500] = 0;
    assert.equal(looksBinary(late), false);
  });
});

describe('planFiles', () => {
  it('replaces variables in contents and in file and folder names', () => {
    const t = template({
      'package.json': '{ "name": "{{bp.projectName}}" }\n',
      'src/{{bp.snakeName}}/__init__.py': '"""{{bp.pascalName}}"""\n',
      'src/main/java/com/example/{{bp.flatName}}/{{bp.pascalName}}Application.java': 'package com.example.{{bp.flatName}};\n',
      'README.md': 'No variables here: ${{ github.sha }}\n',
    });
    const planned = planFiles(t.entries, t.read, names);
    assert.deepEqual(
      planned.map((f) => [f.path, text(f.contents), f.executable]),
      [
        ['package.json', '{ "name": "order-service" }\n', false],
        ['src/order_service/__init__.py', '"""OrderService"""\n', false],
        ['src/main/java/com/example/orderservice/OrderServiceApplication.java', 'package com.example.orderservice;\n', false],
        ['README.md', 'No variables here: ${{ github.sha }}\n', false],
      ],
    );
  });

  it('an unknown variable in contents: TemplateError naming the template file', () => {
    const t = template({ 'ok.txt': 'fine', 'config/app.yaml': 'name: {{bp.appName}}\n' });
    assert.throws(
      () => planFiles(t.entries, t.read, names),
      (error: unknown) => error instanceof TemplateError && error.message.startsWith('config/app.yaml: unknown variable {{bp.appName}}'),
    );
  });

  it('an unknown variable in a path: TemplateError naming the template path', () => {
    const t = template({ 'src/{{bp.moduleName}}.py': 'x' });
    assert.throws(
      () => planFiles(t.entries, t.read, names),
      /^TemplateError: src\/\{\{bp\.moduleName\}\}\.py: unknown variable \{\{bp\.moduleName\}\}/,
    );
  });

  it('binary files are copied byte for byte, variables and all', () => {
    const random = Uint8Array.from([0x00, 0xff, 0xfe, 0x80, ...Buffer.from('{{bp.projectName}}'), 0x00, 0xc3, 0x28, 0x7f]);
    const t = template({ 'assets/logo.png': PNG, 'data/blob.bin': random, '{{bp.projectName}}.bin': random });
    assert.ok(t.entries.every((e) => e.binary));
    const planned = planFiles(t.entries, t.read, names);
    assert.deepEqual(Buffer.from(planned[0]?.contents), Buffer.from(PNG));
    assert.deepEqual(Buffer.from(planned[1]?.contents), Buffer.from(random));
    assert.equal(planned[2]?.path, 'order-service.bin', 'the name of a binary file is still substituted');
    assert.deepEqual(Buffer.from(planned[2]?.contents), Buffer.from(random));
  });

  it('the executable flag is carried', () => {
    const t = template({ mvnw: '#!/bin/sh\necho {{bp.projectName}}\n', 'bin/{{bp.projectName}}': '#!/bin/sh\n', 'pom.xml': '<x/>' }, [
      'mvnw',
      'bin/{{bp.projectName}}',
    ]);
    const planned = planFiles(t.entries, t.read, names);
    assert.deepEqual(
      planned.map((f) => [f.path, f.executable]),
      [
        ['mvnw', true],
        ['bin/order-service', true],
        ['pom.xml', false],
      ],
    );
  });

  it('two template paths that map to the same target are an error', () => {
    const t = template({ 'order-service.txt': 'a', '{{bp.projectName}}.txt': 'b' });
    assert.throws(
      () => planFiles(t.entries, t.read, names),
      (error: unknown) =>
        error instanceof TemplateError &&
        error.message === '{{bp.projectName}}.txt and order-service.txt would both be written to order-service.txt',
    );
  });

  it('different variables that give the same name clash too', () => {
    const single = deriveNames('api');
    const t = template({ '{{bp.snakeName}}/a': 'x', '{{bp.flatName}}/a': 'y' });
    assert.throws(() => planFiles(t.entries, t.read, single), /would both be written to api\/a/);
  });

  it('non-ASCII text survives substitution unchanged', () => {
    const t = template({ 'README.md': 'Café ✓ — {{bp.pascalName}} 日本語\n' });
    assert.equal(text(planFiles(t.entries, t.read, names)[0]?.contents), 'Café ✓ — OrderService 日本語\n');
  });

  it('a UTF-8 byte order mark is kept', () => {
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('x {{bp.projectName}}')]);
    const t = template({ 'Program.cs': bom });
    assert.deepEqual(
      Buffer.from(planFiles(t.entries, t.read, names)[0]?.contents),
      Buffer.from([0xef, 0xbb, 0xbf, ...utf8('x order-service')]),
    );
  });

  it('a text file that is not UTF-8 gives a TemplateError naming it', () => {
    const t = template({ 'docs/latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]) });
    assert.throws(
      () => planFiles(t.entries, t.read, names),
      (error: unknown) => error instanceof TemplateError && error.message.includes('docs/latin1.txt'),
    );
  });
});
