import { inTurn } from '../../../../database/src/index.js';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import type { AccountYearPosition, NoticeDraft, NoticeKind } from '../../domain/billing/draft-notice.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { BillingStore, type AffectedAccount, type IssuedNotice } from '../../application/billing/billing-store.port.js';
import { loadAccountYear, toNoticeLine } from './account-year-loader.js';
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
        const billId = randomUUID();
        const [{ number }] = await db.query(`select app_next_numbers('bill') as number`);
        const billNumber = pence(number);
        await saveNotice(db, councilId, accountId, year, billId, billNumber, draft, null);
        return { ...draft, billId, billNumber, accountReference: position.accountReference, financialYear: year.label, billingRunId: null };
      },
      reason,
    );
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
        `with affected as (
           select account_id from accounts where council_id = $1 and account_id = any($2::uuid[])
           union
           select account_id from liabilities
            where council_id = $1 and hereditament_id = any($3::uuid[]) and (ends_on is null or ends_on >= $4::date))
         select a.account_id, coalesce(array_agg(distinct b.financial_year) filter (where b.financial_year is not null), '{}') as years
           from affected a left join bills b on b.council_id = $1 and b.account_id = a.account_id
          group by a.account_id order by a.account_id`,
        [councilId, affected.accountIds ?? [], affected.hereditamentIds ?? [], from],
      );
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

/** Writes a notice, its lines, its instalments and its ledger entry. */
export async function saveNotice(
  db: EntityManager,
  councilId: string,
  accountId: string,
  year: FinancialYear,
  billId: string,
  billNumber: number,
  draft: NoticeDraft,
  billingRunId: string | null,
): Promise<void> {
  await db.query(
    `insert into bills (council_id, bill_id, bill_number, account_id, financial_year, kind, issued_on, total_pence, year_charge_pence, paid_before_pence, billing_run_id)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [councilId, billId, billNumber, accountId, year.label, draft.kind, draft.issuedOn, draft.totalPence, draft.yearChargePence, draft.paidBeforePence, billingRunId],
  );
  await db.query(
    `insert into bill_lines (council_id, bill_id, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs)
     select $1, $2, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs
       from jsonb_to_recordset($3::jsonb) as line(line_number integer, liability_id uuid, code text, description text, amount_pence bigint,
            period_start date, period_end date, rule text, legislation text, inputs jsonb)`,
    [councilId, billId, JSON.stringify(draft.lines.map(toLineRecord))],
  );
  if (draft.instalments.length > 0) {
    await db.query(
      `insert into instalments (council_id, bill_id, instalment_number, due_on, amount_pence)
       select $1, $2, number, due_on, amount from unnest($3::int[], $4::date[], $5::bigint[]) as i(number, due_on, amount)`,
      [councilId, billId, draft.instalments.map((each) => each.number), draft.instalments.map((each) => each.dueDate), draft.instalments.map((each) => each.amountPence)],
    );
  }
  if (draft.totalPence !== 0) {
    await db.query(
      `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, bill_id)
       values ($1, $2, $3, $4, $5, 'charge', $6, $7, $8)`,
      [councilId, randomUUID(), accountId, year.label, draft.issuedOn, draft.totalPence, `${noticeName(draft.kind)} ${year.label}`, billId],
    );
  }
}

function toLineRecord(line: NoticeDraft['lines'][number], index: number) {
  const { liabilityId, amountPence, periodStart, periodEnd, ...rest } = line;
  return { ...rest, line_number: index + 1, liability_id: liabilityId, amount_pence: amountPence, period_start: periodStart, period_end: periodEnd };
}

function noticeName(kind: NoticeKind): string {
  return { annual: 'Annual bill', demand: 'Demand notice', adjustment: 'Adjustment notice' }[kind];
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
    billingRunId: bill.billing_run_id ?? null,
    lines: lines.filter((line: { bill_id: string }) => line.bill_id === bill.bill_id).map(toNoticeLine),
    instalments: instalments
      .filter((each: { bill_id: string }) => each.bill_id === bill.bill_id)
      .map((each: Record<string, string>) => ({ number: Number(each.instalment_number), dueDate: each.due, amountPence: pence(each.amount_pence) })),
  }));
}
