// What the workspace adds to the catalog: the roles of .backend-paths/roles/ that loaded (ids namespaced, see
// ids.ts), the files that did not (each with its first problem, for the tree's error row), and their renames.
// Types only at run time: the loader that makes them lives in the workspace roles' chunk.
import type { Exercise } from './exerciseSchema';
import type { Problem } from './problems';
import type { Role } from './schema';
import type { StarterRules } from './starterSchema';

/** Where a workspace role's file is: the workspace folder's name, and the file's URI (as a string). */
export interface RoleSource {
  folder: string;
  uri: string;
}

/** A workspace role's starter/ folder and the files beside it that describe it. */
export interface WorkspaceStarter {
  /** The names the starter cannot take (starter.yaml), when the role has that file. */
  rules?: StarterRules;
  /** Its exercises (exercises.yaml), their skill ids namespaced like the role's; absent without that file. */
  exercises?: Exercise[];
  /** The files beside starter/ that have problems (see their diagnostics): the starter cannot be scaffolded then. */
  brokenFiles: string[];
}

export interface WorkspaceRole {
  role: Role;
  source: RoleSource;
  /** Present when the role's folder has a starter/. */
  starter?: WorkspaceStarter;
}

/** A file that did not load: its name in the tree (the role's folder), its first problem and how many it has. */
export interface BrokenFile {
  name: string;
  source: RoleSource;
  problem: Problem;
  problems: number;
}

export interface WorkspaceCatalog {
  roles: WorkspaceRole[];
  broken: BrokenFile[];
  /** Namespaced old skill id → namespaced new one, from the folders' renamed.yaml. */
  renamed: Record<string, string>;
}

export const NO_WORKSPACE_ROLES: WorkspaceCatalog = { roles: [], broken: [], renamed: Object.create(null) as Record<string, string> };
