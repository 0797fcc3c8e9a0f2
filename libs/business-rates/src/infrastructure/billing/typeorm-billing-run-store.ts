import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConflictError, type IsoDate } from '../../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import { BillingRunStore, type BillingRun, type BillingRunStatus, type DraftInRun } from '../../application/billing/billing-run-store.port.js';
import { financialYear, type FinancialYear } from '../../domain/reference/financial-year.js';
import { loadAccountYears } from './account-year-loader.js';
import { saveNotices } from './notice-writer.js';

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

  billNextChunk(actor: Actor, councilId: string, billingRunId: string, size: number, draft: DraftInRun, reason: string): Promise<number> {
    return this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        // Holding the run row makes a second worker on the same run wait for this chunk, then carry on after it.
        const [run] = await findRuns(db, councilId, `billing_run_id = $2 for update`, [billingRunId]);
        if (!run || run.status === 'completed' || run.status === 'failed') return 0;
        const year = financialYear(run.financialYear);
        const accounts: Array<{ account_id: string; reference: string }> = await db.query(
          `select a.account_id, a.reference from accounts a
            where a.council_id = $1 and a.reference > $2
              and exists (select 1 from liabilities l where l.council_id = a.council_id and l.account_id = a.account_id
                            and l.starts_on <= $4 and (l.ends_on is null or l.ends_on >= $3))
            order by a.reference limit $5
            for update of a`,
          [councilId, run.cursorReference ?? '', year.start, year.end, size],
        );
        if (accounts.length === 0) return 0;
        const positions = await loadAccountYears(db, councilId, accounts.map((account) => account.account_id), year);
        const notices = positions.flatMap((position) => {
          const notice = draft(position);
          return notice ? [{ accountId: position.accountId, draft: notice }] : [];
        });
        const saved = await saveNotices(db, councilId, year, notices, billingRunId);
        await db.query(
          `update billing_runs
              set status = 'running', started_at = coalesce(started_at, now()), accounts_done = accounts_done + $3,
                  bills_issued = bills_issued + $4, instalments_scheduled = instalments_scheduled + $5, cursor_reference = $6
            where council_id = $1 and billing_run_id = $2`,
          [councilId, billingRunId, accounts.length, saved.length, saved.reduce((sum, notice) => sum + notice.draft.instalments.length, 0), accounts[accounts.length - 1].reference],
        );
        return accounts.length;
      },
      reason,
    );
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

  async finishRun(actor: Actor, councilId: string, billingRunId: string, { failure }: { readonly failure: string | null }, reason: string): Promise<void> {
    await this.transactions.inCouncil(
      actor,
      councilId,
      (db) =>
        db.query(
          `update billing_runs set status = $3, failure = $4, started_at = coalesce(started_at, now()), finished_at = now()
            where council_id = $1 and billing_run_id = $2 and status in ('pending', 'running')`,
          [councilId, billingRunId, failure === null ? 'completed' : 'failed', failure?.slice(0, 2000) ?? null],
        ),
      reason,
    );
  }
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
