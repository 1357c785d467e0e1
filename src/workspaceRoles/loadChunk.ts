// Loads the workspace roles' chunk (dist/workspaceRoles.js, see scripts/build.mjs: the YAML parser and the full
// schema) once a workspace has role files. The web bundle takes loadChunk.web.ts.
export type WorkspaceRolesChunk = typeof import('../workspaceRoles/chunk.js');

// Spelt from src/ so that the build's lazy chunk rule recognises it.
export const loadWorkspaceRolesChunk = (): Promise<WorkspaceRolesChunk> => import('../workspaceRoles/chunk.js');
