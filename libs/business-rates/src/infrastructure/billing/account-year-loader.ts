import { inTurn } from '../../../../database/src/index.js';
import type { EntityManager } from 'typeorm';
import type { AccountYearFacts, LiabilityFacts, ReliefAwardFacts } from '../../domain/billing/account-year-facts.js';
import type { AccountYearPosition } from '../../domain/billing/draft-notice.js';
import type { NoticeLine } from '../../domain/billing/notice-lines.js';
import type { LineCode } from '../../domain/charge/charge-line.js';
import type { PropertyUse } from '../../domain/charge/rating-case.js';
import type { InstalmentPlan } from '../../domain/instalments/instalment-plan.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { groupBy } from '../group-by.js';
import { pence } from './pence.js';

const CITY_OF_LONDON = 'E09000001';

export type LoadedAccountYear = AccountYearPosition & { readonly accountId: string; readonly accountReference: string };

/** Reads where one account's year stands: the register's facts, what has been billed and what has been paid. */
export async function loadAccountYear(db: EntityManager, councilId: string, accountId: string, year: FinancialYear): Promise<LoadedAccountYear> {
  const [position] = await loadAccountYears(db, councilId, [accountId], year);
  return position;
}

/**
 * Reads where many accounts' years stand with one query per kind of fact, so an annual billing
 * run costs the same handful of round trips for a thousand accounts as for one.
 */
export async function loadAccountYears(db: EntityManager, councilId: string, accountIds: readonly string[], year: FinancialYear): Promise<LoadedAccountYear[]> {
  const accounts = await db.query(
    `select a.account_id, a.reference, a.instalment_preference, a.party_id, p.kind, c.ons_code
       from accounts a join parties p using (council_id, party_id) join councils c using (council_id)
      where a.council_id = $1 and a.account_id = any($2) order by a.reference`,
    [councilId, accountIds],
  );
  const liabilities = await db.query(
    `select l.account_id, l.liability_id, l.hereditament_id, l.capacity, l.starts_on::text, l.ends_on::text, h.property_use, h.listed_building,
            h.scat_code, h.postcode, h.description
       from liabilities l join hereditaments h using (council_id, hereditament_id)
      where l.council_id = $1 and l.account_id = any($2) and l.starts_on <= $4 and (l.ends_on is null or l.ends_on >= $3)
      order by l.starts_on`,
    [councilId, accountIds, year.start, year.end],
  );
  const hereditamentIds = liabilities.map((row: { hereditament_id: string }) => row.hereditament_id);
  const liabilityIds = liabilities.map((row: { liability_id: string }) => row.liability_id);
  const partyIds = accounts.map((row: { party_id: string }) => row.party_id);
  const [values, occupation, reliefs, occupiedByParties, { lines: billed, plans }, paid] = await inTurn([
    () => db.query(`select hereditament_id, effective_from::text as from, rateable_value from rateable_values where council_id = $1 and hereditament_id = any($2)`, [councilId, hereditamentIds]),
    () => db.query(`select hereditament_id, starts_on::text as from, occupied from occupation_periods where council_id = $1 and hereditament_id = any($2)`, [councilId, hereditamentIds]),
    () => db.query(`select *, starts_on::text as starts, ends_on::text as ends, percent::text as percent_text from relief_awards where council_id = $1 and liability_id = any($2)`, [councilId, liabilityIds]),
    () => occupiedByTheParties(db, councilId, partyIds, year),
    () => billedSoFar(db, councilId, accountIds, year),
    () => db.query(
      `select account_id, sum(amount_pence) as paid from allocations
        where council_id = $1 and account_id = any($2) and financial_year = $3 and target = 'rates' group by account_id`,
      [councilId, accountIds, year.label],
    ),
  ]);
  const valuesOf = groupBy(values, (row: Row) => row.hereditament_id);
  const occupationOf = groupBy(occupation, (row: Row) => row.hereditament_id);
  const reliefsOf = groupBy(reliefs, (row: Row) => row.liability_id);
  const liabilitiesOf = groupBy(liabilities, (row: Row) => row.account_id);
  const occupiedBy = groupBy(occupiedByParties, (row: Row) => row.party_id);
  const billedOf = groupBy(billed, (row: Row) => row.account_id);
  const paidBy = new Map<string, string>(paid.map((row: { account_id: string; paid: string }) => [row.account_id, row.paid]));

  return accounts.map((account: Row): LoadedAccountYear => {
    const own = liabilitiesOf.get(account.account_id) ?? [];
    const ownHereditaments = new Set(own.map((row) => row.hereditament_id));
    const facts: AccountYearFacts = {
      year,
      ratepayerType: account.kind === 'individual' ? 'individual' : 'company',
      inLondon: typeof account.ons_code === 'string' && account.ons_code.startsWith('E09'),
      cityOfLondon: account.ons_code === CITY_OF_LONDON,
      partyKind: account.kind,
      // Small business rate relief looks at the ratepayer's other occupied properties, whichever account they sit on.
      otherProperties: (occupiedBy.get(account.party_id) ?? [])
        .filter((row) => !ownHereditaments.has(row.hereditament_id) && row.rateable_value !== null)
        .map((row) => ({ rateableValue: Number(row.rateable_value), occupiedFrom: row.occupied_from })),
      liabilities: own.map(
        (row): LiabilityFacts => ({
          liabilityId: row.liability_id,
          hereditamentId: row.hereditament_id,
          capacity: row.capacity,
          startsOn: row.starts_on,
          endsOn: row.ends_on ?? null,
          propertyUse: row.property_use as PropertyUse,
          listedBuilding: row.listed_building,
          scatCode: row.scat_code ?? null,
          postcode: row.postcode ?? null,
          description: row.description,
          rateableValues: (valuesOf.get(row.hereditament_id) ?? []).map((value) => ({ from: value.from, value: Number(value.rateable_value) })),
          occupation: (occupationOf.get(row.hereditament_id) ?? []).map((period) => ({ from: period.from, occupied: period.occupied })),
          reliefs: (reliefsOf.get(row.liability_id) ?? []).map(toReliefAward),
        }),
      ),
    };
    return {
      accountId: account.account_id,
      accountReference: account.reference,
      facts,
      billedLines: (billedOf.get(account.account_id) ?? []).map(toNoticeLine),
      paidTowardsYearPence: pence(paidBy.get(account.account_id) ?? 0),
      latestPlan: plans.get(account.account_id) ?? null,
      instalmentPreference: Number(account.instalment_preference) === 12 ? 12 : 10,
    };
  });
}

