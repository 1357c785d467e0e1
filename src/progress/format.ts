// How progress reads in the tree, the status bar, the pages and the exports: "7/16 · 44%".
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
  return `${counts.done}/${counts.total} · ${percentDone(counts)}%`;
}
