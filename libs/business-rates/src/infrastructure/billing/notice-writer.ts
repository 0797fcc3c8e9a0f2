import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { NoticeDraft, NoticeKind } from '../../domain/billing/draft-notice.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { pence } from './pence.js';

/** A drafted notice with the account it is for. */
export interface NoticeToSave {
  readonly accountId: string;
  readonly draft: NoticeDraft;
}

export interface SavedNotice extends NoticeToSave {
  readonly billId: string;
  readonly billNumber: number;
}

/**
 * Numbers and writes notices with their lines, instalments and ledger entries: one statement per
 * table however many notices there are, so a billing run's chunk costs a handful of round trips.
 * A billing run's chunk brings the bill numbers it reserved, one per notice; otherwise they are taken here.
 */
export async function saveNotices(
  db: EntityManager,
  councilId: string,
  year: FinancialYear,
  notices: readonly NoticeToSave[],
  run: { readonly billingRunId: string; readonly billNumbers: readonly number[] } | null,
): Promise<SavedNotice[]> {
  if (notices.length === 0) return [];
  const numbers = run?.billNumbers ?? (await takeBillNumbers(db, notices.length));
  const saved = notices.map((notice, index): SavedNotice => ({ ...notice, billId: randomUUID(), billNumber: numbers[index] }));
  const billingRunId = run?.billingRunId ?? null;
  const drafts = saved.map((notice) => notice.draft);

  await db.query(
    `insert into bills (council_id, bill_id, bill_number, account_id, financial_year, kind, issued_on, total_pence, year_charge_pence, paid_before_pence, due_before_pence, billing_run_id)
     select $1, bill_id, bill_number, account_id, $2, kind, issued_on, total, year_charge, paid_before, due_before, $3
       from unnest($4::uuid[], $5::bigint[], $6::uuid[], $7::text[], $8::date[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])
         as b(bill_id, bill_number, account_id, kind, issued_on, total, year_charge, paid_before, due_before)`,
    [
      councilId, year.label, billingRunId,
      saved.map((notice) => notice.billId), saved.map((notice) => notice.billNumber), saved.map((notice) => notice.accountId),
      drafts.map((draft) => draft.kind), drafts.map((draft) => draft.issuedOn), drafts.map((draft) => draft.totalPence),
      drafts.map((draft) => draft.yearChargePence), drafts.map((draft) => draft.paidBeforePence), drafts.map((draft) => draft.dueBeforePence),
    ],
  );
  await db.query(
    `insert into bill_lines (council_id, bill_id, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs)
     select $1, bill_id, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs
       from jsonb_to_recordset($2::jsonb) as line(bill_id uuid, line_number integer, liability_id uuid, code text, description text,
            amount_pence bigint, period_start date, period_end date, rule text, legislation text, inputs jsonb)`,
    [councilId, JSON.stringify(saved.flatMap(({ billId, draft }) => draft.lines.map((line, index) => toLineRecord(billId, line, index))))],
  );
  const instalments = saved.flatMap(({ billId, draft }) => draft.instalments.map((instalment) => ({ billId, ...instalment })));
  if (instalments.length > 0) {
    await db.query(
      `insert into instalments (council_id, bill_id, instalment_number, due_on, amount_pence)
       select $1, bill_id, number, due_on, amount from unnest($2::uuid[], $3::int[], $4::date[], $5::bigint[]) as i(bill_id, number, due_on, amount)`,
      [councilId, instalments.map((each) => each.billId), instalments.map((each) => each.number), instalments.map((each) => each.dueDate), instalments.map((each) => each.amountPence)],
    );
  }
  // A notice whose differences net to nothing (one line moved between periods) changes no balance.
  const charged = saved.filter(({ draft }) => draft.totalPence !== 0);
  if (charged.length > 0) {
    await db.query(
      `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, bill_id)
       select $1, gen_random_uuid(), account_id, $2, posted_on, 'charge', amount, description, bill_id
         from unnest($3::uuid[], $4::date[], $5::bigint[], $6::text[], $7::uuid[]) as e(account_id, posted_on, amount, description, bill_id)`,
      [
        councilId, year.label,
        charged.map((notice) => notice.accountId), charged.map(({ draft }) => draft.issuedOn), charged.map(({ draft }) => draft.totalPence),
        charged.map(({ draft }) => `${noticeName(draft.kind)} ${year.label}`), charged.map((notice) => notice.billId),
      ],
    );
  }
  return saved;
}

/** The next `count` numbers in the council's bill sequence (its row stays locked until the transaction ends). */
export async function takeBillNumbers(db: EntityManager, count: number): Promise<number[]> {
  const [{ first }] = await db.query(`select app_next_numbers('bill', $1) as first`, [count]);
  return Array.from({ length: count }, (_, index) => pence(first) + index);
}

function toLineRecord(billId: string, line: NoticeDraft['lines'][number], index: number) {
  const { liabilityId, amountPence, periodStart, periodEnd, ...rest } = line;
  return { ...rest, bill_id: billId, line_number: index + 1, liability_id: liabilityId, amount_pence: amountPence, period_start: periodStart, period_end: periodEnd };
}

function noticeName(kind: NoticeKind): string {
  return { annual: 'Annual bill', demand: 'Demand notice', adjustment: 'Adjustment notice', migrated: 'Legacy notice' }[kind];
}