/** A row as pg returns it: text, booleans and bigints as strings. */
type Row = Record<string, any>;

/**
 * The lines already billed for the year, in the order they were billed, and the instalment plan of
 * each account's latest notice. Bills are found first and their lines second, by key: a single join
 * lets the planner, misled by statistics that lag a billing run's inserts, walk every line in the
 * council for each chunk.
 */
async function billedSoFar(db: EntityManager, councilId: string, accountIds: readonly string[], year: FinancialYear): Promise<{ lines: Row[]; plans: Map<string, InstalmentPlan> }> {
  const bills: Row[] = await db.query(
    `select b.bill_id, b.account_id, ${PLAN_COLUMNS}
       from bills b where b.council_id = $1 and b.account_id = any($2) and b.financial_year = $3 order by b.bill_number`,
    [councilId, accountIds, year.label],
  );
  if (bills.length === 0) return { lines: [], plans: new Map() };
  const billIds = bills.map((bill) => bill.bill_id);
  const latest = [...new Map(bills.map((bill) => [bill.account_id, bill])).values()];
  const [lines, instalments] = await inTurn([
    () => db.query(`select *, period_start::text as start, period_end::text as end from bill_lines where council_id = $1 and bill_id = any($2) order by line_number`, [councilId, billIds]),
    () => db.query(
      `select bill_id, due_on::text as due, amount_pence from instalments where council_id = $1 and bill_id = any($2) order by instalment_number`,
      [councilId, latest.map((bill) => bill.bill_id)],
    ),
  ]);
  const linesOf = groupBy(lines as Row[], (row: Row) => row.bill_id);
  const instalmentsOf = groupBy(instalments as Row[], (row: Row) => row.bill_id);
  return {
    lines: bills.flatMap((bill) => (linesOf.get(bill.bill_id) ?? []).map((line) => ({ ...line, account_id: bill.account_id }))),
    plans: new Map(latest.map((bill) => [bill.account_id, toInstalmentPlan(bill, instalmentsOf.get(bill.bill_id) ?? [])])),
  };
}

