import { inTurn } from '../../../../database/src/index.js';
import type { EntityManager } from 'typeorm';
import type { AccountRecord, HereditamentRecord, LiabilityRecord } from '../../application/register/register-store.port.js';
import type { Capacity, PartyKind, ReliefKind } from '../../domain/register/register-facts.js';
import type { PropertyUse } from '../../domain/charge/rating-case.js';

const LIABILITY_COLUMNS = `l.liability_id, l.account_id, a.reference, l.hereditament_id, l.capacity, l.starts_on::text as starts, l.ends_on::text as ends`;

function toLiability(row: Record<string, string | null>): LiabilityRecord {
  return {
    liabilityId: row.liability_id as string,
    accountId: row.account_id as string,
    accountReference: row.reference as string,
    hereditamentId: row.hereditament_id as string,
    capacity: row.capacity as Capacity,
    startsOn: row.starts as string,
    endsOn: row.ends ?? null,
  };
}

export async function findLiability(db: EntityManager, councilId: string, liabilityId: string, lock = false): Promise<LiabilityRecord | null> {
  const [row] = await db.query(
    `select ${LIABILITY_COLUMNS} from liabilities l join accounts a using (council_id, account_id)
      where l.council_id = $1 and l.liability_id = $2 ${lock ? 'for update of l' : ''}`,
    [councilId, liabilityId],
  );
  return row ? toLiability(row) : null;
}

export async function findHereditament(db: EntityManager, councilId: string, hereditamentId: string): Promise<HereditamentRecord | null> {
  const [row] = await db.query(`select * from hereditaments where council_id = $1 and hereditament_id = $2`, [councilId, hereditamentId]);
  if (!row) return null;
  const [values, occupation, liabilities] = await inTurn([
    () => db.query(`select effective_from::text as from, rateable_value, reason from rateable_values where council_id = $1 and hereditament_id = $2 order by effective_from`, [councilId, hereditamentId]),
    () => db.query(`select starts_on::text as starts, occupied from occupation_periods where council_id = $1 and hereditament_id = $2 order by starts_on`, [councilId, hereditamentId]),
    () => db.query(`select ${LIABILITY_COLUMNS} from liabilities l join accounts a using (council_id, account_id) where l.council_id = $1 and l.hereditament_id = $2 order by l.starts_on`, [councilId, hereditamentId]),
  ]);
  return {
    hereditamentId: row.hereditament_id,
    baReference: row.ba_reference,
    uarn: row.uarn === null ? null : Number(row.uarn),
    uprn: row.uprn === null ? null : Number(row.uprn),
    addressLines: [row.address_line_1, row.address_line_2, row.address_line_3, row.address_line_4].filter((line) => line !== null),
    postcode: row.postcode,
    description: row.description,
    scatCode: row.scat_code,
    propertyUse: row.property_use as PropertyUse,
    listedBuilding: row.listed_building,
    rateableValues: values.map((value: Record<string, string>) => ({ effectiveFrom: value.from, rateableValue: Number(value.rateable_value), reason: value.reason ?? null })),
    occupation: occupation.map((period: { starts: string; occupied: boolean }) => ({ startsOn: period.starts, occupied: period.occupied })),
    liabilities: liabilities.map(toLiability),
  };
}

export async function findAccount(db: EntityManager, councilId: string, reference: string): Promise<AccountRecord | null> {
  const [row] = await db.query(
    `select a.account_id, a.reference, a.instalment_preference, p.* from accounts a join parties p using (council_id, party_id)
      where a.council_id = $1 and a.reference = $2`,
    [councilId, reference],
  );
  if (!row) return null;
  const liabilities = await db.query(
    `select ${LIABILITY_COLUMNS} from liabilities l join accounts a using (council_id, account_id) where l.council_id = $1 and l.account_id = $2 order by l.starts_on`,
    [councilId, row.account_id],
  );
  const reliefs = await db.query(
    `select *, starts_on::text as starts, ends_on::text as ends, percent::text as percent_text from relief_awards where council_id = $1 and liability_id = any($2) order by starts_on`,
    [councilId, liabilities.map((liability: { liability_id: string }) => liability.liability_id)],
  );
  return {
    accountId: row.account_id,
    reference: row.reference,
    instalmentPreference: Number(row.instalment_preference) === 12 ? 12 : 10,
    party: {
      partyId: row.party_id,
      kind: row.kind as PartyKind,
      name: row.name,
      companyNumber: row.company_number,
      charityNumber: row.charity_number,
      registeredCasc: row.registered_casc,
    },
    liabilities: liabilities.map((liability: Record<string, string | null>) => ({
      ...toLiability(liability),
      reliefs: reliefs
        .filter((award: { liability_id: string }) => award.liability_id === liability.liability_id)
        .map((award: Record<string, string | boolean | null>) => ({
          reliefAwardId: award.relief_award_id as string,
          kind: award.kind as ReliefKind,
          startsOn: award.starts as string,
          endsOn: (award.ends as string | null) ?? null,
          percent: (award.percent_text as string | null) ?? undefined,
          evidence: award.evidence as string,
        })),
    })),
  };
}
