import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The baseline for bench:migrate: every file of the extract loaded as it is by PostgreSQL's own
 * COPY (CSV, header, the files' encoding) into a plain table of text columns, one per file, over
 * one connection. Only the loading is timed: the least any loader could do with the same rows.
 */
export async function copyExtractFiles(ownerUrl: string, folder: string): Promise<{ seconds: number; rows: number }> {
  const files = (await readdir(folder)).filter((file) => file.endsWith('.csv')).sort();
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const tables: Array<{ table: string; file: string }> = [];
    for (const file of files) {
      const header = await firstLine(path.join(folder, file));
      const table = `copy_of_${file.replace(/\W+/g, '_')}`;
      await db.query(`drop table if exists ${table}; create table ${table} (${header.split(',').map((_, index) => `c${index} text`).join(', ')})`);
      tables.push({ table, file });
    }
    const started = process.hrtime.bigint();
    for (const { table, file } of tables) {
      await pipeline(createReadStream(path.join(folder, file)), db.query(copyFrom(`copy ${table} from stdin with (format csv, header true, encoding 'WIN1252')`)));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    let rows = 0;
    for (const { table } of tables) {
      rows += Number((await db.query(`select count(*) as n from ${table}`)).rows[0].n);
      await db.query(`drop table ${table}`);
    }
    return { seconds, rows };
  } finally {
    await db.end();
  }
}

async function firstLine(file: string): Promise<string> {
  for await (const chunk of createReadStream(file, { encoding: 'latin1', highWaterMark: 64 * 1024 }) as AsyncIterable<string>) {
    const end = chunk.search(/\r?\n/);
    if (end >= 0) return chunk.slice(0, end);
  }
  throw new Error(`${file} has no header line`);
}
