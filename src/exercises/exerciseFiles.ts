// The files a starter with exercises gets from its exercises.yaml: the README with its Exercises section and the
// manifest the Testing view reads. One function for the build's built-in starters (content.ts) and a workspace
// role's starter (src/scaffold/workspaceStarter.ts), so both write the same.
import type { Exercise } from '../catalog/exerciseSchema';
import { MANIFEST_PATH, manifestExercises, manifestJson } from './manifest';
import { withExercises } from './readmeSection';

export const README_PATH = 'README.md';

/**
 * Template path → text: the README (`readme`, with its exercises marker; `where` names it in an error) and the
 * manifest of `roleId`'s exercises.
 */
export function exerciseFiles(roleId: string, exercises: readonly Exercise[], readme: string, where: string): Map<string, string> {
  return new Map([
    [README_PATH, withExercises(readme, manifestExercises(exercises), where)],
    [MANIFEST_PATH, manifestJson(roleId, exercises)],
  ]);
}
