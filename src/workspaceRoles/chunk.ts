// The workspace roles' chunk (dist/workspaceRoles.js): everything that needs the YAML parser and the full zod
// schema. The extension loads it only once a workspace folder has .backend-paths/roles/, or a command writes one.
export { loadWorkspaceRoles, takenByCatalog, type WorkspaceFile } from './loadWorkspaceRoles';
export { forkRoleYaml, newRoleYaml } from './roleTemplates';
export { useDisplayLanguage } from './displayLanguage';
