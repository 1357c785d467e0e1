// A YAML "billion laughs": a few lines whose aliases expand to billions of nodes. Every file under roles/ is read
// by the same parser, which must refuse it quickly with the file's name, as a problem like any other.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogError } from '../../src/catalog/load';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import { loadStarterRules } from '../../src/catalog/loadStarterRules';
import { makeTempDir, positionOf, rolesDir } from './helpers';

const BOMB = [
  'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
  ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
  '',
].join('\n');

function problemsOf(load: () => unknown): string[] {
  const started = Date.now();
  try {
    load();
  } catch (error) {
    assert.ok(error instanceof CatalogError, `a CatalogError, not ${String(error)}`);
    assert.ok(Date.now() - started < 5000, 'refused quickly');
    return error.problems;
  }
  assert.fail('the alias bomb was accepted');
}

describe('catalog: a YAML alias bomb', () => {
  let temp: { dir: string; cleanup(): void };
  beforeEach(() => {
    temp = makeTempDir('bp-alias-bomb-');
  });
  afterEach(() => temp.cleanup());

  const message = (file: string) =>
    `roles/${file}:${positionOf(BOMB, '*a')} its YAML aliases expand too far (an "alias bomb"?); write the content out instead`;

  it('in a role.yaml: refused, naming the file', () => {
    fs.cpSync(rolesDir, temp.dir, { recursive: true, filter: (source) => path.basename(source) !== 'starter' });
    fs.writeFileSync(path.join(temp.dir, 'nodejs', 'role.yaml'), BOMB);
    assert.deepEqual(
      problemsOf(() => loadCatalog(temp.dir)),
      [message('nodejs/role.yaml')],
    );
  });

  it('in a starter.yaml: refused, naming the file', () => {
    fs.mkdirSync(path.join(temp.dir, 'python', 'starter'), { recursive: true });
    fs.writeFileSync(path.join(temp.dir, 'python', 'starter.yaml'), BOMB);
    assert.deepEqual(
      problemsOf(() => loadStarterRules(temp.dir)),
      [message('python/starter.yaml')],
    );
  });
});
