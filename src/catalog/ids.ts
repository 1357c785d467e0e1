// The fixed vocabularies of the catalog, free of zod so that run-time code can import them.

/** In the guide's order. Saved progress and other extensions depend on these; never change one. */
export const ROLE_IDS = [
  'backend-beginner',
  'nodejs',
  'python',
  'java-spring',
  'dotnet',
  'graphql',
  'php-laravel',
  'api-design',
  'microservices',
  'engineering-manager',
  'devops',
] as const;

/** Every id of the catalog: lower-case letters and digits joined by single dashes. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const LEVELS = ['beginner', 'intermediate', 'advanced', 'specialist'] as const;

export type RoleId = (typeof ROLE_IDS)[number];

export function isCatalogRoleId(id: string): id is RoleId {
  return (ROLE_IDS as readonly string[]).includes(id);
}
export type Level = (typeof LEVELS)[number];

/**
 * Roles, skills and questions of workspace roles (.backend-paths/roles/) are known by their own id with this
 * prefix, and no built-in id has it: so a workspace role can never take over a built-in id's saved progress.
 */
export const WORKSPACE_ID_PREFIX = 'ws-';

export function isWorkspaceId(id: string): boolean {
  return id.startsWith(WORKSPACE_ID_PREFIX);
}

export function workspaceId(authoredId: string): string {
  return `${WORKSPACE_ID_PREFIX}${authoredId}`;
}
