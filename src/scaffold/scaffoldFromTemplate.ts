// One way to scaffold, whoever asks: check the name, plan the files from the role's template, write them safely.
import * as l10n from '@vscode/l10n';
import { starterKey } from '../catalog/starterKeys';
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
  /** Which of the role's other starters (roles/<role-id>/starters/<variant>/); its first when undefined. */
  variant?: string | undefined;
  projectName: string;
  parent: L;
  /** The new folder's name; the project name when not given. */
  folderName?: string;
}

/** Starters by starter key (src/catalog/starterKeys.ts): the role id, or `<role-id>/<variant>`. */
export interface TemplateSource {
  entries(key: string): readonly TemplateEntry[] | undefined;
  /** The bytes of the entry at `templatePath`. */
  read(key: string, templatePath: string): Uint8Array;
  /** The names the starter cannot take (its starter.yaml). Callable detached, as the wizard takes it. */
  rules(this: void, key: string): StarterRules | undefined;
}

export async function scaffoldFromTemplate<L>(
  fs: ProjectFileSystem<L>,
  templates: TemplateSource,
  request: ScaffoldRequest<L>,
  options: WriteOptions = {},
): Promise<L> {
  const key = starterKey(request.roleId, request.variant);
  const problem = projectNameProblem(request.projectName, templates.rules(key));
  if (problem) throw new InvalidRequestError(l10n.t('"{0}" cannot be a project name. {1}', request.projectName, problem));
  const folderName = request.folderName ?? request.projectName;
  const folderProblem = folderName === request.projectName ? undefined : projectNameProblem(folderName);
  if (folderProblem) throw new InvalidRequestError(l10n.t('"{0}" cannot be a folder name here. {1}', folderName, folderProblem));
  const entries = templates.entries(key);
  if (!entries || entries.length === 0) {
    if (request.variant === undefined) throw new InvalidRequestError(l10n.t('The role "{0}" has no starter project yet.', request.roleId));
    throw new InvalidRequestError(l10n.t('The role "{0}" has no starter "{1}".', request.roleId, request.variant));
  }
  const files = planFiles(entries, (p) => templates.read(key, p), deriveNames(request.projectName));
  return writeProject(fs, request.parent, folderName, files, options);
}
