// loadChunk.ts for the web worker extension host: the same dist/workspaceRoles.js, loaded by webChunk.ts.
import { loadChunk } from '../webChunk';
import type { WorkspaceRolesChunk } from './loadChunk';

export const loadWorkspaceRolesChunk = (): Promise<WorkspaceRolesChunk> => loadChunk<WorkspaceRolesChunk>('workspaceRoles');
