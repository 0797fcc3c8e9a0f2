import { createInterface } from 'node:readline';
import type { FixedWidthSpec, SourceSpec } from '../profile.js';
import { decodedText } from './decode.js';
import type { SourceRecord } from './source-record.js';

/**
 * Reads a fixed-width file line by line, cutting each column by position (1-based start) and
 * trimming the padding. A short line gives empty values for the columns it does not reach, as
 * writers often drop trailing spaces; a blank line is passed over.
 */
export async function* readFixedWidth(path: string, source: SourceSpec): AsyncGenerator<SourceRecord[]> {
  const spec = source.fixedWidth as FixedWidthSpec;
  const columns = spec.columns.map((column) => column.name);
  const starts = spec.columns.map((column) => column.start - 1);
  const ends = spec.columns.map((column) => column.start - 1 + column.length);
  const skipLines = source.skipLines ?? 0;
  let line = 0;
  for await (const text of createInterface({ input: decodedText(path, source.encoding), crlfDelay: Infinity })) {
    line += 1;
    if (line <= skipLines || text.trim() === '') continue;
    const fields = starts.map((start, index) => text.slice(start, ends[index]).trim());
    yield [{ line, columns, fields, problem: null }];
  }
}
