import { Decimal } from 'decimal.js';

/**
 * Money is a whole number of pence. Arithmetic on rates and fractions is done in exact decimals
 * and rounded half-up to the penny only where a bill line is produced. No binary floating point.
 */
export type Pence = number;

/** Exact decimal arithmetic, configured once: enough precision for any rates sum, half-up rounding. */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Exact = Decimal;

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
  return pounds.times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** An exact amount of pence, rounded half-up to a whole penny. */
export function roundToPence(pence: Exact): Pence {
  return pence.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** £1,234.56 style, for explanations. */
export function formatPence(pence: Pence): string {
  const sign = pence < 0 ? '-' : '';
  const absolute = Math.abs(pence);
  const pounds = Math.trunc(absolute / 100).toLocaleString('en-GB');
  return `${sign}£${pounds}.${String(absolute % 100).padStart(2, '0')}`;
}
