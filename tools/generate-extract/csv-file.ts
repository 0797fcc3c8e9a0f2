import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import iconv from 'iconv-lite';

export type FileEncoding = 'windows-1252' | 'utf-8' | 'latin1';

/** A field's text, or raw bytes written as they are (how an encoding defect gets into a file). */
export type Field = string | Buffer;

export interface CsvFileOptions {
  readonly path: string;
  readonly encoding: FileEncoding;
  readonly delimiter: ',' | '*';
  /** Quote fields holding the delimiter, a quote or a line break (doubling quotes); the VOA layout never quotes. */
  readonly quoting: boolean;
  readonly lineEnd: '\r\n' | '\n';
  /** Written after the last field of every row (the VOA layout's trailing `*`). */
  readonly rowEnd?: string;
}

const CHUNK_CHARS = 256 * 1024;

/**
 * One output file written as a stream: rows are gathered into a chunk of text, encoded, and
 * written; when the stream's buffer is full the writer waits for it to drain, so memory stays flat
 * however many rows go through. Counts physical lines, so a caller knows the line of each row.
 */
export class CsvFile {
  private readonly stream: WriteStream;
  private pending = '';
  private lines = 0;
  private rows = 0;

  constructor(private readonly options: CsvFileOptions) {
    this.stream = createWriteStream(options.path);
  }

  get dataRows(): number {
    return this.rows;
  }

  /** Writes the header row (line 1). */
  async header(names: readonly string[]): Promise<void> {
    this.pending += this.render(names) + this.options.lineEnd;
    this.lines += 1;
    await this.flushIfFull();
  }

  /** Writes one data row and gives its physical line number (1-based). */
  async row(fields: readonly Field[]): Promise<number> {
    if (fields.some((field) => typeof field !== 'string')) await this.rawRow(fields);
    else this.pending += this.render(fields as readonly string[]) + (this.options.rowEnd ?? '') + this.options.lineEnd;
    this.lines += 1;
    this.rows += 1;
    await this.flushIfFull();
    return this.lines;
  }

  /** The line the next row will be written on. */
  get nextLine(): number {
    return this.lines + 1;
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async rawRow(fields: readonly Field[]): Promise<void> {
    await this.flush();
    const { delimiter, rowEnd = '', lineEnd } = this.options;
    const parts = fields.map((field) => (typeof field === 'string' ? this.encode(this.quoted(field)) : field));
    const joined: Buffer[] = [];
    parts.forEach((part, index) => joined.push(...(index > 0 ? [this.encode(delimiter)] : []), part));
    await this.write(Buffer.concat([...joined, this.encode(rowEnd + lineEnd)]));
  }

  private render(fields: readonly string[]): string {
    return fields.map((field) => this.quoted(field)).join(this.options.delimiter);
  }

  private quoted(field: string): string {
    if (!this.options.quoting) return field;
    return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
  }

  private encode(text: string): Buffer {
    return this.options.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, this.options.encoding === 'latin1' ? 'latin1' : 'win1252');
  }

  private async flushIfFull(): Promise<void> {
    if (this.pending.length >= CHUNK_CHARS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending === '') return;
    const chunk = this.encode(this.pending);
    this.pending = '';
    await this.write(chunk);
  }

  /** Backpressure: when write() says the buffer is full, wait for 'drain' before going on. */
  private async write(chunk: Buffer): Promise<void> {
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