/**
 * A notice's plan as `toInstalmentPlan` reads it, from bills aliased `b`: whether a final notice has
 * been served since it (its whole plan then due) is read with it.
 */
export const PLAN_COLUMNS = `b.paid_before_pence, b.due_before_pence, b.year_charge_pence,
  exists (select 1 from recovery_stages s
           where s.council_id = b.council_id and s.account_id = b.account_id and s.financial_year = b.financial_year
             and s.stage = 'final-notice' and s.created_at > b.created_at) as instalments_lost`;

/** A stored notice's plan: the bill row (with `PLAN_COLUMNS`) and its instalment rows (`due`, `amount_pence`). */
export function toInstalmentPlan(bill: Row, instalments: readonly Row[]): InstalmentPlan {
  return {
    paidBeforePence: pence(bill.paid_before_pence),
    dueBeforePence: pence(bill.due_before_pence),
    yearChargePence: pence(bill.year_charge_pence),
    instalments: instalments.map((row) => ({ dueOn: row.due as string, amountPence: pence(row.amount_pence) })),
    instalmentsLost: bill.instalments_lost === true,
  };
}

/** Every hereditament the parties occupy during the year, at the rateable value in force when that began. */
function occupiedByTheParties(db: EntityManager, councilId: string, partyIds: string[], year: FinancialYear): Promise<Row[]> {
  return db.query(
    `select a.party_id, l.hereditament_id, l.starts_on::text as occupied_from,
            (select rv.rateable_value from rateable_values rv
              where rv.council_id = l.council_id and rv.hereditament_id = l.hereditament_id and rv.effective_from <= greatest(l.starts_on, $3::date)
              order by rv.effective_from desc limit 1) as rateable_value
       from liabilities l join accounts a using (council_id, account_id)
      where l.council_id = $1 and a.party_id = any($2) and l.capacity = 'occupier'
        and l.starts_on <= $4 and (l.ends_on is null or l.ends_on >= $3)`,
    [councilId, partyIds, year.start, year.end],
  );
}

function toReliefAward(row: Row): ReliefAwardFacts {
  const dates = { startsOn: row.starts as string, endsOn: (row.ends as string | null) ?? null };
  switch (row.kind) {
    case 'discretionary':
    case 'hardship':
      return { ...dates, kind: row.kind, percent: row.percent_text as string };
    case 'rural':
      return { ...dates, kind: 'rural', ruralBusiness: row.rural_business as never, onlyOneInSettlement: row.only_one_in_settlement as boolean };
    case 'empty-exemption':
      return { ...dates, kind: 'empty-exemption', exemptionClass: row.exemption_class as never };
    case 'partly-occupied':
      return { ...dates, kind: 'partly-occupied', unoccupiedRateableValue: Number(row.unoccupied_rateable_value) };
    default:
      return { ...dates, kind: row.kind as 'charity' | 'casc' | 'public-lavatory' | 'pubs-and-live-music' };
  }
}

export function toNoticeLine(row: Record<string, unknown>): NoticeLine {
  return {
    liabilityId: row.liability_id as string,
    code: row.code as LineCode,
    description: row.description as string,
    amountPence: pence(row.amount_pence as string),
    periodStart: row.start as string,
    periodEnd: row.end as string,
    rule: row.rule as string,
    legislation: row.legislation as string,
    inputs: row.inputs as NoticeLine['inputs'],
  };
}
