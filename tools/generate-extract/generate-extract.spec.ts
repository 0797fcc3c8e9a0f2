import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ACADEMY_FILES } from './academy-layout.js';
import { byteLines, decode, documentedColumns, fieldsOf, generated } from './spec-support.js';
import { OPEN_DATA_COLUMNS, OPEN_DATA_FILE } from './write-open-data.js';
import { VOA_CHANGES_FILE, VOA_FIELDS, VOA_FILE } from './write-voa.js';

const ALL_DEFECTS = { 'bad-date': 2, 'unknown-code': 2, 'orphan-row': 2, 'duplicate-key': 2, 'overlapping-liability': 2, 'wrong-encoding': 2, 'bad-check-digit': 2, 'bad-money': 2 };

async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

describe('generateExtract is deterministic', () => {
  it.each(['academy', 'open-data', 'voa'] as const)('gives byte-identical %s files for the same options, and different ones for another seed', async (format) => {
    const options = { format, accounts: 400, seed: 7, defects: { 'bad-date': 2, 'duplicate-key': 1 }, voaChanges: format === 'voa' ? 6 : 0 };
    const [first, second, other] = await Promise.all([generated(options), generated(options), generated({ ...options, seed: 8 })]);
    const [a, b, c] = await Promise.all([filesOf(first.dir), filesOf(second.dir), filesOf(other.dir)]);
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [name, bytes] of a) {
      expect(bytes.equals(b.get(name) as Buffer)).toBe(true);
      if (name !== 'manifest.json') expect(bytes.equals(c.get(name) as Buffer)).toBe(false);
    }
  });
});

describe('the Academy layout', () => {
  it('writes each file with the doc’s header, in Windows-1252 with CRLF line ends', async () => {
    const { dir, manifest } = await generated({ format: 'academy', accounts: 600, seed: 3, defects: ALL_DEFECTS });
    const encodingDefects = new Set(manifest.defects.filter((defect) => defect.kind === 'wrong-encoding').map((defect) => `${defect.file}:${defect.line}`));
    expect(encodingDefects.size).toBe(2);
    for (const file of ACADEMY_FILES) {
      const lines = await byteLines(join(dir, file), '\r\n');
      expect(fieldsOf(decode(lines[1], 'windows-1252'))).toEqual(await documentedColumns(file));
      expect(lines.length - 2).toBe(manifest.files.find((entry) => entry.name === file)?.rows);
      lines.slice(1).forEach((line, index) => {
        // Every byte is a Windows-1252 character except on the lines carrying an encoding defect.
        const valid = !decode(line, 'windows-1252').includes('\uFFFD');
        expect(valid).toBe(!encodingDefects.has(`${file}:${index + 1}`));
        expect(line.includes(0x0a)).toBe(false);
      });
    }
  });

  it('puts every defect on the line and in the field the manifest names', async () => {
    const { dir, manifest } = await generated({ format: 'academy', accounts: 600, seed: 3, defects: ALL_DEFECTS });
    expect(manifest.defects).toHaveLength(16);
    for (const defect of manifest.defects) {
      const lines = await byteLines(join(dir, defect.file), '\r\n');
      const header = fieldsOf(decode(lines[1], 'windows-1252'));
      const line = lines[defect.line];
      if (defect.bytesHex) {
        expect(line.toString('hex')).toContain(defect.bytesHex);
        continue;
      }
      const fields = fieldsOf(decode(line, 'windows-1252'));
      expect(fields[header.indexOf(defect.field)]).toBe(defect.value);
    }
    const duplicates = manifest.defects.filter((defect) => defect.kind === 'duplicate-key');
    for (const defect of duplicates) {
      const lines = await byteLines(join(dir, defect.file), '\r\n');
      const earlier = lines.slice(2, defect.line).filter((line) => decode(line, 'windows-1252').startsWith(`${defect.value},`));
      expect(earlier).toHaveLength(1);
    }
  });
});

