// Market data in words, the same in the tree's tooltips and on the pages.
import * as l10n from '@vscode/l10n';
import type { Role } from './schema';

type Salary = NonNullable<Role['market']['salary']>;

export function formatSalaryRange(salary: Salary): string {
  const money = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: salary.currency,
    notation: 'compact',
    maximumFractionDigits: 0,
  });
  return l10n.t('{0}–{1} a year ({2})', money.format(salary.min), money.format(salary.max), salary.region);
}

export function formatGrowth(percent: number): string {
  return `${percent > 0 ? '+' : ''}${percent}%`;
}

/** "4 of 5", for screen readers and for anyone who does not read stars. */
export function formatDemand(demand: number): string {
  return l10n.t('{0} of 5', demand);
}
