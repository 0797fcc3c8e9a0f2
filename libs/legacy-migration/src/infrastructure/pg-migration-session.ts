import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { accountReferenceFor } from '../../../business-rates/src/index.js';
import { pence } from '../../../database/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { RowProblem } from '../domain/canonical-records.js';
import type { BalanceReconciliation, EntityCounts, LegacyCharge, Reconciliation } from '../domain/reconciliation.js';
import type { MappedRow } from '../extract/map-extract.js';
import type { MigrationLoad, MigrationSession, NewLoad, ProgressReport } from '../application/migration-store.port.js';
import { migratedId } from './migrated-ids.js';
import { PROMOTION_ORDER, PROMOTIONS } from './promotion.js';
import { BALANCE_DIFFERENCES_SQL, BALANCE_TOTALS_SQL, LEGACY_CHARGES_SQL, REFUSALS_OF_ACCOUNTS_SQL, stagedCountsSql } from './reconciliation-queries.js';
import { RELATION_CHECKS, RESOLUTIONS } from './relation-checks.js';
import { toLoad } from './migration-load-row.js';
import { copyText, isStagedEntity, STAGING_TABLES, type StagedEntity } from './staging-tables.js';

/** The live tables a load writes. */
const LOADED_TABLES = ['hereditaments', 'rateable_values', 'occupation_periods', 'parties', 'contacts', 'accounts', 'liabilities', 'relief_awards', 'bills', 'bill_lines', 'ledger_entries', 'payments', 'allocations'];

/** Lines of one file loaded per transaction: big enough to amortise the statements, small enough to resume cheaply. */
const PROMOTION_CHUNK_LINES = 25_000;
const PROMOTION_LANES = 2;

interface PromotionChunk {
  readonly key: string;
  readonly file: string;
  readonly from: number;
  readonly to: number;
  /** Lines the chunk spans (for progress: about the rows, as staged lines are dense). */
  readonly rows: number;
}

type Row = Record<string, any>;

export class PgMigrationSession implements MigrationSession {
  private outerBegun = false;
  private readonly incomingTables = new Set<string>();
  private readonly extraLanes: pg.Client[] = [];

  constructor(
    private readonly db: pg.Client,
    /** Another connection as the same role, for loading in parallel. */
    private readonly connect: () => Promise<pg.Client>,
    private readonly actor: Actor,
    private readonly councilId: string,
    private readonly dryRun: boolean,
  ) {}

  async findOrStartLoad(load: NewLoad): Promise<MigrationLoad> {
    return this.inTransaction(null, async () => {
      const found = await this.db.query(`select * from migration_loads where council_id = $1 and fingerprint = $2`, [this.councilId, load.fingerprint]);
      if (found.rows[0]) return toLoad(found.rows[0]);
      const loadId = randomUUID();
      await this.setLoad(loadId);
      const { rows } = await this.db.query(
        `insert into migration_loads (council_id, load_id, profile_name, profile_version, profile_sha256, source_files, fingerprint, status, started_by)
         values ($1, $2, $3, $4, $5, $6, $7, 'staging', $8) returning *`,
        [this.councilId, loadId, load.profileName, load.profileVersion, load.profileSha256, JSON.stringify(load.sourceFiles), load.fingerprint, this.actor.subject],
      );
      return toLoad(rows[0]);
    });
  }

  async stageChunk(loadId: string, rows: readonly MappedRow[], through: Readonly<Record<string, number>>): Promise<void> {
    await this.inTransaction(loadId, async () => {
      const byEntity = new Map<StagedEntity, string[]>();
      const problems: string[] = [];
      for (const row of rows) {
        for (const problem of row.problems) problems.push(problemLine(problem));
        if (row.record === null || row.problems.length > 0 || !isStagedEntity(row.entity)) continue;
        const lines = byEntity.get(row.entity) ?? [];
        lines.push(this.stagingLine(loadId, row));
        byEntity.set(row.entity, lines);
      }
      for (const [entity, lines] of byEntity) {
        const { table, columns } = STAGING_TABLES[entity];
        await this.copyInto(table, ['council_id', 'load_id', 'file', 'line', 'legacy_key', ...Object.keys(columns)], lines);
      }
      if (problems.length > 0) {
        await this.copyInto('migration_problems', ['council_id', 'load_id', 'file', 'line', 'entity', 'field', 'value', 'reason'], problems.map((line) => `${this.councilId}\t${loadId}\t${line}`));
      }
      await this.db.query(`update migration_loads set staged_through = staged_through || $3::jsonb where council_id = $1 and load_id = $2`, [
        this.councilId, loadId, JSON.stringify(through),
      ]);
    });
  }

