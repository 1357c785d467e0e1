// Loads the roles of a workspace's .backend-paths/roles/ from their text (the adapter reads the files, or an open
// editor's unsaved text): the catalog's own parsing, schema and cross-checks, so each problem reads as `--check`
// prints it; then ids go to the workspace namespace (ids.ts). A file with a problem is left out and listed as
// broken; every other role still loads. A role's starter files (exercises.yaml, starter.yaml) are checked as the
// built-in ones are, and a problem in them only keeps its starter from being scaffolded. Pure, and part of the
// workspace roles' chunk, never of activation.
import * as l10n from '@vscode/l10n';
import { checkExercises } from '../catalog/checkExercises';
import { exercisesFileSchema, type Exercise } from '../catalog/exerciseSchema';
import { workspaceId } from '../catalog/ids';
import { checkRoleFolder, crossCheck, notASkillOf, parseText, type Parsed, type TakenIds } from '../catalog/load';
import type { Problem } from '../catalog/problems';
import { renamedSchema, workspaceRoleSchema, type Catalog, type Role } from '../catalog/schema';
import { starterRulesSchema, type StarterRules } from '../catalog/starterSchema';
import type { BrokenFile, RoleSource, WorkspaceCatalog, WorkspaceStarter } from '../catalog/workspaceCatalog';
import type { LoadResult } from './cachedLoad';
import { ROLES_FOLDER, STARTER_FOLDER } from './roleFiles';

/**
 * A file of `<folder>/.backend-paths/roles/`: `<roleDir>/role.yaml` (or role.json: JSON is YAML too, so it loads the
 * same way), or renamed.yaml when roleDir is undefined.
 */
export interface WorkspaceFile {
  source: RoleSource;
  roleDir?: string;
  text: string;
  /** The role folder's exercises.yaml, when it has one. */
  exercises?: RoleFolderFile;
  /** The role folder's starter.yaml, when it has one. */
  starterRules?: RoleFolderFile;
  /** The '/'-separated paths of the files in the role folder's starter/, when it has one. */
  starterFiles?: string[];
}

/** A file of a role's folder beside its role file: its URI (as a string) and text. */
export interface RoleFolderFile {
  uri: string;
  text: string;
}

/** A role's starter files as parsed, with the names they go by in problems. */
interface ParsedStarter {
  exercises?: Parsed<{ exercises: Exercise[] }>;
  rules?: Parsed<StarterRules>;
}

export function displayName(file: Pick<WorkspaceFile, 'source' | 'roleDir'>): string {
  const name = file.source.uri.slice(file.source.uri.lastIndexOf('/') + 1);
  return `${file.source.folder}/${ROLES_FOLDER}/${file.roleDir === undefined ? name : `${file.roleDir}/${name}`}`;
}

/** The ids the built-in catalog holds, which workspace roles may not take. */
export function takenByCatalog(catalog: Catalog): TakenIds {
  const skills = new Set(catalog.roles.flatMap((r) => r.skillGroups.flatMap((g) => g.skills.map((s) => s.id))));
  const questions = new Set(catalog.roles.flatMap((r) => r.interview.map((q) => q.id)));
  const aliases = new Set(catalog.roles.flatMap((r) => [r.id, ...r.learn.aliases, ...r.skillGroups.flatMap((g) => g.aliases)]));
  return {
    skill: (id) => (skills.has(id) ? l10n.t("is a built-in skill's id") : undefined),
    question: (id) => (questions.has(id) ? l10n.t("is a built-in interview question's id") : undefined),
    alias: (alias) => (aliases.has(alias) ? l10n.t('is a Learn word of a built-in role') : undefined),
  };
}

