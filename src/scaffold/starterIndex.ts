// Build-time: lists the files of every starter template (with their executable bit and whether they are binary)
// and checks their variables, then reads them for the starter pack the extension and the CLI scaffold from.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { starterLocation, starterLocations } from '../catalog/starterDirs';
import { looksBinary, substitute, templateText, type TemplateEntry } from './plan';
import { deriveNames } from './projectName';
import { GENERATED_FOLDERS, withGenerated } from './templateEntries';

const SAMPLE_NAMES = deriveNames('sample-project');

/** Starter key (src/catalog/starterKeys.ts: `python`, `python/django`) → its template's entries. */
export type StarterIndex = Partial<Record<string, TemplateEntry[]>>;

/** Starter key → template path → text of the files the build generates (packed in place of the template's own). */
export type GeneratedFiles = Map<string, Map<string, string>>;

/** The template folder of the starter `key`: roles/<role-id>/starter or roles/<role-id>/starters/<variant>/starter. */
export function starterDir(rolesDir: string, key: string): string {
  return path.join(starterLocation(rolesDir, key).dir, 'starter');
}

function walk(root: string, displayRoot: string, relative: string, out: TemplateEntry[]): void {
  const entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!GENERATED_FOLDERS.has(entry.name)) walk(root, displayRoot, rel, out);
    } else if (entry.isFile()) {
      const full = path.join(root, rel);
      const bytes = fs.readFileSync(full);
      const binary = looksBinary(bytes);
      const where = `${displayRoot}/${rel}`;
      substitute(rel, SAMPLE_NAMES, where);
      if (!binary) substitute(templateText(bytes, where), SAMPLE_NAMES, where);
      out.push({ path: rel, executable: (fs.statSync(full).mode & 0o111) !== 0, binary });
    }
  }
}

/** Throws a TemplateError naming the file when a template uses an unknown variable. */
export function indexStarters(rolesDir: string, generated: GeneratedFiles = new Map()): StarterIndex {
  const index: StarterIndex = Object.create(null) as StarterIndex;
  for (const { key, dir: home, display } of starterLocations(rolesDir)) {
    const dir = path.join(home, 'starter');
    if (!fs.existsSync(dir)) continue;
    const entries: TemplateEntry[] = [];
    const displayRoot = `${display}/starter`;
    walk(dir, displayRoot, '', entries);
    index[key] = withGenerated(entries, generated.get(key), displayRoot);
  }
  return index;
}

/** The bytes of a starter's entries, in their order: a generated file's text, else the template file's bytes. */
export function readStarter(
  rolesDir: string,
  key: string,
  entries: readonly TemplateEntry[],
  generated: ReadonlyMap<string, string> = new Map(),
): Uint8Array[] {
  const encoder = new TextEncoder();
  return entries.map((entry) => {
    const text = generated.get(entry.path);
    return text === undefined ? fs.readFileSync(path.join(starterDir(rolesDir, key), ...entry.path.split('/'))) : encoder.encode(text);
  });
}
