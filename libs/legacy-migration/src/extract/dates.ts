import { Refusal } from './values.js';

/**
 * Dates as legacy systems write them, read strictly: a format is a pattern of YYYY, MM, DD, MON
 * (JAN..DEC), HH, mm, ss and SSS with literal separators. Two-digit years, 31/02 and anything not
 * in one of the formats are refused rather than guessed, because a guessed date changes a bill.
 */
const TOKENS: Readonly<Record<string, string>> = {
  YYYY: '(\\d{4})', MON: '([A-Za-z]{3})', MM: '(\\d{2})', DD: '(\\d{2})',
  HH: '(\\d{2})', mm: '(\\d{2})', ss: '(\\d{2})', SSS: '(\\d{3})',
};
const TOKEN = /YYYY|MON|MM|DD|HH|mm|ss|SSS/g;
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

interface DateFormat {
  readonly text: string;
  readonly pattern: RegExp;
  readonly order: readonly string[];
}

export function compileDateFormat(format: string): DateFormat {
  const order: string[] = [];
  let source = '';
  let last = 0;
  for (const match of format.matchAll(TOKEN)) {
    source += escapeRegExp(format.slice(last, match.index)) + TOKENS[match[0]];
    order.push(match[0]);
    last = match.index + match[0].length;
  }
  source += escapeRegExp(format.slice(last));
  if (!order.includes('YYYY') || !(order.includes('MM') || order.includes('MON')) || !order.includes('DD')) {
    throw new Error(`date format "${format}" needs YYYY, MM (or MON) and DD`);
  }
  if (new Set(order).size !== order.length) throw new Error(`date format "${format}" repeats a part`);
  return { text: format, pattern: new RegExp(`^${source}$`), order };
}

/** The ISO date (YYYY-MM-DD) a text stands for in the first format it matches; a time of day is checked and dropped. */
export function parseDate(text: string, formats: readonly DateFormat[]): string | Refusal {
  for (const format of formats) {
    const match = format.pattern.exec(text);
    if (match) return dateFromParts(text, format, match);
  }
  return new Refusal(`not a date in the form ${formats.map((format) => format.text).join(' or ')}`);
}

function dateFromParts(text: string, format: DateFormat, match: RegExpExecArray): string | Refusal {
  let year = 0, month = 0, day = 0;
  for (let index = 0; index < format.order.length; index += 1) {
    const part = match[index + 1];
    switch (format.order[index]) {
      case 'YYYY': year = Number(part); break;
      case 'MM': month = Number(part); break;
      case 'MON': month = MONTHS.indexOf(part.toUpperCase()) + 1; break;
      case 'DD': day = Number(part); break;
      case 'HH': if (Number(part) > 23) return new Refusal(`not a time of day: ${text}`); break;
      case 'mm': case 'ss': if (Number(part) > 59) return new Refusal(`not a time of day: ${text}`); break;
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1) {
    return new Refusal('not a real date');
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
