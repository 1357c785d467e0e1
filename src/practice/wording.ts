// How practice speaks about time: when a card comes back, in words a button can carry.
import * as l10n from '@vscode/l10n';
import { DAY_MS } from '../progress/days';

/** "tomorrow", "in 3 days", "in 5 weeks", "in 4 months", "in 2 years": rounded to what a learner plans by. */
export function comesBackIn(ms: number): string {
  const days = Math.max(1, Math.round(ms / DAY_MS));
  if (days === 1) return l10n.t('tomorrow');
  if (days < 14) return l10n.t('in {0} days', days);
  if (days < 60) return l10n.t('in {0} weeks', Math.round(days / 7));
  if (days < 365) return l10n.t('in {0} months', Math.round(days / 30));
  const years = Math.round(days / 365);
  return years === 1 ? l10n.t('in a year') : l10n.t('in {0} years', years);
}

/** "1 card", "3 cards". */
export const cards = (count: number): string => (count === 1 ? l10n.t('1 card') : l10n.t('{0} cards', count));

/** "1 card left today", "7 cards left today". */
export const cardsLeftToday = (left: number): string => (left === 1 ? l10n.t('1 card left today') : l10n.t('{0} cards left today', left));

/** "7 cards left today · 3 reviewed today · 2 days in a row". */
export function dayFigures(left: number, reviewedToday: number, streak: number): string {
  const figures = [cardsLeftToday(left), l10n.t('{0} reviewed today', reviewedToday)];
  if (streak > 0) figures.push(streak === 1 ? l10n.t('1 day in a row') : l10n.t('{0} days in a row', streak));
  return figures.join(' · ');
}
