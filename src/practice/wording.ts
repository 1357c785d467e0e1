// How practice speaks about time: when a card comes back, in words a button can carry.
import { DAY_MS } from '../progress/days';

/** "tomorrow", "in 3 days", "in 5 weeks", "in 4 months", "in 2 years": rounded to what a learner plans by. */
export function comesBackIn(ms: number): string {
  const days = Math.max(1, Math.round(ms / DAY_MS));
  if (days === 1) return 'tomorrow';
  if (days < 14) return `in ${days} days`;
  if (days < 60) return `in ${Math.round(days / 7)} weeks`;
  if (days < 365) return `in ${Math.round(days / 30)} months`;
  const years = Math.round(days / 365);
  return years === 1 ? 'in a year' : `in ${years} years`;
}

/** "1 card", "3 cards". */
export const cards = (count: number): string => `${count} ${count === 1 ? 'card' : 'cards'}`;

/** "7 cards left today · 3 reviewed today · 2 days in a row". */
export function dayFigures(left: number, reviewedToday: number, streak: number): string {
  const inARow = streak > 0 ? ` · ${streak} ${streak === 1 ? 'day' : 'days'} in a row` : '';
  return `${cards(left)} left today · ${reviewedToday} reviewed today${inARow}`;
}
