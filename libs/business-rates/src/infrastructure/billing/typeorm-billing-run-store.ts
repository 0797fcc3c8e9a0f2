import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, type IsoDate } from '../../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import { BillingRunStore, type BillingRun, type BillingRunStatus, type DraftInRun } from '../../application/billing/billing-run-store.port.js';
import { financialYear, type FinancialYear } from '../../domain/reference/financial-year.js';
import { retryingConflicts } from '../../../../database/src/index.js';
import { loadAccountYears } from './account-year-loader.js';
import { pence } from './pence.js';
import { saveNotices, takeBillNumbers } from './notice-writer.js';

const RUN_COLUMNS = `billing_run_id, financial_year, issued_on::text as issued_on, status, accounts_total, accounts_done, bills_issued,
  instalments_scheduled, cursor_reference, requested_by, requested_at, started_at, finished_at, failure`;

@Injectable()
export class TypeOrmBillingRunStore extends BillingRunStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  requestRun(actor: Actor, councilId: string, billingRunId: string, year: FinancialYear, issuedOn: IsoDate, reason?: string): Promise<BillingRun> {
    return this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        await db.query(
          `insert into billing_runs (council_id, billing_run_id, financial_year, issued_on, status, accounts_total, requested_by)
           select $1, $2, $3, $4, 'pending', count(distinct account_id), $7 from liabilities
            where council_id = $1 and starts_on <= $6 and (ends_on is null or ends_on >= $5)
           on conflict (council_id, financial_year) do nothing`,
          [councilId, billingRunId, year.label, issuedOn, year.start, year.end, actor.subject],
        );
        const run = (await findRuns(db, councilId, `financial_year = $2 for update`, [year.label]))[0];
        if (run.status === 'completed') {
          throw new ConflictError(`annual billing for ${year.label} was completed on ${run.finishedAt}; changes since are billed as adjustments`, 'financialYear');
        }
        if (run.status !== 'failed') return run;
        await db.query(
          `update billing_runs set status = 'pending', failure = null, finished_at = null where council_id = $1 and billing_run_id = $2`,
          [councilId, run.billingRunId],
        );
        return (await findRuns(db, councilId, `billing_run_id = $2`, [run.billingRunId]))[0];
      },
      reason,
    );
  }

  async findRun(actor: Actor, councilId: string, label: string): Promise<BillingRun | null> {
    const [run] = await this.transactions.inCouncil(actor, councilId, (db) => findRuns(db, councilId, `financial_year = $2`, [label]));
    return run ?? null;
  }

  listRuns(actor: Actor, councilId: string): Promise<BillingRun[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => findRuns(db, councilId, `true order by financial_year desc`, []));
  }

  unfinishedRuns(actor: Actor, councilId: string): Promise<BillingRun[]> {
    return this.transactions.inCouncil(actor, councilId, (db) =>
      findRuns(db, councilId, `status in ('pending', 'running') order by requested_at`, []),
    );
  }

  claimChunk(actor: Actor, councilId: string, billingRunId: string, size: number, reason: string): Promise<boolean> {
    return retryingConflicts(() => this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        // Locks in the order every writer takes them, so none can wait on another in a circle: the
        // council's bill numbers first (a chunk being billed may need more), then the run.
        await db.query(`select app_next_numbers('bill', 0)`);
        // "No key update" lets chunks being billed (which hold the run by foreign key) carry on meanwhile.
        const [run] = await findRuns(db, councilId, `billing_run_id = $2 for no key update`, [billingRunId]);
        if (!run || !isUnderway(run)) return false;
        const year = financialYear(run.financialYear);
        const accounts: Array<{ reference: string }> = await db.query(
          `select a.reference from accounts a
            where a.council_id = $1 and a.reference > $2 and ${liableInYear('$3', '$4')}
            order by a.reference limit $5`,
          [councilId, run.cursorReference ?? '', year.start, year.end, size],
        );
        if (accounts.length === 0) return false;
        const last = accounts[accounts.length - 1].reference;
        await db.query(
          `insert into billing_run_chunks (council_id, billing_run_id, first_reference, last_reference, status, first_bill_number, accounts_claimed)
           values ($1, $2, $3, $4, 'claimed', app_next_numbers('bill', $5), $5)`,
          [councilId, billingRunId, accounts[0].reference, last, accounts.length],
        );
        await db.query(
          `update billing_runs set status = 'running', started_at = coalesce(started_at, now()), cursor_reference = $3
            where council_id = $1 and billing_run_id = $2`,
          [councilId, billingRunId, last],
        );
        return true;
      },
      reason,
    ));
  }

  billClaimedChunk(actor: Actor, councilId: string, billingRunId: string, draft: DraftInRun, reason: string): Promise<number | null> {
    return retryingConflicts(() => this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        const [run] = await findRuns(db, councilId, `billing_run_id = $2`, [billingRunId]);
        if (!run || !isUnderway(run)) return null;
        // A chunk another worker is billing is locked, and skipped; one left by a crashed worker is not.
        const [chunk] = await db.query(
          `select first_reference, last_reference, first_bill_number, accounts_claimed from billing_run_chunks
            where council_id = $1 and billing_run_id = $2 and status = 'claimed'
            order by first_reference limit 1 for update skip locked`,
          [councilId, billingRunId],
        );
        if (!chunk) return null;
        const year = financialYear(run.financialYear);
        const accounts: Array<{ account_id: string }> = await db.query(
          `select a.account_id from accounts a
            where a.council_id = $1 and a.reference between $2 and $3 and ${liableInYear('$4', '$5')}
            order by a.account_id for update of a`,
          [councilId, chunk.first_reference, chunk.last_reference, year.start, year.end],
        );
        const positions = await loadAccountYears(db, councilId, accounts.map((account) => account.account_id), year);
        const drafts = draft(positions);
        const notices = positions.flatMap((position, index) => {
          const notice = drafts[index];
          return notice ? [{ accountId: position.accountId, draft: notice, billedBefore: position.billedLines.length > 0 }] : [];
        });
        const saved = await saveNotices(db, councilId, year, notices, { billingRunId, billNumbers: await numbersFor(db, chunk, notices) });
        const instalments = saved.reduce((sum, notice) => sum + notice.draft.instalments.length, 0);
        await db.query(
          `update billing_run_chunks set status = 'billed', billed_at = now() where council_id = $1 and billing_run_id = $2 and first_reference = $3`,
          [councilId, billingRunId, chunk.first_reference],
        );
        await db.query(
          `update billing_runs
              set accounts_done = accounts_done + $3, bills_issued = bills_issued + $4, instalments_scheduled = instalments_scheduled + $5
            where council_id = $1 and billing_run_id = $2`,
          [councilId, billingRunId, accounts.length, saved.length, instalments],
        );
        return accounts.length;
      },
      reason,
    ));
  }

  accountsWithUnallocatedMoney(actor: Actor, councilId: string): Promise<string[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `select distinct account_id from payments where council_id = $1 and account_id is not null and allocated_pence < amount_pence order by account_id`,
        [councilId],
      );
      return rows.map((row: { account_id: string }) => row.account_id);
    });
  }

  finishRun(actor: Actor, councilId: string, billingRunId: string, { failure }: { readonly failure: string | null }, reason: string): Promise<boolean> {
    return this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        const [run] = await findRuns(db, councilId, `billing_run_id = $2 for no key update`, [billingRunId]);
        if (!run || !isUnderway(run)) return false;
        if (failure === null) {
          const [held] = await db.query(
            `select count(*)::int as n from billing_run_chunks where council_id = $1 and billing_run_id = $2 and status = 'claimed'`,
            [councilId, billingRunId],
          );
          if (held.n > 0) return false;
        }
        await db.query(
          `update billing_runs set status = $3, failure = $4, started_at = coalesce(started_at, now()), finished_at = now()
            where council_id = $1 and billing_run_id = $2`,
          [councilId, billingRunId, failure === null ? 'completed' : 'failed', failure?.slice(0, 2000) ?? null],
        );
        return true;
      },
      reason,
    );
  }
}

