import { inTurn } from '../../../../database/src/index.js';
import type { EntityManager } from 'typeorm';
import type { AccountRecord, ContactRecord, HereditamentRecord, LiabilityRecord, PartyRecord, ReliefAwardRecord } from '../../application/register/register-store.port.js';
import type { ContactKind } from '../../domain/register/contacts-and-notes.js';
import type { Capacity, HereditamentDetails, PartyDetails, PartyKind, ReliefKind } from '../../domain/register/register-facts.js';
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

/** Up to four address lines, stored in their own columns; the unused ones are null. */
export const addressLines = (row: Record<string, string | null>): string[] =>
  [row.address_line_1, row.address_line_2, row.address_line_3, row.address_line_4].filter((line): line is string => line !== null);

export function toHereditamentDetails(row: Record<string, never>): HereditamentDetails {
  return {
    baReference: row.ba_reference,
    uarn: row.uarn === null ? null : Number(row.uarn),
    uprn: row.uprn === null ? null : Number(row.uprn),
    addressLines: addressLines(row),
    postcode: row.postcode,
    description: row.description,
    scatCode: row.scat_code,
    propertyUse: row.property_use as PropertyUse,
    listedBuilding: row.listed_building,
  };
}

export function toPartyDetails(row: Record<string, never>): PartyDetails {
  return {
    kind: row.kind as PartyKind,
    name: row.name,
    companyNumber: row.company_number,
    charityNumber: row.charity_number,
    registeredCasc: row.registered_casc,
  };
}

export function toReliefAward(award: Record<string, string | boolean | null>): ReliefAwardRecord {
  return {
    reliefAwardId: award.relief_award_id as string,
    kind: award.kind as ReliefKind,
    startsOn: award.starts as string,
    endsOn: (award.ends as string | null) ?? null,
    percent: (award.percent_text as string | null) ?? undefined,
    evidence: award.evidence as string,
  };
}

/** Relief award columns, with dates and the percentage as text so nothing is lost in conversion. */
export const RELIEF_COLUMNS = `*, starts_on::text as starts, ends_on::text as ends, percent::text as percent_text`;

export async function findParty(db: EntityManager, councilId: string, partyId: string): Promise<PartyRecord | null> {
  const [row] = await db.query(`select * from parties where council_id = $1 and party_id = $2`, [councilId, partyId]);
  if (!row) return null;
  const contacts = await db.query(`select * from contacts where council_id = $1 and party_id = $2 order by preferred desc, created_at, contact_id`, [councilId, partyId]);
  return { partyId: row.party_id, ...toPartyDetails(row), contacts: contacts.map(toContact) };
}

function toContact(row: Record<string, never>): ContactRecord {
  return {
    contactId: row.contact_id,
    kind: row.kind as ContactKind,
    email: row.email,
    phone: row.phone,
    addressLines: addressLines(row),
    postcode: row.postcode,
    preferred: row.preferred,
  };
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
    ...toHereditamentDetails(row),
    rateableValues: values.map((value: Record<string, string>) => ({ effectiveFrom: value.from, rateableValue: Number(value.rateable_value), reason: value.reason ?? null })),
    occupation: occupation.map((period: { starts: string; occupied: boolean }) => ({ startsOn: period.starts, occupied: period.occupied })),
    liabilities: liabilities.map(toLiability),
  };
}

export async function findAccount(db: EntityManager, councilId: string, reference: string): Promise<AccountRecord | null> {
  const [row] = await db.query(`select account_id, reference, instalment_preference, party_id from accounts where council_id = $1 and reference = $2`, [councilId, reference]);
  if (!row) return null;
  const liabilities = await db.query(
    `select ${LIABILITY_COLUMNS} from liabilities l join accounts a using (council_id, account_id) where l.council_id = $1 and l.account_id = $2 order by l.starts_on`,
    [councilId, row.account_id],
  );
  const reliefs = await db.query(
    `select ${RELIEF_COLUMNS} from relief_awards where council_id = $1 and liability_id = any($2) order by starts_on`,
    [councilId, liabilities.map((liability: { liability_id: string }) => liability.liability_id)],
  );
  return {
    accountId: row.account_id,
    reference: row.reference,
    instalmentPreference: Number(row.instalment_preference) === 12 ? 12 : 10,
    party: (await findParty(db, councilId, row.party_id)) as PartyRecord,
    liabilities: liabilities.map((liability: Record<string, string | null>) => ({
      ...toLiability(liability),
      reliefs: reliefs.filter((award: { liability_id: string }) => award.liability_id === liability.liability_id).map(toReliefAward),
    })),
  };
}
