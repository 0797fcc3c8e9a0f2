import { Refusal } from './values.js';

/**
 * Money as legacy extracts write it, read without floating point: the text is split at the point
 * and the pence are the digits put together, so 1234.56 is 123456 exactly, however large.
 * Accepted: an optional minus, an optional £, digits (thousands may be grouped with commas) and at
 * most two decimals: `1234.56`, `-12.5`, `£1,234.56`, `-£3`. A third decimal is refused, not rounded.
 */
const POUNDS_AND_PENCE = /^(-?)£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;
const WHOLE_POUNDS = /^(-?)£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.0{1,2})?$/;
const INTEGER = /^-?\d+$/;

export function parsePence(text: string): number | Refusal {
  const match = POUNDS_AND_PENCE.exec(text);
  if (!match) return new Refusal(moneyReason(text, 'an amount of pounds and pence (e.g. 1234.56)'));
  const [, sign, pounds, pence = ''] = match;
  return safeInteger(sign + pounds.replaceAll(',', '') + pence.padEnd(2, '0'), text);
}

/** Whole pounds (a rateable value): `12500`, `12,500`, `£12,500`; `12500.00` is whole, `12500.50` is refused. */
export function parsePounds(text: string): number | Refusal {
  const match = WHOLE_POUNDS.exec(text);
  if (!match) return new Refusal(moneyReason(text, 'a whole number of pounds'));
  return safeInteger(match[1] + match[2].replaceAll(',', ''), text);
}

export function parseInteger(text: string): number | Refusal {
  if (!INTEGER.test(text)) return new Refusal('not a whole number');
  return safeInteger(text, text);
}

/** Whole pence as the pounds text an extract would hold ("-12.05"): the inverse of parsePence. */
export function penceAsPoundsText(pence: number | bigint): string {
  const whole = BigInt(pence);
  const size = whole < 0n ? -whole : whole;
  return `${whole < 0n ? '-' : ''}${size / 100n}.${String(size % 100n).padStart(2, '0')}`;
}

function safeInteger(digits: string, text: string): number | Refusal {
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) return new Refusal(`too large: ${text}`);
  // -0 (from "-0.00") is zero.
  return value === 0 ? 0 : value;
}

function moneyReason(text: string, expected: string): string {
  if (/^-?£?[\d,]*\.\d{3,}$/.test(text)) return `has more than two decimal places: not ${expected}`;
  return `not ${expected}`;
}
