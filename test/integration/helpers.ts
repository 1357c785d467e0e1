import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { BackendPathsApi } from '../../src/extension';
import { PROGRESS_KEY } from '../../src/progress/progressStore';

export async function activateExtension(): Promise<BackendPathsApi> {
  const extension = vscode.extensions.getExtension<BackendPathsApi>('backend-paths.backend-paths');
  if (!extension) throw new Error('Backend Paths is not installed in this extension host');
  return extension.activate();
}

/** Clears all saved progress, so each test starts from nothing. */
export async function clearProgress(api: BackendPathsApi): Promise<void> {
  await api.globalState.update(PROGRESS_KEY, undefined);
  await api.progress.load();
}

/** The saved value, as Settings Sync would carry it. */
export function savedSkills(api: BackendPathsApi): Record<string, { state: string; changedAt: number }> {
  const saved = api.globalState.get<{ version: number; skills: Record<string, { state: string; changedAt: number }> }>(PROGRESS_KEY);
  assert.equal(saved?.version, 1);
  return saved.skills;
}

export function workspaceFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests need a workspace folder');
  return folder.uri;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
