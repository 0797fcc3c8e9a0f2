/** How the admin pages show money and dates: exact integer pence in, GOV.UK style text out. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 123456 → "£1,234.56"; -500 → "−£5.00" (a real minus sign, read out as minus). */
export function formatPence(pence: unknown): string {
  if (typeof pence !== 'number' || !Number.isSafeInteger(pence)) return '';
  const whole = Math.abs(pence);
  const pounds = Math.floor(whole / 100).toLocaleString('en-GB');
  const remainder = String(whole % 100).padStart(2, '0');
  return `${pence < 0 ? '\u2212' : ''}£${pounds}.${remainder}`;
}

/** "2024-04-01" → "1 April 2024"; anything else is shown as given. */
export function formatDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const time = value.length > 10 ? ` ${value.slice(11, 16)}` : '';
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${year}${time}`;
}

/** Whole pounds with separators: rateable values. */
export function formatPounds(pounds: unknown): string {
  return typeof pounds === 'number' ? `£${pounds.toLocaleString('en-GB')}` : '';
}

/**
 * "1,234.5", "£12.50" or "12" as pence, by text alone (no floating point); null when the text is
 * not an amount of money. The sign is refused here: the API says what amounts it accepts.
 */
export function poundsToPence(text: string): number | null {
  const match = /^£?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const pounds = Number((match[1] as string).replaceAll(',', ''));
  const pence = Number((match[2] ?? '0').padEnd(2, '0'));
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}

/**
 * The API's reason about a `...Pence` field, in the words of the pounds field staff typed into:
 * "must be a whole number of pence above nothing" → "must be an amount in pounds and pence above
 * nothing"; "must not be less than 100" → "must not be less than £1.00". A reason that already
 * names pounds is left as it is.
 */
export function poundsWording(reason: string): string {
  const worded = reason
    .replace(/\ba whole number of pence\b/g, 'an amount in pounds and pence')
    .replace(/\ban integer number\b/g, 'an amount in pounds and pence')
    .replace(/\binteger\b/g, 'amount in pounds and pence');
  if (worded.includes('£')) return worded;
  return worded.replace(/(?<![\w.,])(-?\d+)( pence\b)?(?![\w.,]*\d)/g, (_match, digits: string) => formatPence(Number(digits)));
}