describe('the open-data layout', () => {
  it('is UTF-8 with the doc’s columns, one row per property, individuals redacted, defects where the manifest says', async () => {
    const { dir, manifest } = await generated({ format: 'open-data', accounts: 500, seed: 5, defects: { 'bad-date': 1, 'unknown-code': 1, 'duplicate-key': 1, 'wrong-encoding': 1, 'bad-money': 1 } });
    const lines = await byteLines(join(dir, OPEN_DATA_FILE), '\n');
    expect(fieldsOf(lines[1].toString('utf8'))).toEqual([...OPEN_DATA_COLUMNS]);
    const doc = (await readFile(join(process.cwd(), 'docs/legacy-extract-formats.md'), 'utf8')).replace(/\s+/g, ' ');
    for (const column of OPEN_DATA_COLUMNS) expect(doc).toContain(`\`${column}\``);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const defect of manifest.defects) {
      const line = lines[defect.line];
      if (defect.kind === 'wrong-encoding') {
        expect(() => decoder.decode(line)).toThrow();
        expect(line.toString('hex')).toContain(defect.bytesHex);
        continue;
      }
      expect(fieldsOf(decoder.decode(line))[OPEN_DATA_COLUMNS.indexOf(defect.field as (typeof OPEN_DATA_COLUMNS)[number])]).toBe(defect.value);
    }
    const rows = lines.slice(2).filter((_, index) => !manifest.defects.some((defect) => defect.line === index + 2)).map((line) => fieldsOf(decoder.decode(line)));
    expect(rows.length).toBe(manifest.validRows);
    expect(new Set(rows.map((row) => row[0])).size).toBe(rows.length);
    expect(rows.some((row) => row[2] === 'Personal information')).toBe(true);
    expect(rows.every((row) => !/^(Mr|Mrs|Ms|Miss|Dr) /.test(row[2]))).toBe(true);
  });
});

describe('the VOA layout', () => {
  it('writes 28 latin-1 fields and a trailing * per entry, for the same UARNs and BA references as the Academy extract', async () => {
    const [voa, academy] = await Promise.all([
      generated({ format: 'voa', accounts: 500, seed: 9, voaChanges: 9, defects: { 'bad-date': 1, 'unknown-code': 1, 'duplicate-key': 1, 'bad-money': 1 } }),
      generated({ format: 'academy', accounts: 500, seed: 9 }),
    ]);
    const lines = await byteLines(join(voa.dir, VOA_FILE), '\n');
    const entries = lines.slice(1).map((line) => decode(line, 'latin1').split('*'));
    for (const fields of entries) {
      expect(fields).toHaveLength(29);
      expect(fields[28]).toBe('');
    }
    const defectLines = new Set(voa.manifest.defects.map((defect) => defect.line));
    for (const defect of voa.manifest.defects) expect(entries[defect.line - 1][VOA_FIELDS.indexOf(defect.field as (typeof VOA_FIELDS)[number])]).toBe(defect.value);
    const valid = entries.filter((_, index) => !defectLines.has(index + 1));
    expect(valid.length).toBe(voa.manifest.validRows);
    const deletions = valid.filter((fields) => fields[17] === '');
    expect(deletions.length).toBe(voa.manifest.voaDeletions);
    expect(valid.filter((fields) => fields[15] === '' && fields[17] !== '').every((fields) => fields[26] === '01-APR-2026')).toBe(true);

    const properties = (await byteLines(join(academy.dir, 'nndr_property.csv'), '\r\n')).slice(2).map((line) => fieldsOf(decode(line, 'windows-1252')));
    const listed = new Set(entries.map((fields) => `${fields[3]}|${fields[6]}`));
    expect(properties.every((property) => listed.has(`${property[1]}|${property[2]}`))).toBe(true);

    const changes = await byteLines(join(voa.dir, VOA_CHANGES_FILE), '\n');
    expect(voa.manifest.voaChanges).toHaveLength(9);
    for (const change of voa.manifest.voaChanges ?? []) {
      const fields = decode(changes[change.line], 'latin1').split('*');
      expect(fields[6]).toBe(String(change.uarn));
      expect(fields[17]).toBe(change.rateableValue === null ? '' : String(change.rateableValue));
    }
  });
});
