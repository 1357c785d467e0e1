// How progress reads in the tree, the status bar, the pages and the exports: "7/16 · 44% · 3 verified".
import type { CheckRecord } from './progressData';
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
  return `${counts.done}/${counts.total} · ${percentDone(counts)}%${counts.verified ? ` · ${counts.verified} verified` : ''}`;
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
    sentences.push(`Verified ${day(record.passedAt)} by “${record.passedBy ?? 'an exercise'}” in ${record.passedIn ?? 'a project'}.`);
  }
  if (lastCheckFailed(record)) {
    sentences.push(
      `Last check failed ${day(record.failedAt as number)}: “${record.failedBy ?? 'an exercise'}” in ${record.failedIn ?? 'a project'}.`,
    );
  }
  return sentences;
}

/** What a note is about, for tooltips and pages: its first line with text, without Markdown heading marks. */
export function noteFirstLine(note: string, max = 120): string {
  const line = (note.split('\n').find((l) => l.trim()) ?? '').replace(/^\s*#+\s*/, '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
