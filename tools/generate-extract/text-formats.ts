import type { IsoDate } from '../../libs/kernel/src/index.js';

/** The text forms the three layouts use (docs/legacy-extract-formats.md); money is integer pence throughout. */

/** `2026-04-01` → `01/04/2026` (Academy and open data). */
export function dayMonthYear(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** `2026-04-01` → `01-APR-2026` (VOA). */
export function voaDate(date: IsoDate): string {
  return `${date.slice(8, 10)}-${MONTHS[Number(date.slice(5, 7)) - 1]}-${date.slice(0, 4)}`;
}

/** Pence as `1234.56` (or `-0.05`), by integer arithmetic: no binary floating point touches money. */
export function poundsText(pence: number): string {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
  const whole = Math.abs(pence);
  return `${pence < 0 ? '-' : ''}${Math.trunc(whole / 100)}.${String(whole % 100).padStart(2, '0')}`;
}

/** `1234.56` or `-0.05` back to pence; null when it is not money in that form. */
export function penceFromText(text: string): number | null {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) return null;
  const pence = Number(match[2]) * 100 + Number(match[3]);
  return match[1] ? -pence : pence;
}

/** The Academy "still open" date. */
export const OPEN_END = '2099-12-31';
