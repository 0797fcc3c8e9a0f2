import { ChronoUnit, DateTimeParseException, LocalDate } from '@js-joda/core';

/**
 * A calendar date (no time, no zone) as `YYYY-MM-DD`: the form used in storage, APIs and statute.
 * Arithmetic goes through js-joda's LocalDate, so leap years and month ends are exact.
 */
export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  try {
    LocalDate.parse(value);
    return true;
  } catch (error) {
    if (error instanceof DateTimeParseException) return false;
    throw error;
  }
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return LocalDate.parse(date).plusDays(days).toString();
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return LocalDate.parse(date).plusMonths(months).toString();
}

/** Days from `from` to `to`, counting both ends: 1 when they are the same day. */
export function daysInclusive(from: IsoDate, to: IsoDate): number {
  return ChronoUnit.DAYS.between(LocalDate.parse(from), LocalDate.parse(to)) + 1;
}

/** Whole calendar months from `from` to `to` (how statute counts "months"). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  return ChronoUnit.MONTHS.between(LocalDate.parse(from), LocalDate.parse(to));
}

export function earlier(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function later(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function monthOf(date: IsoDate): number {
  return LocalDate.parse(date).monthValue();
}