  async checkRelations(loadId: string, progress: ProgressReport): Promise<void> {
    await this.analyze(Object.values(STAGING_TABLES).map(({ table }) => table));
    await this.inTransaction(loadId, async () => {
      let done = 0;
      for (const check of RELATION_CHECKS) {
        await this.db.query(
          `with refused as (${check.refuse}),
                marked as (update ${check.table} s set rejected = true from refused r
                            where s.council_id = $1 and s.load_id = $2 and s.file = r.file and s.line = r.line)
           insert into migration_problems (council_id, load_id, file, line, entity, field, value, reason)
           select $1, $2, r.file, r.line, '${check.entity}', r.field, coalesce(r.value, ''), r.reason from refused r`,
          [this.councilId, loadId],
        );
        progress('checking', ++done, RELATION_CHECKS.length + RESOLUTIONS.length);
      }
      for (const resolution of RESOLUTIONS) {
        await this.db.query(resolution, [this.councilId, loadId]);
        progress('checking', ++done, RELATION_CHECKS.length + RESOLUTIONS.length);
      }
      await this.db.query(`update migration_loads set status = 'staged', staged_at = now() where council_id = $1 and load_id = $2`, [this.councilId, loadId]);
    });
    // The checks and resolutions rewrote rows (refusals, each notice's year and liability).
    await this.analyze(Object.values(STAGING_TABLES).map(({ table }) => table));
  }

  async promote(loadId: string, progress: ProgressReport): Promise<void> {
    await this.inTransaction(loadId, () =>
      this.db.query(`update migration_loads set status = 'loading' where council_id = $1 and load_id = $2 and status = 'staged'`, [this.councilId, loadId]),
    );
    const lanes = await this.lanes();
    for (const entity of PROMOTION_ORDER) {
      const chunks = await this.chunksToPromote(loadId, entity);
      const total = chunks.reduce((sum, chunk) => sum + chunk.rows, 0);
      let done = 0;
      // Chunks of one entity do not depend on one another: each lane (a connection) takes the next.
      await Promise.all(lanes.map(async (lane) => {
        for (let chunk = chunks.shift(); chunk; chunk = chunks.shift()) {
          await this.promoteChunk(lane, loadId, entity, chunk);
          done += chunk.rows;
          progress(`loading ${entity}`, done, total);
        }
      }));
    }
    await this.inTransaction(loadId, () =>
      this.db.query(`update migration_loads set status = 'loaded', loaded_at = now() where council_id = $1 and load_id = $2`, [this.councilId, loadId]),
    );
    await this.analyze(LOADED_TABLES);
  }

  /** The chunks of an entity's staged lines, file by file, less those a stopped run had already loaded. */
  private async chunksToPromote(loadId: string, entity: StagedEntity): Promise<PromotionChunk[]> {
    const { table } = STAGING_TABLES[entity];
    const { rows: files } = await this.inTransaction(loadId, () =>
      this.db.query(`select file, min(line) as first, max(line) as last from ${table} where council_id = $1 and load_id = $2 group by file order by file`, [this.councilId, loadId]),
    );
    const { rows: [{ done }] } = await this.inTransaction(loadId, () =>
      this.db.query(`select coalesce(counts -> 'promotedChunks', '{}') as done from migration_loads where council_id = $1 and load_id = $2`, [this.councilId, loadId]),
    );
    const chunks: PromotionChunk[] = [];
    for (const file of files) {
      for (let from = Number(file.first); from <= Number(file.last); from += PROMOTION_CHUNK_LINES) {
        const to = Math.min(from + PROMOTION_CHUNK_LINES - 1, Number(file.last));
        const key = `${entity}:${file.file}:${from}`;
        if (!done[key]) chunks.push({ key, file: file.file, from, to, rows: to - from + 1 });
      }
    }
    return chunks;
  }

