import { inTurn } from '../../../../database/src/index.js';
import type { EntityManager } from 'typeorm';
import type { AccountYearFacts, LiabilityFacts, ReliefAwardFacts } from '../../domain/billing/account-year-facts.js';
import type { AccountYearPosition } from '../../domain/billing/draft-notice.js';
import type { NoticeLine } from '../../domain/billing/notice-lines.js';
import type { LineCode } from '../../domain/charge/charge-line.js';
import type { PropertyUse } from '../../domain/charge/rating-case.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { pence } from './pence.js';

const CITY_OF_LONDON = 'E09000001';

/** Reads where one account's year stands: the register's facts, what has been billed and what has been paid. */
export async function loadAccountYear(db: EntityManager, councilId: string, accountId: string, year: FinancialYear): Promise<AccountYearPosition & { accountReference: string }> {
  const [account] = await db.query(
    `select a.reference, a.instalment_preference, a.party_id, p.kind, c.ons_code
       from accounts a join parties p using (council_id, party_id) join councils c using (council_id)
      where a.council_id = $1 and a.account_id = $2`,
    [councilId, accountId],
  );
  const liabilities = await db.query(
    `select l.liability_id, l.hereditament_id, l.starts_on::text, l.ends_on::text, h.property_use, h.listed_building
       from liabilities l join hereditaments h using (council_id, hereditament_id)
      where l.council_id = $1 and l.account_id = $2 and l.starts_on <= $4 and (l.ends_on is null or l.ends_on >= $3)
      order by l.starts_on`,
    [councilId, accountId, year.start, year.end],
  );
  const hereditamentIds = liabilities.map((row: { hereditament_id: string }) => row.hereditament_id);
  const liabilityIds = liabilities.map((row: { liability_id: string }) => row.liability_id);
  const [values, occupation, reliefs, others, billed, [paid]] = await inTurn([
    () => db.query(`select hereditament_id, effective_from::text as from, rateable_value from rateable_values where council_id = $1 and hereditament_id = any($2)`, [councilId, hereditamentIds]),
    () => db.query(`select hereditament_id, starts_on::text as from, occupied from occupation_periods where council_id = $1 and hereditament_id = any($2)`, [councilId, hereditamentIds]),
    () => db.query(`select *, starts_on::text as starts, ends_on::text as ends, percent::text as percent_text from relief_awards where council_id = $1 and liability_id = any($2)`, [councilId, liabilityIds]),
    () => otherOccupiedProperties(db, councilId, account.party_id, hereditamentIds, year),
    () => db.query(
      `select bl.* , bl.period_start::text as start, bl.period_end::text as end from bill_lines bl join bills b using (council_id, bill_id)
        where b.council_id = $1 and b.account_id = $2 and b.financial_year = $3`,
      [councilId, accountId, year.label],
    ),
    () => db.query(
      `select coalesce(sum(amount_pence), 0) as paid from allocations
        where council_id = $1 and account_id = $2 and financial_year = $3 and target = 'rates'`,
      [councilId, accountId, year.label],
    ),
  ]);
  const facts: AccountYearFacts = {
    year,
    ratepayerType: account.kind === 'individual' ? 'individual' : 'company',
    inLondon: typeof account.ons_code === 'string' && account.ons_code.startsWith('E09'),
    cityOfLondon: account.ons_code === CITY_OF_LONDON,
    otherProperties: others,
    liabilities: liabilities.map(
      (row: Record<string, string | boolean>): LiabilityFacts => ({
        liabilityId: row.liability_id as string,
        startsOn: row.starts_on as string,
        endsOn: (row.ends_on as string | null) ?? null,
        propertyUse: row.property_use as PropertyUse,
        listedBuilding: row.listed_building as boolean,
        rateableValues: values
          .filter((value: { hereditament_id: string }) => value.hereditament_id === row.hereditament_id)
          .map((value: { from: string; rateable_value: string }) => ({ from: value.from, value: Number(value.rateable_value) })),
        occupation: occupation
          .filter((period: { hereditament_id: string }) => period.hereditament_id === row.hereditament_id)
          .map((period: { from: string; occupied: boolean }) => ({ from: period.from, occupied: period.occupied })),
        reliefs: reliefs.filter((award: { liability_id: string }) => award.liability_id === row.liability_id).map(toReliefAward),
      }),
    ),
  };
  return {
    accountReference: account.reference,
    facts,
    billedLines: billed.map(toNoticeLine),
    paidTowardsYearPence: pence(paid.paid),
    instalmentPreference: Number(account.instalment_preference) === 12 ? 12 : 10,
  };
}

/** The party's other hereditaments it occupies during the year, at the rateable value in force when that began. */
async function otherOccupiedProperties(db: EntityManager, councilId: string, partyId: string, exceptHereditaments: string[], year: FinancialYear) {
  const rows = await db.query(
    `select l.starts_on::text as occupied_from,
            (select rv.rateable_value from rateable_values rv
              where rv.council_id = l.council_id and rv.hereditament_id = l.hereditament_id and rv.effective_from <= greatest(l.starts_on, $4::date)
              order by rv.effective_from desc limit 1) as rateable_value
       from liabilities l join accounts a using (council_id, account_id)
      where l.council_id = $1 and a.party_id = $2 and l.capacity = 'occupier' and not (l.hereditament_id = any($3))
        and l.starts_on <= $5 and (l.ends_on is null or l.ends_on >= $4)`,
    [councilId, partyId, exceptHereditaments, year.start, year.end],
  );
  return rows
    .filter((row: { rateable_value: string | null }) => row.rateable_value !== null)
    .map((row: { occupied_from: string; rateable_value: string }) => ({ rateableValue: Number(row.rateable_value), occupiedFrom: row.occupied_from }));
}

function toReliefAward(row: Record<string, string | boolean | null>): ReliefAwardFacts {
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
