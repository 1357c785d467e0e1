// How each skill state looks wherever VS Code shows it (tree rows, quick picks).
import * as vscode from 'vscode';
import type { SkillState } from '../progress/progressData';

const CODICONS: Record<SkillState, string> = { 'not-started': 'circle-large-outline', 'in-progress': 'record', done: 'pass-filled' };
const COLOURS: Partial<Record<SkillState, string>> = { 'in-progress': 'charts.yellow', done: 'testing.iconPassed' };

export function stateIcon(state: SkillState): vscode.ThemeIcon {
  const colour = COLOURS[state];
  return new vscode.ThemeIcon(CODICONS[state], colour ? new vscode.ThemeColor(colour) : undefined);
}

/** For labels: "$(pass-filled)". */
export function stateLabelIcon(state: SkillState): string {
  return `$(${CODICONS[state]})`;
}