  /** One chunk in one transaction, marked done with it: rerun, it is skipped; killed, it is redone (and adds nothing twice). */
  private async promoteChunk(lane: pg.Client, loadId: string, entity: StagedEntity, chunk: PromotionChunk): Promise<void> {
    const parameters: unknown[] = [this.councilId, loadId, chunk.file, chunk.from, chunk.to];
    const numbers = await this.reserveNumbers(lane, loadId, entity, parameters);
    await this.inTransaction(loadId, async () => {
      if (entity === 'account' && numbers) await this.numberAccounts(lane, parameters, numbers);
      if (entity === 'notice') parameters.push(numbers?.first ?? 1);
      for (const statement of PROMOTIONS[entity]) await lane.query(statement, statement.includes('$6') ? parameters : parameters.slice(0, 5));
      await lane.query(
        `update migration_loads set counts = jsonb_set(counts, '{promotedChunks}', coalesce(counts -> 'promotedChunks', '{}') || jsonb_build_object($3::text, true))
          where council_id = $1 and load_id = $2`,
        [this.councilId, loadId, chunk.key],
      );
    }, lane);
  }

  /**
   * Connections to load on: two (PostgreSQL works a statement on one core, and a load is mostly the
   * database's work), or the session's one in a dry run, whose work must all be one transaction.
   */
  private async lanes(): Promise<pg.Client[]> {
    if (this.dryRun) return [this.db];
    if (this.extraLanes.length === 0) {
      for (let lane = 1; lane < PROMOTION_LANES; lane += 1) this.extraLanes.push(await this.connect());
    }
    return [this.db, ...this.extraLanes];
  }

  async entityCounts(loadId: string): Promise<EntityCounts[]> {
    return this.inTransaction(loadId, async () => {
      const counts: EntityCounts[] = [];
      for (const entity of PROMOTION_ORDER) {
        const { rows } = await this.db.query(stagedCountsSql(STAGING_TABLES[entity].table, entity), [this.councilId, loadId]);
        const unreadable = Number(rows[0].unreadable);
        counts.push({
          entity,
          rowsIn: Number(rows[0].staged) + unreadable,
          rejected: Number(rows[0].rejected) + unreadable,
          derived: Number(rows[0].derived),
          loaded: Number(rows[0].loaded),
        });
      }
      return counts;
    });
  }

  async balances(loadId: string, listLimit: number): Promise<BalanceReconciliation> {
    return this.inTransaction(loadId, async () => {
      const { rows: [totals] } = await this.db.query(BALANCE_TOTALS_SQL, [this.councilId, loadId]);
      const { rows: differing } = await this.db.query(BALANCE_DIFFERENCES_SQL, [this.councilId, loadId, listLimit]);
      const keys = differing.map((row: Row) => row.account_key);
      const { rows: refusals } = keys.length > 0 ? await this.db.query(REFUSALS_OF_ACCOUNTS_SQL, [this.councilId, loadId, keys]) : { rows: [] };
      const explanations = new Map<string, string[]>();
      for (const refusal of refusals) {
        const list = explanations.get(refusal.account_key) ?? [];
        list.push(`${refusal.entity} refused (${refusal.file} line ${refusal.line}, ${refusal.field}): ${refusal.reason}`);
        explanations.set(refusal.account_key, list);
      }
      return {
        legacyTotalPence: pence(totals.legacy_pence),
        migratedTotalPence: pence(totals.migrated_pence),
        accountsCompared: Number(totals.accounts),
        accountsDiffering: Number(totals.differing),
        differences: differing.map((row: Row) => {
          const legacyPence = pence(row.legacy_pence);
          const migratedPence = row.migrated_pence === null ? null : pence(row.migrated_pence);
          return {
            accountKey: row.account_key,
            legacyPence,
            migratedPence,
            differencePence: (migratedPence ?? 0) - legacyPence,
            explanation: explanations.get(row.account_key) ?? [],
          };
        }),
      };
    });
  }

