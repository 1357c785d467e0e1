// Today's deck as the learner set it up: the thin vscode-facing side of deck.ts (settings, progress, the clock),
// shared by the Practice page and the due-count badge so both always agree.
import * as vscode from 'vscode';
import { skillIdsOfRole, type CatalogIndex } from '../catalog/catalogIndex';
import type { Role } from '../catalog/schema';
import type { ProgressStore } from '../progress/progressStore';
import { buildDeck, deckRoles, type Deck } from './deck';

/** What a Practice page practises: the deck of every chosen or started role, or one role's questions. */
export type PracticeScope = { kind: 'deck' } | { kind: 'role'; role: Role };

export const PRACTICE_SETTINGS = 'backendPaths.practice';
const DEFAULT_NEW_PER_DAY = 10;

function settings(): { newPerDay: number; roles: string[] } {
  const config = vscode.workspace.getConfiguration(PRACTICE_SETTINGS);
  const newPerDay = config.get<number>('newCardsPerDay', DEFAULT_NEW_PER_DAY);
  const roles = config.get<unknown>('roles', []);
  return {
    newPerDay: Number.isInteger(newPerDay) && newPerDay >= 0 ? newPerDay : DEFAULT_NEW_PER_DAY,
    roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string') : [],
  };
}

/** The roles of a scope's deck (none when the learner has neither started nor chosen a role). */
export function scopeRoles(scope: PracticeScope, index: CatalogIndex, store: ProgressStore): readonly Role[] {
  if (scope.kind === 'role') return [scope.role];
  const started = (role: Role) => skillIdsOfRole(role).some((id) => store.state(id) !== 'not-started');
  return deckRoles(index.roles, settings().roles, started);
}

export function todaysDeck(scope: PracticeScope, index: CatalogIndex, store: ProgressStore, now = Date.now()): Deck {
  return buildDeck({ roles: scopeRoles(scope, index, store), reviews: store.reviewStates, newPerDay: settings().newPerDay, now });
}

/** Fires when a practice setting changes. */
export function onDidChangePracticeSettings(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(PRACTICE_SETTINGS)) listener();
  });
}
