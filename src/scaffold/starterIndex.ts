// Build-time: lists the files of every starter template (with their executable bit and whether they are binary)
// and checks their variables, so the extension and the CLI know what to copy without listing folders at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROLE_IDS, type RoleId } from '../catalog/schema';
import { looksBinary, substitute, templateText, type TemplateEntry } from './plan';
import { deriveNames } from './projectName';

/** Folders a learner's tools create inside a template while trying it out; never part of a starter. */
const GENERATED_FOLDERS = new Set(['node_modules', '__pycache__', '.pytest_cache', '.venv', '.mypy_cache', '.ruff_cache']);

const SAMPLE_NAMES = deriveNames('sample-project');

export type StarterIndex = Partial<Record<RoleId, TemplateEntry[]>>;

export function starterDir(rolesDir: string, roleId: RoleId): string {
  return path.join(rolesDir, roleId, 'starter');
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
export function indexStarters(rolesDir: string): StarterIndex {
  const index: StarterIndex = {};
  for (const roleId of ROLE_IDS) {
    const dir = starterDir(rolesDir, roleId);
    if (!fs.existsSync(dir)) continue;
    const entries: TemplateEntry[] = [];
    walk(dir, `roles/${roleId}/starter`, '', entries);
    index[roleId] = entries;
  }
  return index;
}
