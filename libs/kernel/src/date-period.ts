import { addDays, daysInclusive, type IsoDate } from './calendar-date.js';

/** An inclusive run of days: `start` and `end` both count. */
export interface DatePeriod {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

export function periodDays(period: DatePeriod): number {
  return daysInclusive(period.start, period.end);
}



/**
 * Cuts a period into consecutive pieces at each change date (a date on which something new takes
 * effect). Dates outside the period are ignored; the pieces cover the period exactly, with no gaps.
 */
export function splitAt(period: DatePeriod, changeDates: Iterable<IsoDate>): DatePeriod[] {
  const cuts = [...new Set(changeDates)].filter((date) => date > period.start && date <= period.end).sort();
  const pieces: DatePeriod[] = [];
  let start = period.start;
  for (const cut of cuts) {
    pieces.push({ start, end: addDays(cut, -1) });
    start = cut;
  }
  pieces.push({ start, end: period.end });
  return pieces;
}
