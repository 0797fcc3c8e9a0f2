import { formatPence, type Pence } from '../../../kernel/src/index.js';

/** Integer pence as pounds and pence for a printed document: 123456 → "£1,234.56", -500 → "-£5.00". */
export function poundsAndPence(pence: Pence): string {
  // The kernel writes a true minus sign (U+2212), which the PDF standard fonts cannot print.
  return formatPence(pence).replace('\u2212', '-');
}

/** A calendar date as people read it on a letter: "2024-04-01" → "1 April 2024". */
export function longDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
