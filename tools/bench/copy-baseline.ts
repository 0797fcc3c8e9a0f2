import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/** The tables annual billing writes, parents first. */
const BILLING_TABLES = ['bills', 'bill_lines', 'instalments', 'ledger_entries'] as const;

export interface CopyBaseline {
  readonly rows: Record<(typeof BILLING_TABLES)[number], number>;
  readonly totalRows: number;
  /** Time to COPY every row in, table after table, into empty tables of the same columns, defaults, checks and indexes. */
  readonly seconds: number;
  /**
   * Time to COPY the same rows back into the live tables, with their foreign keys and audit
   * triggers (the billing rows taken out first, all rolled back after): what the schema itself
   * costs, whatever writes to it.
   */
  readonly intoLiveSchemaSeconds: number;
}

/**
 * The baseline for a billing benchmark: the rows billing wrote for these councils, exported to
 * files, then loaded with a plain COPY FROM STDIN over one connection into `like ... including all`
 * copies of the tables (keys, unique and check constraints, indexes; no triggers, row-level
 * security or foreign keys). Only the loading is timed.
 */
export async function copyRowsWrittenBy(ownerUrl: string, councilIds: readonly string[], folder: string): Promise<CopyBaseline> {
  await mkdir(folder, { recursive: true });
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    const councils = `council_id in (${councilIds.map((id) => db.escapeLiteral(id)).join(', ')})`;
    const rows = {} as Record<(typeof BILLING_TABLES)[number], number>;
    for (const table of BILLING_TABLES) {
      const where = table === 'ledger_entries' ? `${councils} and bill_id is not null` : councils;
      await pipeline(db.query(copyTo(`copy (select * from ${table} where ${where}) to stdout`)), createWriteStream(path.join(folder, `${table}.copy`)));
      rows[table] = Number((await db.query(`select count(*) as n from ${table} where ${where}`)).rows[0].n);
      await db.query(`drop table if exists copy_of_${table}; create table copy_of_${table} (like ${table} including all)`);
    }
    const started = process.hrtime.bigint();
    for (const table of BILLING_TABLES) {
      await pipeline(createReadStream(path.join(folder, `${table}.copy`)), db.query(copyFrom(`copy copy_of_${table} from stdin`)));
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    for (const table of BILLING_TABLES) await db.query(`drop table copy_of_${table}`);
    const intoLiveSchemaSeconds = await copyBackIntoLiveTables(db, councils, folder);
    return { rows, totalRows: Object.values(rows).reduce((sum, count) => sum + count, 0), seconds, intoLiveSchemaSeconds };
  } finally {
    await db.end();
  }
}

async function copyBackIntoLiveTables(db: pg.Client, councils: string, folder: string): Promise<number> {
  await db.query('begin');
  try {
    // Out without triggers (neither audit nor foreign-key checks: the rows go straight back), in with them.
    await db.query(`set local session_replication_role = replica`);
    for (const table of [...BILLING_TABLES].reverse()) {
      await db.query(`delete from ${table} where ${table === 'ledger_entries' ? `${councils} and bill_id is not null` : councils}`);
    }
    await db.query(`set local session_replication_role = origin`);
    await db.query(`select set_config('app.actor', 'bench-copy-baseline', true)`);
    const started = process.hrtime.bigint();
    for (const table of BILLING_TABLES) {
      await pipeline(createReadStream(path.join(folder, `${table}.copy`)), db.query(copyFrom(`copy ${table} from stdin`)));
    }
    return Number(process.hrtime.bigint() - started) / 1e9;
  } finally {
    await db.query('rollback');
  }
}
