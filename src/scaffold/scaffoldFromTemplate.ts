// One way to scaffold, whoever asks: check the name, plan the files from the role's template, write them safely.
import * as l10n from '@vscode/l10n';
import type { StarterRules } from '../catalog/starterSchema';
import { planFiles, type TemplateEntry } from './plan';
import { deriveNames, projectNameProblem } from './projectName';
import { writeProject, type ProjectFileSystem, type WriteOptions } from './writeProject';

export class InvalidRequestError extends Error {
  override name = 'InvalidRequestError';
}

export interface ScaffoldRequest<L> {
  /** A built-in role's id, or a workspace role's (namespaced). */
  roleId: string;
  projectName: string;
  parent: L;
  /** The new folder's name; the project name when not given. */
  folderName?: string;
}

export interface TemplateSource {
  entries(roleId: string): readonly TemplateEntry[] | undefined;
  /** The bytes of the entry at `templatePath`. */
  read(roleId: string, templatePath: string): Uint8Array;
  /** The names the role's starter cannot take (its starter.yaml). Callable detached, as the wizard takes it. */
  rules(this: void, roleId: string): StarterRules | undefined;
}

export async function scaffoldFromTemplate<L>(
  fs: ProjectFileSystem<L>,
  templates: TemplateSource,
  request: ScaffoldRequest<L>,
  options: WriteOptions = {},
): Promise<L> {
  const problem = projectNameProblem(request.projectName, templates.rules(request.roleId));
  if (problem) throw new InvalidRequestError(l10n.t('"{0}" cannot be a project name. {1}', request.projectName, problem));
  const folderName = request.folderName ?? request.projectName;
  const folderProblem = folderName === request.projectName ? undefined : projectNameProblem(folderName);
  if (folderProblem) throw new InvalidRequestError(l10n.t('"{0}" cannot be a folder name here. {1}', folderName, folderProblem));
  const entries = templates.entries(request.roleId);
  if (!entries || entries.length === 0) throw new InvalidRequestError(l10n.t('The role "{0}" has no starter project yet.', request.roleId));
  const files = planFiles(entries, (p) => templates.read(request.roleId, p), deriveNames(request.projectName));
  return writeProject(fs, request.parent, folderName, files, options);
}
