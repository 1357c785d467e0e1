// What a starter template's files are, wherever the template is read from: the build's roles/<role-id>/starter/
// (starterIndex.ts, node:fs) or a workspace role's starter/ (read by src/workspaceRoles/starterFolder.ts). Pure.
import { substitute, type TemplateEntry } from './plan';
import { deriveNames } from './projectName';

/** Folders a learner's tools create inside a template while trying it out; never part of a starter. */
export const GENERATED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '__pycache__',
  '.pytest_cache',
  '.venv',
  '.mypy_cache',
  '.ruff_cache',
]);

const SAMPLE_NAMES = deriveNames('sample-project');

/** Adds the generated files to a starter's entries (replacing a template file of the same path) in path order. */
export function withGenerated(
  entries: TemplateEntry[],
  generated: ReadonlyMap<string, string> | undefined,
  displayRoot: string,
): TemplateEntry[] {
  if (!generated) return entries;
  for (const [rel, text] of generated) substitute(text, SAMPLE_NAMES, `${displayRoot}/${rel} (generated)`);
  const kept = entries.filter((entry) => !generated.has(entry.path));
  const added = [...generated.keys()].map((rel): TemplateEntry => ({ path: rel, executable: false, binary: false }));
  return [...kept, ...added].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
