import { daysInclusive, InvalidInputError, isIsoDate, type DatePeriod, type IsoDate } from '../../../../kernel/src/index.js';

/** A financial year, 1 April to 31 March, written `2023-24`. Its day count is C in the charge formula. */
export interface FinancialYear extends DatePeriod {
  readonly label: string;
  readonly days: number;
}

const LABEL = /^(\d{4})-(\d{2})$/;

export function financialYear(label: string, field = 'financialYear'): FinancialYear {
  const match = LABEL.exec(label);
  const first = match ? Number(match[1]) : NaN;
  if (!match || (first + 1) % 100 !== Number(match[2])) {
    throw new InvalidInputError(field, `must be a financial year such as 2023-24, not "${label}"`);
  }
  return yearStarting(first);
}

export function financialYearOf(date: IsoDate): FinancialYear {
  if (!isIsoDate(date)) throw new RangeError(`${date} is not a date`);
  const year = Number(date.slice(0, 4));
  return yearStarting(date.slice(5) >= '04-01' ? year : year - 1);
}

function yearStarting(first: number): FinancialYear {
  const start = `${first}-04-01`;
  const end = `${first + 1}-03-31`;
  return { label: `${first}-${String((first + 1) % 100).padStart(2, '0')}`, start, end, days: daysInclusive(start, end) };
}
