// How progress reads in the tree, the status bar, the pages and the exports: "7/16 · 44% · 3 verified".
import * as l10n from '@vscode/l10n';
import type { CheckRecord, ShownState } from './progressData';
import type { Counts } from './progressStore';

/** Whole percent done; never shows 100% before the last skill, nor 0% after the first. */
export function percentDone(counts: Counts): number {
  if (counts.total === 0) return 0;
  const exact = (counts.done / counts.total) * 100;
  if (counts.done > 0 && exact < 1) return 1;
  if (counts.done < counts.total && exact > 99) return 99;
  return Math.round(exact);
}

export function formatCounts(counts: Counts): string {
  const figures = `${counts.done}/${counts.total} · ${percentDone(counts)}%`;
  return counts.verified ? l10n.t('{0} · {1} verified', figures, counts.verified) : figures;
}

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Whether the last check of a skill failed after its last pass (or without any pass). */
export function lastCheckFailed(record: CheckRecord | undefined): boolean {
  return record?.failedAt !== undefined && record.failedAt > (record.passedAt ?? -1);
}

/** What checks proved about a skill, one sentence each: the last pass, and a later failure. */
export function checkSentences(record: CheckRecord | undefined): string[] {
  if (!record) return [];
  const sentences: string[] = [];
  if (record.passedAt !== undefined) {
    sentences.push(
      l10n.t(
        'Verified {0} by “{1}” in {2}.',
        day(record.passedAt),
        record.passedBy ?? l10n.t('an exercise'),
        record.passedIn ?? l10n.t('a project'),
      ),
    );
  }
  if (lastCheckFailed(record)) {
    sentences.push(
      l10n.t(
        'Last check failed {0}: “{1}” in {2}.',
        day(record.failedAt as number),
        record.failedBy ?? l10n.t('an exercise'),
        record.failedIn ?? l10n.t('a project'),
      ),
    );
  }
  return sentences;
}

/** What a note is about, for tooltips and pages: its first line with text, without Markdown heading marks. */
export function noteFirstLine(note: string, max = 120): string {
  const line = (note.split('\n').find((l) => l.trim()) ?? '').replace(/^\s*#+\s*/, '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Words for a skill's state, as a tree row's description, a page's badge and for screen readers. */
export function stateWords(state: ShownState): string {
  switch (state) {
    case 'not-started':
      return l10n.t('not started');
    case 'in-progress':
      return l10n.t('in progress');
    case 'done':
      return l10n.t('done');
    case 'verified':
      return l10n.t('verified');
  }
}
