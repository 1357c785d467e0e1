// A workspace role's starter as the scaffold reads it: the files of its starter/ folder (the adapter reads them
// through vscode.workspace.fs), with the README's Exercises section and the manifest made from its exercises.yaml
// as the build makes them for a built-in starter (exerciseFiles.ts). Pure.
import type { WorkspaceStarter } from '../catalog/workspaceCatalog';
import { exerciseFiles, README_PATH } from '../exercises/exerciseFiles';
import { EXERCISES_MARKER } from '../exercises/readmeSection';
import { looksBinary, templateText, TemplateError, type TemplateEntry } from './plan';
import type { TemplateSource } from './scaffoldFromTemplate';
import { withGenerated } from './templateEntries';

/** A file of the starter/ folder: its '/'-separated path in the folder, and its bytes. */
export interface StarterFile {
  path: string;
  contents: Uint8Array;
}

/**
 * The template source of the workspace role `roleId` (namespaced, as the manifest names it). `displayRoot` names
 * the starter folder in errors. Throws a TemplateError when a starter with exercises has no README to put them in.
 */
export function workspaceStarterSource(
  roleId: string,
  files: readonly StarterFile[],
  starter: WorkspaceStarter,
  displayRoot: string,
): TemplateSource {
  const contents = new Map(files.map((file) => [file.path, file.contents]));
  let generated: Map<string, string> | undefined;
  if (starter.exercises) {
    const readme = contents.get(README_PATH);
    const where = `${displayRoot}/${README_PATH}`;
    if (!readme) throw new TemplateError(`${where}: missing (a starter with exercises needs a README with a ${EXERCISES_MARKER} line)`);
    generated = exerciseFiles(roleId, starter.exercises, templateText(readme, where), where);
    for (const [path, text] of generated) contents.set(path, new TextEncoder().encode(text));
  }
  const templateEntries = files.map((file): TemplateEntry => ({ path: file.path, executable: false, binary: looksBinary(file.contents) }));
  const entries = withGenerated(templateEntries, generated, displayRoot);
  return {
    entries: (id) => (id === roleId ? entries : undefined),
    read: (id, path) => {
      const bytes = id === roleId ? contents.get(path) : undefined;
      if (!bytes) throw new TemplateError(`${displayRoot}: has no file ${path}`);
      return bytes;
    },
    rules: (id) => (id === roleId ? starter.rules : undefined),
  };
}