  async legacyCharges(loadId: string, financialYear: string, afterKey: string | null, limit: number): Promise<LegacyCharge[]> {
    const startYear = Number(financialYear.slice(0, 4));
    return this.inTransaction(loadId, async () => {
      const { rows } = await this.db.query(LEGACY_CHARGES_SQL, [
        this.councilId, loadId, `${startYear}-04-01`, `${startYear + 1}-03-31`, financialYear, afterKey, limit,
      ]);
      return rows.map((row: Row) => ({
        accountKey: row.account_key,
        accountId: row.account_id,
        chargedPence: pence(row.charged_pence),
        notices: (row.notices as Row[]).map((notice) => ({
          noticeKey: notice.noticeKey,
          debitPence: pence(notice.debitPence),
          remittedPence: pence(notice.remittedPence),
          transitionalPence: pence(notice.transitionalPence),
        })),
      }));
    });
  }

  async *problems(loadId: string): AsyncIterable<RowProblem> {
    let after: { file: string; line: number } | null = null;
    for (;;) {
      const page: Row[] = await this.inTransaction(loadId, async () =>
        (await this.db.query(
          `select * from migration_problems where council_id = $1 and load_id = $2 and ($3::text is null or (file, line) > ($3, $4))
            order by file, line, entity, field limit 10000`,
          [this.councilId, loadId, after?.file ?? null, after?.line ?? 0],
        )).rows,
      );
      // A page boundary never splits a line's problems: the last line's are fetched again whole.
      const lastLine = page.length === 10000 ? page[page.length - 1] : null;
      for (const row of page) {
        if (lastLine && row.file === lastLine.file && row.line === lastLine.line) break;
        yield { file: row.file, line: row.line, entity: row.entity, field: row.field, value: row.value, reason: row.reason };
      }
      if (!lastLine) return;
      const firstOfLast = page.findIndex((row) => row.file === lastLine.file && row.line === lastLine.line);
      if (firstOfLast === 0) throw new Error(`more than 10,000 problems on ${lastLine.file} line ${lastLine.line}`);
      after = { file: page[firstOfLast - 1].file, line: page[firstOfLast - 1].line };
    }
  }

