import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import type { CsvSpec, SourceSpec } from '../profile.js';
import { decodedText } from './decode.js';
import type { SourceRecord } from './source-record.js';

/**
 * Reads a delimited file record by record. Line numbers are counted here rather than taken from
 * the parser: a record starts on the line after the previous one ended, and a quoted value holding
 * line breaks moves the next record down by as many lines.
 */
export async function* readCsv(path: string, source: SourceSpec): AsyncGenerator<SourceRecord[]> {
  const csv = source.csv as CsvSpec;
  const skipLines = source.skipLines ?? 0;
  const parser = parse({
    delimiter: csv.delimiter,
    quote: csv.quote === false ? null : csv.quote,
    escape: csv.quote === false ? null : (csv.escape ?? csv.quote),
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
    record_delimiter: ['\r\n', '\n'],
  });
  let failure: unknown;
  parser.on('error', (error) => {
    failure = error;
  });
  let nextLine = 1;
  let columns: readonly string[] | undefined = csv.header ? undefined : (csv.columns ?? []);
  const trailing = csv.trailingEmptyField ? 1 : 0;
  const relaxed = csv.relaxColumnCount === true;
  // The parser works synchronously on each chunk written to it: draining it after every chunk gives
  // the chunk's records as one batch, which saves a promise per record on a 10-million-line file.
  const drain = (): SourceRecord[] => {
    const batch: SourceRecord[] = [];
    for (let fields = parser.read() as string[] | null; fields !== null; fields = parser.read() as string[] | null) {
      const line = nextLine;
      nextLine += 1 + newlinesIn(fields);
      if (line <= skipLines || (fields.length === 1 && fields[0] === '')) continue;
      if (columns === undefined) {
        columns = csv.columns ?? withoutTrailingEmpty(fields, trailing).map((name) => name.trim());
        continue;
      }
      batch.push(shaped(line, columns, fields, trailing, relaxed));
    }
    return batch;
  };
  const unreadable = (error: Error): SourceRecord[] =>
    [{ line: nextLine, columns: columns ?? [], fields: [], problem: `cannot be read as CSV (${error.message}); the rest of the file was not read` }];
  for await (const chunk of decodedText(path, source.encoding)) {
    parser.write(chunk);
    const batch = drain();
    if (batch.length > 0) yield batch;
    if (failure !== undefined) {
      if (isParseError(failure)) yield unreadable(failure);
      else throw failure;
      return;
    }
  }
  parser.end();
  // The last record and an unclosed quote are known only once the parser has flushed.
  await finished(parser, { readable: false }).catch(() => undefined);
  const batch = drain();
  if (batch.length > 0) yield batch;
  if (isParseError(failure)) yield unreadable(failure);
  else if (failure !== undefined) throw failure;
}

function shaped(line: number, columns: readonly string[], fields: string[], trailing: number, relaxed: boolean): SourceRecord {
  const expected = columns.length + trailing;
  if (fields.length === expected && (trailing === 0 || fields[expected - 1] === '')) {
    if (trailing) fields.length = columns.length;
    return { line, columns, fields, problem: null };
  }
  const found = fields.length;
  while (fields.length < columns.length) fields.push('');
  fields.length = columns.length;
  if (relaxed) return { line, columns, fields, problem: null };
  const ending = trailing ? ' (with the trailing empty field)' : '';
  return { line, columns, fields, problem: `has ${found} fields, expected ${expected}${ending}` };
}

function withoutTrailingEmpty(fields: string[], trailing: number): string[] {
  return trailing && fields.at(-1) === '' ? fields.slice(0, -1) : fields;
}

function newlinesIn(fields: readonly string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

function isParseError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('CSV_');
}
