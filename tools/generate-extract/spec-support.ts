import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { generateExtract, type GenerateOptions } from './generate-extract.js';
import type { ExtractManifest } from './manifest.js';

/** Test helpers: generate into a fresh temporary folder, and read files back as the loader would. */
export async function generated(options: Omit<GenerateOptions, 'outDir'>): Promise<{ dir: string; manifest: ExtractManifest }> {
  const dir = await mkdtemp(join(tmpdir(), 'generate-extract-'));
  return { dir, manifest: await generateExtract({ ...options, outDir: dir }) };
}

/** The physical lines of a file as bytes (1-based: index 0 is unused). */
export async function byteLines(path: string, lineEnd: '\r\n' | '\n'): Promise<Buffer[]> {
  const bytes = await readFile(path);
  const lines: Buffer[] = [Buffer.alloc(0)];
  let start = 0;
  for (let at = bytes.indexOf(lineEnd, start); at >= 0; at = bytes.indexOf(lineEnd, start)) {
    lines.push(bytes.subarray(start, at));
    start = at + lineEnd.length;
  }
  if (start !== bytes.length) throw new Error(`${path} does not end with its line end`);
  return lines;
}

export function decode(line: Buffer, encoding: 'windows-1252' | 'utf-8' | 'latin1'): string {
  return encoding === 'utf-8' ? line.toString('utf8') : iconv.decode(line, encoding === 'latin1' ? 'latin1' : 'win1252');
}

export function fieldsOf(text: string, delimiter = ','): string[] {
  return (parse(text, { delimiter, relax_quotes: false }) as string[][])[0] ?? [];
}

/** A file's data rows as records keyed by its header, each with its physical line number. */
export async function records(path: string): Promise<{ line: number; row: Record<string, string> }[]> {
  const lines = await byteLines(path, '\r\n');
  const header = fieldsOf(decode(lines[1], 'windows-1252'));
  return lines.slice(2).map((bytes, index) => {
    const values = fieldsOf(decode(bytes, 'windows-1252'));
    return { line: index + 2, row: Object.fromEntries(header.map((name, column) => [name, values[column] ?? ''])) };
  });
}

/** Pounds text to pence, or NaN: the test's own reading, independent of the generator's. */
export function pence(text: string): number {
  const match = /^(-?)(\d+)\.(\d{2})$/.exec(text);
  if (!match) return Number.NaN;
  return (match[1] ? -1 : 1) * (Number(match[2]) * 100 + Number(match[3]));
}

/** The columns the doc lists for a file, `addr1`..`addr4` expanded. */
export async function documentedColumns(file: string): Promise<string[]> {
  const doc = await readFile(join(process.cwd(), 'docs/legacy-extract-formats.md'), 'utf8');
  const row = doc.split('\n').find((line) => line.startsWith(`| \`${file}\``));
  if (!row) throw new Error(`the doc has no row for ${file}`);
  const cell = row.split('|')[2];
  const names = [...cell.replace(/\([^)]*\)/g, '').matchAll(/`([a-z_0-9]+)`(\.\.`([a-z_0-9]+)`)?/g)];
  return names.flatMap((match) => {
    if (!match[3]) return [match[1]];
    const stem = match[1].replace(/\d+$/, '');
    const [from, to] = [Number(match[1].slice(stem.length)), Number(match[3].slice(stem.length))];
    return Array.from({ length: to - from + 1 }, (_, index) => `${stem}${from + index}`);
  });
}
