import { Exact } from './exact.js';

/**
 * Money is a whole number of pence. Arithmetic on rates and fractions is exact (see Exact) and
 * rounded half-up to the penny only where a bill line is produced. No binary floating point.
 */
export type Pence = number;

const CONSTANTS = new Map<string, Exact>();

/**
 * An exact decimal from reference data ("0.499"), parsed once: reference figures recur in every
 * calculation, and Exact values are immutable, so one instance can serve them all.
 */
export function exact(value: string | number): Exact {
  const key = String(value);
  let parsed = CONSTANTS.get(key);
  if (!parsed) {
    parsed = new Exact(key);
    CONSTANTS.set(key, parsed);
  }
  return parsed;
}

/** Whole pounds with thousands separators (£12,500): for explanations, without Intl's cost. */
export function formatPounds(pounds: number): string {
  return `£${String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

export function isPence(value: unknown): value is Pence {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** A whole-pounds amount (rateable values, caps) in pence. */
export function poundsToPence(pounds: number): Pence {
  if (!Number.isSafeInteger(pounds)) throw new RangeError(`${pounds} is not a whole number of pounds`);
  return pounds * 100;
}

/** An exact amount of pounds, rounded half-up to the penny: the one place a bill amount is rounded. */
export function roundPoundsToPence(pounds: Exact): Pence {
  // toFixed rounds half-up to exact decimal text; dropping the point gives pence.
  return Number(pounds.toFixed(2).replace('.', ''));
}

/** An exact amount of pence, rounded half-up to a whole penny. */
export function roundToPence(pence: Exact): Pence {
  return pence.toDecimalPlaces(0).toNumber();
}

/** £1,234.56 style, for explanations. */
export function formatPence(pence: Pence): string {
  const sign = pence < 0 ? '-' : '';
  const absolute = Math.abs(pence);
  const pounds = Math.trunc(absolute / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(absolute % 100).padStart(2, '0')}`;
}
