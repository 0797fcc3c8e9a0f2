import { addDays, addMonths, Exact, InvalidInputError, isIsoDate, isPence, monthOf, wholeMonthsBetween, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';

export interface InstalmentRequest {
  /** The amount the notice demands for the year, in pence. Nothing is scheduled for nil or a credit. */
  readonly totalPence: Pence;
  readonly year: FinancialYear;
  readonly noticeIssuedOn: IsoDate;
  /** Defaults to the `dayOfMonth` of the first month it falls at least 14 days after the notice, and not before the year. */
  readonly firstDueDate?: IsoDate;
  /** Council policy: the day of the month instalments fall due, 1 to 28 (the 1st unless the council says otherwise). */
  readonly dayOfMonth?: number;
  /** 12 when the ratepayer has asked for 12 (SI 2014/479); otherwise the statutory 10. */
  readonly requestedCount?: 10 | 12;
  /** Council policy: fewer instalments rather than any below this (the "under £50" rule). */
  readonly minimumInstalmentPence?: Pence;
}

export interface Instalment {
  readonly number: number;
  readonly dueDate: IsoDate;
  readonly amountPence: Pence;
}

/**
 * A demand notice's instalments (SI 1989/1058 Sch 1 Pt I).
 * - How many: 10 monthly, or if fewer the whole months left in the year after the month the notice
 *   is issued, less one; a notice issued January to March of the year is paid in one. On request,
 *   12 (taken here as one in each whole month left, at most 12: the source does not spell it out).
 *   Fewer whenever an instalment would be nil or negative, or below the council's minimum if given.
 * - How much (the A/B rule): if the total divides into whole pounds, all are equal; otherwise every
 *   instalment but the first is A = total ÷ count rounded to the nearest pound, and the first is
 *   B = total − (count − 1) × A.
 * - When: monthly from the first due date, within the year (a notice in the year's last fortnight:
 *   one instalment 14 days after it).
 */
export function instalmentSchedule(request: InstalmentRequest): Instalment[] {
  const { totalPence, year, noticeIssuedOn, requestedCount = 10, minimumInstalmentPence = 0, dayOfMonth = 1 } = request;
  if (!Number.isInteger(dayOfMonth) || dayOfMonth < 1 || dayOfMonth > 28) throw new InvalidInputError('instalments.dayOfMonth', 'must be a whole number from 1 to 28');
  if (!isPence(totalPence)) throw new InvalidInputError('instalments.totalPence', 'must be a whole number of pence');
  if (requestedCount !== 10 && requestedCount !== 12) throw new InvalidInputError('instalments.count', 'must be 10 or 12');
  if (!isPence(minimumInstalmentPence) || minimumInstalmentPence < 0) {
    throw new InvalidInputError('instalments.minimumInstalmentPence', 'must be a whole number of pence, zero or more');
  }
  if (!isIsoDate(noticeIssuedOn)) throw new InvalidInputError('instalments.noticeIssuedOn', 'must be a date such as 2024-03-20');
  if (noticeIssuedOn > year.end) throw new InvalidInputError('instalments.noticeIssuedOn', `must be on or before the end of ${year.label} (${year.end})`);

  const firstDueDate = request.firstDueDate ?? defaultFirstDueDate(year, noticeIssuedOn, dayOfMonth);
  if (!isIsoDate(firstDueDate)) throw new InvalidInputError('instalments.firstDueDate', 'must be a date such as 2024-04-15');
  if (firstDueDate < noticeIssuedOn) throw new InvalidInputError('instalments.firstDueDate', 'must not be before the notice is issued');
  if (firstDueDate < year.start) throw new InvalidInputError('instalments.firstDueDate', `must fall within ${year.label}`);
  // A notice issued in the year's last fortnight is paid in one instalment, due after the year ends.
  const lastFortnight = addDays(noticeIssuedOn, 14) > year.end;
  if (firstDueDate > year.end && !lastFortnight) throw new InvalidInputError('instalments.firstDueDate', `must fall within ${year.label}`);
  if (totalPence <= 0) return [];

  const monthsLeftForDueDates = firstDueDate > year.end ? 1 : wholeMonthsBetween(firstDueDate, year.end) + 1;
  let count = Math.max(1, Math.min(statutoryCount(year, noticeIssuedOn, requestedCount), monthsLeftForDueDates));
  // An instalment of nothing (or less) is no instalment; below the council's minimum, fewer are asked for.
  // One instalment is the whole total, so the loop always stops.
  const floor = Math.max(1, minimumInstalmentPence);
  while (count > 1 && Math.min(...splitAB(totalPence, count)) < floor) count -= 1;

  const [first, regular] = splitAB(totalPence, count);
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    dueDate: addMonths(firstDueDate, index),
    amountPence: index === 0 ? first : regular,
  }));
}

/** [B, A]: the first instalment and every later one. B can be below A, even nil or negative, for small totals. */
function splitAB(totalPence: Pence, count: number): [Pence, Pence] {
  const regular = regularAmount(totalPence, count);
  return [totalPence - (count - 1) * regular, regular];
}

/** The statutory number of instalments for a notice issued on a day. */
export function statutoryCount(year: FinancialYear, noticeIssuedOn: IsoDate, requested: 10 | 12): number {
  if (noticeIssuedOn >= year.start && [1, 2, 3].includes(monthOf(noticeIssuedOn))) return 1;
  const monthsAfterIssue = noticeIssuedOn < year.start ? 12 : 12 - ((monthOf(noticeIssuedOn) + 8) % 12) - 1;
  return requested === 12 ? Math.min(12, monthsAfterIssue) : Math.min(10, monthsAfterIssue - 1);
}

/** A: the total over the count, to the nearest whole pound, half up (exact when it already divides into pounds). */
function regularAmount(totalPence: Pence, count: number): Pence {
  return new Exact(totalPence).div(count * 100).toDecimalPlaces(0).toNumber() * 100;
}

function defaultFirstDueDate(year: FinancialYear, noticeIssuedOn: IsoDate, dayOfMonth: number): IsoDate {
  const earliest = addDays(noticeIssuedOn, 14);
  const day = String(dayOfMonth).padStart(2, '0');
  const thisMonth = `${earliest.slice(0, 7)}-${day}`;
  const first = thisMonth >= earliest ? thisMonth : `${addMonths(thisMonth, 1).slice(0, 7)}-${day}`;
  if (first < year.start) return `${year.start.slice(0, 7)}-${day}`;
  return first > year.end ? earliest : first;
}
