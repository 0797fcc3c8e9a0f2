import { inTurn } from '../../../../database/src/index.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import type { AccountYearPosition, NoticeDraft, NoticeKind } from '../../domain/billing/draft-notice.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { BillingStore, type AffectedAccount, type IssuedNotice } from '../../application/billing/billing-store.port.js';
import { loadAccountYear, loadAccountYears, type LoadedAccountYear, toNoticeLine } from './account-year-loader.js';
import { saveNotices } from './notice-writer.js';
import { pence } from './pence.js';

@Injectable()
export class TypeOrmBillingStore extends BillingStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  issueNotice(
    actor: Actor,
    councilId: string,
    accountId: string,
    year: FinancialYear,
    decide: (position: AccountYearPosition) => NoticeDraft | null,
    reason?: string,
  ): Promise<IssuedNotice | null> {
    return this.transactions.inCouncil(
      actor,
      councilId,
      async (db) => {
        await db.query(`select 1 from accounts where council_id = $1 and account_id = $2 for update`, [councilId, accountId]);
        const position = await loadAccountYear(db, councilId, accountId, year);
        const draft = decide(position);
        if (!draft) return null;
        const [{ billId, billNumber }] = await saveNotices(db, councilId, year, [{ accountId, draft }], null);
        return { ...draft, billId, billNumber, accountReference: position.accountReference, financialYear: year.label, billingRunId: null };
      },
      reason,
    );
  }

  sampleAccountYears(actor: Actor, councilId: string, year: FinancialYear, size: number): Promise<LoadedAccountYear[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows: Array<{ account_id: string }> = await db.query(
        `with liable as (
           select a.account_id, row_number() over (order by a.reference) as position, count(*) over () as total
             from accounts a
            where a.council_id = $1 and exists (select 1 from liabilities l where l.council_id = a.council_id and l.account_id = a.account_id
                                                  and l.starts_on <= $3 and (l.ends_on is null or l.ends_on >= $2)))
         select account_id from liable where (position - 1) % greatest(1, ceil(total::numeric / $4)::int) = 0 order by position limit $4`,
        [councilId, year.start, year.end, size],
      );
      return loadAccountYears(db, councilId, rows.map((row) => row.account_id), year);
    });
  }

  accountYears(actor: Actor, councilId: string, accountIds: readonly string[], year: FinancialYear): Promise<LoadedAccountYear[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => loadAccountYears(db, councilId, [...accountIds], year));
  }

  findAccountId(actor: Actor, councilId: string, accountReference: string): Promise<string | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select account_id from accounts where council_id = $1 and reference = $2`, [councilId, accountReference]);
      return row?.account_id ?? null;
    });
  }

  affectedAccounts(
    actor: Actor,
    councilId: string,
    affected: { readonly accountIds?: readonly string[]; readonly hereditamentIds?: readonly string[] },
    from: string,
  ): Promise<AffectedAccount[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `with directly as (
           select account_id from accounts where council_id = $1 and account_id = any($2::uuid[])
           union
           select account_id from liabilities
            where council_id = $1 and hereditament_id = any($3::uuid[]) and (ends_on is null or ends_on >= $4::date)),
         -- Small business rate relief looks at everything a ratepayer occupies: their other accounts
         -- with an occupier's liability since the change are affected too.
         affected as (
           select account_id from directly
           union
           select l.account_id from liabilities l join accounts a using (council_id, account_id)
            where l.council_id = $1 and l.capacity = 'occupier' and (l.ends_on is null or l.ends_on >= $4::date)
              and a.party_id in (select party_id from accounts where council_id = $1 and account_id in (select account_id from directly)))
         select a.account_id,
                array(select financial_year from bills b where b.council_id = $1 and b.account_id = a.account_id
                      union select financial_year from billing_runs r where r.council_id = $1) as years
           from affected a order by a.account_id`,
        [councilId, affected.accountIds ?? [], affected.hereditamentIds ?? [], from],
      );
      // Locked now, in key order, before any notice takes a bill number: inside a use case's one
      // transaction they are held to its end, in the order the billing worker also takes them.
      await db.query(`select 1 from accounts where council_id = $1 and account_id = any($2::uuid[]) order by account_id for update`, [
        councilId, rows.map((row: { account_id: string }) => row.account_id),
      ]);
      return rows.map((row: { account_id: string; years: string[] }) => ({ accountId: row.account_id, billedYears: row.years }));
    });
  }

  findNotice(actor: Actor, councilId: string, billNumber: number): Promise<IssuedNotice | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [notice] = await readNotices(db, councilId, `b.bill_number = $2`, [billNumber]);
      return notice ?? null;
    });
  }

  listNotices(actor: Actor, councilId: string, accountId: string, financialYear?: string): Promise<IssuedNotice[]> {
    return this.transactions.inCouncil(actor, councilId, (db) =>
      readNotices(db, councilId, `b.account_id = $2 and ($3::text is null or b.financial_year = $3)`, [accountId, financialYear ?? null]),
    );
  }
}

async function readNotices(db: EntityManager, councilId: string, where: string, parameters: unknown[]): Promise<IssuedNotice[]> {
  const bills = await db.query(
    `select b.*, b.issued_on::text as issued, a.reference from bills b join accounts a using (council_id, account_id)
      where b.council_id = $1 and ${where} order by b.bill_number`,
    [councilId, ...parameters],
  );
  if (bills.length === 0) return [];
  const billIds = bills.map((bill: { bill_id: string }) => bill.bill_id);
  const [lines, instalments] = await inTurn([
    () => db.query(`select *, period_start::text as start, period_end::text as end from bill_lines where council_id = $1 and bill_id = any($2) order by bill_id, line_number`, [councilId, billIds]),
    () => db.query(`select *, due_on::text as due from instalments where council_id = $1 and bill_id = any($2) order by bill_id, instalment_number`, [councilId, billIds]),
  ]);
  return bills.map((bill: Record<string, string>) => ({
    billId: bill.bill_id,
    billNumber: pence(bill.bill_number),
    accountReference: bill.reference,
    financialYear: bill.financial_year,
    kind: bill.kind as NoticeKind,
    issuedOn: bill.issued,
    totalPence: pence(bill.total_pence),
    yearChargePence: pence(bill.year_charge_pence),
    paidBeforePence: pence(bill.paid_before_pence),
    dueBeforePence: pence(bill.due_before_pence),
    billingRunId: bill.billing_run_id ?? null,
    lines: lines.filter((line: { bill_id: string }) => line.bill_id === bill.bill_id).map(toNoticeLine),
    instalments: instalments
      .filter((each: { bill_id: string }) => each.bill_id === bill.bill_id)
      .map((each: Record<string, string>) => ({ number: Number(each.instalment_number), dueDate: each.due, amountPence: pence(each.amount_pence) })),
  }));
}