  async recordReconciliation(report: Reconciliation): Promise<void> {
    await this.inTransaction(report.loadId, () =>
      this.db.query(
        `insert into migration_reconciliations (council_id, reconciliation_id, load_id, produced_at, produced_by, clean, report)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [this.councilId, randomUUID(), report.loadId, report.producedAt, report.producedBy, report.clean, JSON.stringify(report)],
      ),
    );
  }

  async end(): Promise<void> {
    try {
      if (this.outerBegun) await this.db.query('rollback');
    } finally {
      await Promise.all([this.db, ...this.extraLanes].map((client) => client.end()));
    }
  }

  /**
   * Fresh statistics for the planner after a table's contents changed wholesale: without them the
   * checks and reconciliation are planned for the empty tables they were, and crawl. (Not inside a
   * dry run's transaction, where the rows are about to vanish.)
   */
  private async analyze(tables: readonly string[]): Promise<void> {
    if (this.dryRun) return;
    for (const table of tables) await this.db.query(`analyze ${table}`);
  }

  /**
   * Numbers for a chunk, taken from the council's sequences in a transaction of their own, so two
   * lanes do not queue on the sequence's row for a whole chunk (a chunk that then fails leaves a
   * gap, as a failed notice does). Accounts with no legacy reference are numbered after every kept
   * reference, so none is reused.
   */
  private async reserveNumbers(lane: pg.Client, loadId: string, entity: StagedEntity, parameters: readonly unknown[]): Promise<{ first: number; lines: number[] } | null> {
    if (entity !== 'account' && entity !== 'notice') return null;
    return this.inTransaction(loadId, async () => {
      const waiting = entity === 'account'
        ? `select s.line from stage_accounts s where s.council_id = $1 and s.load_id = $2 and s.file = $3 and s.line between $4 and $5 and not s.rejected and s.reference is null order by s.line`
        : `select s.line from stage_notices s where s.council_id = $1 and s.load_id = $2 and s.file = $3 and s.line between $4 and $5 and not s.rejected
              and not exists (select 1 from bills b where b.council_id = s.council_id and b.bill_id = ${migratedId('notice', 's.legacy_key')}) order by s.line`;
      const lines = (await lane.query(waiting, [...parameters])).rows.map((row: Row) => Number(row.line));
      if (entity === 'account') {
        await lane.query(`select app_next_numbers('account', 0)`);
        await lane.query(
          `update council_sequences set last_value = greatest(last_value, coalesce((
              select max(left(s.reference, 8)::bigint) from stage_accounts s where s.council_id = $1 and s.load_id = $2 and not s.rejected and s.reference is not null), 0))
            where council_id = $1 and sequence_name = 'account'`,
          parameters.slice(0, 2),
        );
      }
      const { rows: [{ first }] } = await lane.query(`select app_next_numbers($1, $2) as first`, [entity === 'account' ? 'account' : 'bill', lines.length]);
      return { first: Number(first), lines };
    }, lane);
  }

  /** The chunk's accounts with no legacy reference get theirs (in the chunk's transaction, so a rerun finds them numbered). */
  private async numberAccounts(lane: pg.Client, parameters: readonly unknown[], numbers: { first: number; lines: number[] }): Promise<void> {
    if (numbers.lines.length === 0) return;
    await lane.query(
      `update stage_accounts s set reference = n.reference from unnest($6::int[], $7::text[]) n (line, reference)
        where s.council_id = $1 and s.load_id = $2 and s.file = $3 and s.line = n.line and s.line between $4 and $5`,
      [...parameters, numbers.lines, numbers.lines.map((_, index) => accountReferenceFor(numbers.first + index))],
    );
  }

  private stagingLine(loadId: string, row: MappedRow): string {
    const { columns } = STAGING_TABLES[row.entity as StagedEntity];
    const record = row.record as Row;
    const values = [this.councilId, loadId, copyText(row.file), String(row.line), copyText(record.legacyKey)];
    for (const column of Object.values(columns)) values.push(copyText((column as (r: Row) => string | number | boolean | null)(record)));
    return values.join('\t');
  }

  /**
   * COPY is the quickest way in, but PostgreSQL refuses it into a table under row-level security:
   * rows are copied into a session-local table of the same shape (temporary, so not written to the
   * WAL), then inserted from there, where the council policy checks each one.
   */
  private async copyInto(table: string, columns: readonly string[], lines: readonly string[]): Promise<void> {
    const incoming = `incoming_${table}`;
    if (!this.incomingTables.has(table)) {
      await this.db.query(`create temporary table if not exists ${incoming} as select ${columns.join(', ')} from ${table} with no data`);
      this.incomingTables.add(table);
    }
    await this.db.query(`truncate ${incoming}`);
    await pipeline(Readable.from(batches(lines)), this.db.query(copyFrom(`copy ${incoming} (${columns.join(', ')}) from stdin`)));
    await this.db.query(`insert into ${table} (${columns.join(', ')}) select ${columns.join(', ')} from ${incoming}`);
  }

  /**
   * Work in a transaction as the migration role, with the council, the actor and the load set for
   * row-level security and the audit trail. In a dry run every call shares one transaction, which
   * `end` rolls back.
   */
  private async inTransaction<T>(loadId: string | null, work: () => Promise<T>, db: pg.Client = this.db): Promise<T> {
    if (this.dryRun) {
      if (!this.outerBegun) {
        await db.query('begin');
        this.outerBegun = true;
      }
      await this.setContext(loadId, db);
      return work();
    }
    await db.query('begin');
    try {
      await this.setContext(loadId, db);
      const result = await work();
      await db.query('commit');
      return result;
    } catch (error) {
      await db.query('rollback').catch(() => undefined);
      throw error;
    }
  }

  private async setContext(loadId: string | null, db: pg.Client = this.db): Promise<void> {
    await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', $2, true)`, [this.councilId, this.actor.subject]);
    await this.setLoad(loadId, db);
  }

  private async setLoad(loadId: string | null, db: pg.Client = this.db): Promise<void> {
    await db.query(`select set_config('app.migration_load_id', $1, true), set_config('app.reason', $2, true)`, [
      loadId ?? '', loadId ? `legacy migration load ${loadId}` : 'legacy migration',
    ]);
  }
}

function* batches(lines: readonly string[]): Generator<string> {
  const size = 2_000;
  for (let start = 0; start < lines.length; start += size) yield lines.slice(start, start + size).join('\n') + '\n';
}

function problemLine(problem: RowProblem): string {
  return [problem.file, String(problem.line), problem.entity, problem.field, problem.value, problem.reason].map((value) => copyText(value)).join('\t');
}


