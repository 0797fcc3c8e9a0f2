import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceSpec } from '../profile.js';
import { readSource, type SourceRecord } from './read-source.js';

async function read(content: string | Buffer, source: Partial<SourceSpec>): Promise<SourceRecord[]> {
  const path = join(await mkdtemp(join(tmpdir(), 'reader-')), 'file.txt');
  await writeFile(path, content);
  const records: SourceRecord[] = [];
  for await (const batch of readSource(path, { file: 'file.txt', format: 'csv', encoding: 'utf-8', ...source } as SourceSpec)) records.push(...batch);
  return records;
}

const csv = { delimiter: ',', quote: '"', header: true } as const;
const brief = (records: SourceRecord[]) => records.map(({ line, fields, problem }) => ({ line, fields, problem }));

describe('the CSV reader', () => {
  it('numbers each record by the physical line it starts on, across quoted line breaks, CRLF and blank lines', async () => {
    const records = await read('a,b\r\n1,"two\r\nlines"\r\n\r\n3,"x"\r\n', { csv });
    expect(brief(records)).toEqual([
      { line: 2, fields: ['1', 'two\r\nlines'], problem: null },
      { line: 5, fields: ['3', 'x'], problem: null },
    ]);
    expect(records[0].columns).toEqual(['a', 'b']);
  });

  it('reports a wrong number of fields as the row problem, not a crash', async () => {
    expect(brief(await read('a,b\n1\n1,2,3\n', { csv }))).toEqual([
      { line: 2, fields: ['1', ''], problem: 'has 1 fields, expected 2' },
      { line: 3, fields: ['1', '2'], problem: 'has 3 fields, expected 2' },
    ]);
  });

  it('reads a * file without quotes or header, dropping the trailing empty field, in latin-1', async () => {
    const records = await read(Buffer.from('1*CAF\xc9 "X"*\n', 'latin1'), {
      encoding: 'latin1', csv: { delimiter: '*', quote: false, header: false, columns: ['n', 'name'], trailingEmptyField: true },
    });
    expect(brief(records)).toEqual([{ line: 1, fields: ['1', 'CAFÉ "X"'], problem: null }]);
  });

  it('passes over the lines to skip before the header', async () => {
    expect(brief(await read('Report of 1 April\n\na,b\n1,2\n', { skipLines: 2, csv }))).toEqual([{ line: 4, fields: ['1', '2'], problem: null }]);
  });

  it('reports an unclosed quote once, at the record it opens in, and stops', async () => {
    expect(brief(await read('a,b\n1,2\n3,"open\n4,5\n', { csv }))).toEqual([
      { line: 2, fields: ['1', '2'], problem: null },
      { line: 3, fields: [], problem: expect.stringMatching(/^cannot be read as CSV \(Quote Not Closed.*the rest of the file was not read$/) },
    ]);
  });

  it('fails the whole read for a missing file', async () => {
    await expect(read('', { csv }).then(async () => {
      for await (const record of readSource('/nonexistent/file.csv', { file: 'x', format: 'csv', encoding: 'utf-8', csv })) void record;
    })).rejects.toThrow(/ENOENT/);
  });
});

describe('the fixed-width reader', () => {
  it('cuts columns by 1-based position, trims padding and gives a short line empty values', async () => {
    const records = await read('12345ACME LTD  \n\n67890\n', {
      format: 'fixed-width', fixedWidth: { columns: [{ name: 'ref', start: 1, length: 5 }, { name: 'name', start: 6, length: 10 }] },
    });
    expect(brief(records)).toEqual([
      { line: 1, fields: ['12345', 'ACME LTD'], problem: null },
      { line: 3, fields: ['67890', ''], problem: null },
    ]);
  });
});
