import * as vscode from 'vscode';
import type { BackendPathsApi } from '../../src/extension';

export async function activateExtension(): Promise<BackendPathsApi> {
  const extension = vscode.extensions.getExtension<BackendPathsApi>('backend-paths.backend-paths');
  if (!extension) throw new Error('Backend Paths is not installed in this extension host');
  return extension.activate();
}
