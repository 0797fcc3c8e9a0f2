import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { InvalidInputError, isIsoDate, type IsoDate } from '../../../../kernel/src/index.js';

export const PAYMENT_FILE_FORMATS = ['localgovims', 'bank-statement', 'allpay'] as const;
export type PaymentFileFormat = (typeof PAYMENT_FILE_FORMATS)[number];

/** The methods the core records; each format says which of them its lines were paid by. */
export type LineMethod = 'bank-transfer' | 'card' | 'direct-debit' | 'cheque' | 'cash';

/** One payment in a file, checked: ready to post. */
export interface PaymentLine {
  /** The line in the file (the header is line 1). */
  readonly lineNumber: number;
  /** The paying system's own id for the transaction; null where the format has none. */
  readonly transactionId: string | null;
  readonly accountReference: string;
  readonly amountPence: number;
  readonly receivedOn: IsoDate;
  readonly method: LineMethod;
}

export interface PaymentFile {
  readonly format: PaymentFileFormat;
  readonly sha256: string;
  readonly lines: readonly PaymentLine[];
  readonly totalPence: number;
}

/** A row of a CSV file by its header's column names, and the file line it came from. */
export interface CsvRow {
  readonly lineNumber: number;
  readonly values: Readonly<Record<string, string>>;
}

export function sha256Of(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** The key a line posts under: its own transaction id, or where the format has none, the file's hash and the line. */
export function idempotencyKeyFor(file: PaymentFile, line: PaymentLine): string {
  return line.transactionId === null ? `${file.format}:${file.sha256}:${line.lineNumber}` : `${file.format}:${line.transactionId}`;
}

/** A bad line or field: the error names the line, the column and the reason. */
export function badLine(lineNumber: number, column: string, reason: string): InvalidInputError {
  return new InvalidInputError(`line ${lineNumber} ${column}`, reason);
}

/** Reads a CSV file whose first line names its columns; every column in `required` must be there. */
export function readCsv(content: string, required: readonly string[]): CsvRow[] {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(content.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    throw new InvalidInputError(lines ? `line ${lines}` : 'file', `not readable as CSV: ${(error as Error).message}`);
  }
  const header = content.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const missing = required.filter((column) => !parseHeader(header).includes(column));
  if (missing.length > 0) throw badLine(1, 'header', `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${required.join(',')})`);
  if (records.length === 0) throw new InvalidInputError('file', 'has no payment lines');
  return records.map(({ record, info }) => ({ lineNumber: info.lines, values: record }));
}

function parseHeader(header: string): string[] {
  return (parse(header, { trim: true }) as string[][])[0] ?? [];
}

/** Pounds and pence as written in payment files (`12.34`, `12.3`, `12`): integer pence, never a float. */
export function poundsToPence(row: CsvRow, column: string): number {
  const written = field(row, column);
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(written);
  if (!match) throw badLine(row.lineNumber, column, `"${written}" is not an amount in pounds such as 123.45`);
  const pence = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  if (pence <= 0) throw badLine(row.lineNumber, column, 'must be more than nothing');
  return pence;
}

/** A date written `YYYY-MM-DD` (optionally followed by a time, which is ignored) or `DD/MM/YYYY`. */
export function dateIn(row: CsvRow, column: string, today: IsoDate): IsoDate {
  const written = field(row, column);
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?$/.exec(written)?.[1];
  const british = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(written);
  const date = iso ?? (british ? `${british[3]}-${british[2]}-${british[1]}` : undefined);
  if (!date || !isIsoDate(date)) throw badLine(row.lineNumber, column, `"${written}" is not a date such as 2026-04-01 or 01/04/2026`);
  if (date > today) throw badLine(row.lineNumber, column, `${date} is after today (${today})`);
  return date;
}

/** A column's text, which must be there and be 1 to 100 characters. */
export function field(row: CsvRow, column: string): string {
  const value = row.values[column] ?? '';
  if (value.length === 0) throw badLine(row.lineNumber, column, 'is empty');
  if (value.length > 100) throw badLine(row.lineNumber, column, 'is longer than 100 characters');
  return value;
}

/** The file, checked whole: no transaction id twice, and the total. */
export function paymentFile(format: PaymentFileFormat, content: string, lines: PaymentLine[]): PaymentFile {
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (line.transactionId === null) continue;
    const first = seen.get(line.transactionId);
    if (first !== undefined) throw badLine(line.lineNumber, 'transaction id', `${line.transactionId} is also on line ${first}`);
    seen.set(line.transactionId, line.lineNumber);
  }
  return { format, sha256: sha256Of(content), lines, totalPence: lines.reduce((total, line) => total + line.amountPence, 0) };
}
