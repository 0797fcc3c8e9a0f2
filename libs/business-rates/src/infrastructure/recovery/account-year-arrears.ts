import type { EntityManager } from 'typeorm';
import type { AccountYearArrears, RecoveryStageName } from '../../domain/recovery/next-recovery-step.js';
import type { AccountYear } from '../../application/recovery/recovery-store.port.js';
import { PLAN_COLUMNS, toInstalmentPlan } from '../billing/account-year-loader.js';
import { pence } from '../billing/pence.js';
import { groupBy } from '../group-by.js';

type Row = Record<string, any>;

/**
 * Many account-years as recovery sees them (the latest notice's instalments, the money, the stages
 * so far), with one query per kind of fact, so a council's recovery run costs a handful of round
 * trips per thousand account-years rather than several per account-year.
 */
export async function readArrears(db: EntityManager, councilId: string, accountYears: readonly AccountYear[]): Promise<Map<string, AccountYearArrears>> {
  const accountIds = accountYears.map((each) => each.accountId);
  const years = accountYears.map((each) => each.financialYear);
  const wanted = (of = '') => `(${of}account_id, ${of}financial_year) in (select * from unnest($2::uuid[], $3::text[]))`;
  const bills: Row[] = await db.query(
    `select distinct on (b.account_id, b.financial_year) b.account_id, b.financial_year, b.bill_id, ${PLAN_COLUMNS}
       from bills b where b.council_id = $1 and ${wanted('b.')} order by b.account_id, b.financial_year, b.bill_number desc`,
    [councilId, accountIds, years],
  );
  const instalments: Row[] = bills.length === 0 ? [] : await db.query(
    `select bill_id, due_on::text as due, amount_pence from instalments where council_id = $1 and bill_id = any($2) order by bill_id, instalment_number`,
    [councilId, bills.map((bill) => bill.bill_id)],
  );
  const charged: Row[] = await db.query(
    `select account_id, financial_year,
            coalesce(sum(amount_pence) filter (where kind in ('charge', 'write-off')), 0) as rates,
            coalesce(sum(amount_pence) filter (where kind = 'costs'), 0) as costs
       from ledger_entries where council_id = $1 and ${wanted()} group by account_id, financial_year`,
    [councilId, accountIds, years],
  );
  const paid: Row[] = await db.query(
    `select account_id, financial_year,
            coalesce(sum(amount_pence) filter (where target = 'rates'), 0) as rates,
            coalesce(sum(amount_pence) filter (where target = 'costs'), 0) as costs
       from allocations where council_id = $1 and ${wanted()} group by account_id, financial_year`,
    [councilId, accountIds, years],
  );
  // What has been paid toward the year since each notice was issued (allocations made after it), and
  // of the rates paid since, what came from payments received by its pay-by day (a payment assigned
  // from suspense later still counts on the day it was received).
  const stages: Row[] = await db.query(
    `select s.account_id, s.financial_year, s.stage, s.issued_on::text as issued, s.pay_by::text as pay_by, s.hearing_on::text as hearing,
            s.arrears_pence, s.costs_pence, since.paid, since.rates_paid, since.rates_paid_in_time
       from recovery_stages s cross join lateral (
              select coalesce(sum(a.amount_pence), 0) as paid,
                     coalesce(sum(a.amount_pence) filter (where a.target = 'rates'), 0) as rates_paid,
                     coalesce(sum(a.amount_pence) filter (where a.target = 'rates' and a.amount_pence > 0 and p.received_on <= s.pay_by), 0) as rates_paid_in_time
                from allocations a join payments p on p.council_id = a.council_id and p.payment_id = a.payment_id
               where a.council_id = s.council_id and a.account_id = s.account_id and a.financial_year = s.financial_year
                 and a.target in ('rates', 'costs') and a.created_at > s.created_at) since
      where s.council_id = $1 and ${wanted('s.')}
      order by s.issued_on, s.created_at`,
    [councilId, accountIds, years],
  );

  const billOf = byAccountYear(bills);
  const chargedOf = byAccountYear(charged);
  const paidOf = byAccountYear(paid);
  const stagesOf = groupBy(stages, keyOf);
  const instalmentsOf = groupBy(instalments, (row) => row.bill_id as string);
  return new Map(
    accountYears.map((accountYear): [string, AccountYearArrears] => {
      const key = keyOf({ account_id: accountYear.accountId, financial_year: accountYear.financialYear });
      const bill = billOf.get(key);
      const money = chargedOf.get(key);
      const payments = paidOf.get(key);
      return [
        key,
        {
          plan: bill ? toInstalmentPlan(bill, instalmentsOf.get(bill.bill_id as string) ?? []) : null,
          ratesChargedPence: pence(money?.rates ?? 0),
          ratesPaidPence: pence(payments?.rates ?? 0),
          costsChargedPence: pence(money?.costs ?? 0),
          costsPaidPence: pence(payments?.costs ?? 0),
          stages: (stagesOf.get(key) ?? []).map((row) => ({
            stage: row.stage as RecoveryStageName,
            issuedOn: row.issued as string,
            payBy: row.pay_by as string,
            hearingOn: row.hearing,
            arrearsPence: pence(row.arrears_pence as string),
            costsPence: pence(row.costs_pence as string),
            paidSincePence: pence(row.paid as string),
            ratesPaidSincePence: pence(row.rates_paid as string),
            ratesPaidInTimePence: pence(row.rates_paid_in_time as string),
          })),
        },
      ];
    }),
  );
}

export function accountYearKey(accountYear: AccountYear): string {
  return `${accountYear.accountId}/${accountYear.financialYear}`;
}

function keyOf(row: Row): string {
  return `${row.account_id}/${row.financial_year}`;
}

function byAccountYear(rows: Row[]): Map<string, Row> {
  return new Map(rows.map((row) => [keyOf(row), row]));
}