/** The roles that loaded, and each file's problems by URI (files without problems are absent). */
export function loadWorkspaceRoles(files: readonly WorkspaceFile[], catalog: Catalog): LoadResult {
  const found: Problem[] = [];
  const roles: { file: WorkspaceFile; parsed: Parsed<Role> }[] = [];
  const renamed: { file: WorkspaceFile; parsed: Parsed<Record<string, string>> }[] = [];
  for (const file of files) {
    const name = displayName(file);
    if (file.roleDir === undefined) {
      renamed.push({ file, parsed: parseText(name, file.text, renamedSchema, found) });
    } else {
      const parsed = parseText(name, file.text, workspaceRoleSchema, found);
      checkRoleFolder(parsed, file.roleDir, found);
      roles.push({ file, parsed });
    }
  }
  crossCheck(
    roles.map((r) => r.parsed),
    renamed.map((r) => r.parsed),
    found,
    takenByCatalog(catalog),
  );
  const starters = new Map(roles.map(({ file, parsed }) => [file, parseStarter(file, parsed.value, found)]));

  const problems = new Map<string, Problem[]>();
  const sourceOf = new Map(files.flatMap((file) => [file, ...starterFilesOf(file)].map((f) => [displayName(f), f.source] as const)));
  // In the order of the file, so that a broken file's first problem is the first one in it.
  const inFileOrder = [...found].sort((a, b) => (a.at?.line ?? 0) - (b.at?.line ?? 0) || (a.at?.col ?? 0) - (b.at?.col ?? 0));
  for (const problem of inFileOrder) {
    const uri = sourceOf.get(problem.file)?.uri;
    if (uri !== undefined) problems.set(uri, [...(problems.get(uri) ?? []), problem]);
  }
  const broken: BrokenFile[] = [];
  const result: WorkspaceCatalog = { roles: [], broken, renamed: Object.create(null) as Record<string, string> };
  for (const { file, parsed } of roles) {
    const own = problems.get(file.source.uri);
    if (own) broken.push({ name: file.roleDir ?? '', source: file.source, problem: own[0], problems: own.length });
    else if (parsed.value) {
      const starter = file.starterFiles && workspaceStarter(file, starters.get(file), problems);
      result.roles.push({ role: namespaced(parsed.value), source: file.source, ...(starter ? { starter } : {}) });
    }
  }
  for (const { file, parsed } of renamed) {
    const own = problems.get(file.source.uri);
    if (own) broken.push({ name: 'renamed.yaml', source: file.source, problem: own[0], problems: own.length });
    else for (const [oldId, newId] of Object.entries(parsed.value ?? {})) result.renamed[workspaceId(oldId)] = workspaceId(newId);
  }
  return { catalog: result, problems };
}

/** The role as the extension knows it: its role, skill and question ids in the workspace namespace. */
function namespaced(role: Role): Role {
  return {
    ...role,
    id: workspaceId(role.id),
    skillGroups: role.skillGroups.map((group) => ({
      ...group,
      skills: group.skills.map((skill) => ({ ...skill, id: workspaceId(skill.id) })),
    })),
    projects: role.projects.map((project) => ({ ...project, skills: project.skills.map(workspaceId) })),
    interview: role.interview.map((question) => ({ ...question, id: workspaceId(question.id) })),
  };
}

/** A role file's exercises.yaml and starter.yaml as WorkspaceFiles, so their problems are named and placed alike. */
function starterFilesOf(file: WorkspaceFile): WorkspaceFile[] {
  return [file.exercises, file.starterRules].flatMap((extra) =>
    extra ? [{ source: { folder: file.source.folder, uri: extra.uri }, roleDir: file.roleDir, text: extra.text }] : [],
  );
}

/** Parses and checks a role's exercises.yaml (against the role's own skills and starter) and starter.yaml. */
function parseStarter(file: WorkspaceFile, role: Role | undefined, found: Problem[]): ParsedStarter {
  const [exercisesFile, rulesFile] = [file.exercises, file.starterRules].map((extra) =>
    extra
      ? { name: displayName({ source: { folder: file.source.folder, uri: extra.uri }, roleDir: file.roleDir }), text: extra.text }
      : undefined,
  );
  const result: ParsedStarter = {};
  if (exercisesFile) {
    result.exercises = parseText(exercisesFile.name, exercisesFile.text, exercisesFileSchema, found);
    const ownSkills = new Set(role?.skillGroups.flatMap((g) => g.skills.map((s) => s.id)));
    const starterFiles = new Set(file.starterFiles);
    checkExercises(
      result.exercises,
      {
        // A role that did not load has problems of its own; its skills are not known well enough to judge.
        unknownSkill: (id) => (!role || ownSkills.has(id) ? undefined : notASkillOf(role.id)),
        hasStarterFile: (relative) => starterFiles.has(relative),
        starterName: `${file.source.folder}/${ROLES_FOLDER}/${file.roleDir ?? ''}/${STARTER_FOLDER}`,
      },
      found,
    );
  }
  if (rulesFile) result.rules = parseText(rulesFile.name, rulesFile.text, starterRulesSchema, found);
  return result;
}

/** The starter of a role that loaded: its rules and exercises when their files have no problem. */
function workspaceStarter(file: WorkspaceFile, parsed: ParsedStarter | undefined, problems: Map<string, Problem[]>): WorkspaceStarter {
  const starter: WorkspaceStarter = { brokenFiles: [] };
  const fine = (extra: RoleFolderFile | undefined) => {
    if (extra && problems.has(extra.uri)) starter.brokenFiles.push(extra.uri.slice(extra.uri.lastIndexOf('/') + 1));
    return extra !== undefined && !problems.has(extra.uri);
  };
  if (fine(file.exercises) && parsed?.exercises?.value) {
    starter.exercises = parsed.exercises.value.exercises.map((exercise) => ({ ...exercise, skills: exercise.skills.map(workspaceId) }));
  }
  if (fine(file.starterRules) && parsed?.rules?.value) starter.rules = parsed.rules.value;
  return starter;
}
