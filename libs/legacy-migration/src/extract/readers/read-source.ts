import type { SourceSpec } from '../profile.js';
import { readCsv } from './csv-reader.js';
import { readFixedWidth } from './fixed-width-reader.js';
import type { SourceRecord } from './source-record.js';

export type { SourceRecord } from './source-record.js';

/** The records of one source file, streamed in batches in the source's format and encoding. */
export function readSource(path: string, source: SourceSpec): AsyncGenerator<SourceRecord[]> {
  return source.format === 'csv' ? readCsv(path, source) : readFixedWidth(path, source);
}
