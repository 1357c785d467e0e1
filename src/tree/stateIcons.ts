// How each skill state looks and reads wherever VS Code shows it (tree rows, quick picks, screen readers).
import * as vscode from 'vscode';
import type { ShownState } from '../progress/progressData';

const CODICONS: Record<ShownState, string> = {
  'not-started': 'circle-large-outline',
  'in-progress': 'record',
  done: 'pass-filled',
  verified: 'verified-filled',
};
const COLOURS: Partial<Record<ShownState, string>> = {
  'in-progress': 'charts.yellow',
  done: 'testing.iconPassed',
  verified: 'charts.green',
};
export function stateIcon(state: ShownState): vscode.ThemeIcon {
  const colour = COLOURS[state];
  return new vscode.ThemeIcon(CODICONS[state], colour ? new vscode.ThemeColor(colour) : undefined);
}

/** For labels: "$(pass-filled)". */
export function stateLabelIcon(state: ShownState): string {
  return `$(${CODICONS[state]})`;
}
