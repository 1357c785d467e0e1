// Calendar days as the learner lives them: a streak and "due today" follow their local midnight.

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The learner's calendar day of `time` (days since 1970-01-01 in local time), so a streak follows their midnight. */
export function localDay(time: number): number {
  return Math.floor((time - new Date(time).getTimezoneOffset() * 60_000) / DAY_MS);
}

/** The first millisecond of the local day after the day of `time`. */
export function endOfLocalDay(time: number): number {
  const date = new Date(time);
  date.setHours(24, 0, 0, 0);
  return date.getTime();
}
