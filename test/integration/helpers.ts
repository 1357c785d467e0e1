import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Internals, TestApi } from '../../src/api';
import { CHECKS_KEY, NOTES_KEY, PROGRESS_KEY, REVIEWS_KEY, STREAK_KEY } from '../../src/progress/progressStore';

/** Activates the extension and returns what it exports under its integration tests: the API and its internals. */
export async function activateApi(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<TestApi>('backend-paths.backend-paths');
  if (!extension) throw new Error('Backend Paths is not installed in this extension host');
  return extension.activate();
}

/** Activates the extension and returns its internals (exported only in ExtensionMode.Test). */
export async function activateExtension(): Promise<Internals> {
  const { internals } = await activateApi();
  assert.ok(internals, 'the extension exports its internals when it runs under its tests');
  return internals;
}

/** Clears all saved progress, so each test starts from nothing. */
export async function clearProgress(api: Internals): Promise<void> {
  await api.globalState.update(PROGRESS_KEY, undefined);
  await api.globalState.update(CHECKS_KEY, undefined);
  await api.globalState.update(NOTES_KEY, undefined);
  await api.globalState.update(REVIEWS_KEY, undefined);
  await api.globalState.update(STREAK_KEY, undefined);
  await api.progress.load();
}

/** The saved value, as Settings Sync would carry it. */
export function savedSkills(api: Internals): Record<string, { state: string; changedAt: number }> {
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

/** A small valid workspace role.yaml: one group "basics" with one skill `<id>-first`, one project. */
export function smallRoleYaml(id: string, title: string): string {
  return `id: ${id}
title: ${title}
icon: book
summary: A small path of our team.
level: beginner
duration: { minMonths: 1, wording: "1 month" }
market: {}
learn: { aliases: [${id}], levels: [beginner] }
skillGroups:
  - id: basics
    title: Basics
    skills:
      - id: ${id}-first
        name: First skill
        description: The first thing to learn.
        level: beginner
        docs: [{ title: MDN, url: "https://developer.mozilla.org/" }]
projects: [{ title: A project, description: Build it. }]
stack: [Node.js]
`;
}
