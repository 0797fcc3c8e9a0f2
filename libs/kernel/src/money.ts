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


/** An exact amount of pounds, rounded half-up to the penny: the one place a bill amount is rounded. */
export function roundPoundsToPence(pounds: Exact): Pence {
  // toFixed rounds half-up to exact decimal text; dropping the point gives pence.
  return Number(pounds.toFixed(2).replace('.', ''));
}



/** Pence as pounds for people to read, e.g. 123456 → "£1,234.56", -5 → "−£0.05"; integer arithmetic only. */
export function formatPence(pence: Pence): string {
  const whole = Math.abs(pence);
  const pounds = formatPounds(Math.trunc(whole / 100));
  return `${pence < 0 ? '−' : ''}${pounds}.${String(whole % 100).padStart(2, '0')}`;
}
