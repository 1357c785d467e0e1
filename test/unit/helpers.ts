// Shared helpers for the unit tests. Plain Node only: never import vscode (or anything that does) from here.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CatalogIndex } from '../../src/catalog/catalogIndex';
import { loadCatalog } from '../../src/catalog/loadRolesDir';
import type { Catalog, Role } from '../../src/catalog/schema';

/** The repository root, from out/test/unit/*.js. */
export const repoRoot = path.resolve(__dirname, '../../..');
export const rolesDir = path.join(repoRoot, 'roles');
export const fixturesDir = path.join(repoRoot, 'test', 'unit', 'fixtures');

export function readFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(fixturesDir, name), 'utf8')) as T;
}

let cached: Catalog | undefined;
/** The real roles/, loaded and validated once per test run. Callers must not mutate it. */
export function realCatalog(): Catalog {
  cached ??= loadCatalog(rolesDir);
  return cached;
}

/** A role of a catalog, which must exist. */
export function roleOf(catalog: Catalog, id: string): Role {
  const role = catalog.roles.find((r) => r.id === id);
  if (!role) throw new Error(`no role ${id}`);
  return role;
}

let cachedIndex: CatalogIndex | undefined;
export function realIndex(): CatalogIndex {
  cachedIndex ??= new CatalogIndex(realCatalog());
  return cachedIndex;
}

/** A fresh temporary directory, removed by the returned cleanup function. */
export function makeTempDir(prefix = 'bp-unit-'): { dir: string; cleanup(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** 1-based `line:col` of a character offset in `text` (the convention of the catalog's messages). */
export function lineCol(text: string, offset: number): string {
  if (offset < 0) throw new Error('lineCol: offset not found');
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `${line}:${col}`;
}

/** `line:col` of the first occurrence of `needle` in `text` (plus `skip` characters); fails when absent. */
export function positionOf(text: string, needle: string, skip = 0): string {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`positionOf: ${JSON.stringify(needle)} not found`);
  return lineCol(text, at + skip);
}