/** The account `a` has a liability during the year from the parameter `start` to the parameter `end`. */
function liableInYear(start: string, end: string): string {
  return `exists (select 1 from liabilities l where l.council_id = a.council_id and l.account_id = a.account_id
                    and l.starts_on <= ${end} and (l.ends_on is null or l.ends_on >= ${start}))`;
}

/**
 * A number for each notice: from those the chunk reserved, except where the account already has a
 * notice for the year (it may have been issued after the chunk was claimed, with a higher number,
 * and the latest notice must carry the highest) or the chunk needs more than it reserved (an account
 * became liable in its range since): those take new numbers from the council's sequence.
 */
async function numbersFor(db: EntityManager, chunk: { first_bill_number: string; accounts_claimed: number }, notices: ReadonlyArray<{ readonly billedBefore: boolean }>): Promise<number[]> {
  let reserved = 0;
  const numbers = notices.map((notice) => (!notice.billedBefore && reserved < chunk.accounts_claimed ? pence(chunk.first_bill_number) + reserved++ : null));
  const wanting = numbers.filter((number) => number === null).length;
  if (wanting === 0) return numbers as number[];
  const fresh = await takeBillNumbers(db, wanting);
  return numbers.map((number) => number ?? (fresh.shift() as number));
}

function isUnderway(run: BillingRun): boolean {
  return run.status === 'pending' || run.status === 'running';
}

async function findRuns(db: EntityManager, councilId: string, where: string, parameters: unknown[]): Promise<BillingRun[]> {
  const rows = await db.query(`select ${RUN_COLUMNS} from billing_runs where council_id = $1 and ${where}`, [councilId, ...parameters]);
  return rows.map(
    (row: Record<string, string | number | Date | null>): BillingRun => ({
      billingRunId: row.billing_run_id as string,
      financialYear: row.financial_year as string,
      issuedOn: row.issued_on as string,
      status: row.status as BillingRunStatus,
      accountsTotal: Number(row.accounts_total),
      accountsDone: Number(row.accounts_done),
      billsIssued: Number(row.bills_issued),
      instalmentsScheduled: Number(row.instalments_scheduled),
      cursorReference: (row.cursor_reference as string | null) ?? null,
      requestedBy: row.requested_by as string,
      requestedAt: timestamp(row.requested_at) as string,
      startedAt: timestamp(row.started_at),
      finishedAt: timestamp(row.finished_at),
      failure: (row.failure as string | null) ?? null,
    }),
  );
}

function timestamp(value: string | number | Date | null): string | null {
  return value instanceof Date ? value.toISOString() : value === null ? null : String(value);
}
