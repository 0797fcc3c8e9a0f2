import type { EntityManager } from 'typeorm';
import { isExclusionViolation } from '../../../../database/src/index.js';
import { ConflictError, InvalidInputError, NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import type { ReliefAwardRecord } from '../../application/register/register-store.port.js';
import type { ContactDetails } from '../../domain/register/contacts-and-notes.js';
import type { HereditamentDetails, PartyDetails } from '../../domain/register/register-facts.js';
import { findLiability, RELIEF_COLUMNS, toHereditamentDetails, toPartyDetails, toReliefAward } from './register-reads.js';

/*
 * Changes to what is already on the register. Each runs inside the store's council transaction;
 * the row is locked first so the change applies to the record as it stands, not as a caller last saw it.
 */

/** The four address-line columns from a list of up to four lines. */
const lineColumns = (lines: readonly string[]) => [lines[0] ?? null, lines[1] ?? null, lines[2] ?? null, lines[3] ?? null];

export async function updateHereditament(db: EntityManager, councilId: string, hereditamentId: string, change: (current: HereditamentDetails) => HereditamentDetails): Promise<void> {
  const [row] = await db.query(`select * from hereditaments where council_id = $1 and hereditament_id = $2 for update`, [councilId, hereditamentId]);
  if (!row) throw new NotFoundError('hereditament', hereditamentId);
  const next = change(toHereditamentDetails(row));
  // The BA reference and UARN identify the hereditament to the VOA: they are not corrected here.
  await db.query(
    `update hereditaments set uprn = $3, address_line_1 = $4, address_line_2 = $5, address_line_3 = $6, address_line_4 = $7, postcode = $8,
                              description = $9, scat_code = $10, property_use = $11, listed_building = $12, updated_at = now()
      where council_id = $1 and hereditament_id = $2`,
    [councilId, hereditamentId, next.uprn, ...lineColumns(next.addressLines), next.postcode, next.description, next.scatCode, next.propertyUse, next.listedBuilding],
  );
}

export async function updateParty(db: EntityManager, councilId: string, partyId: string, change: (current: PartyDetails) => PartyDetails): Promise<void> {
  const [row] = await db.query(`select * from parties where council_id = $1 and party_id = $2 for update`, [councilId, partyId]);
  if (!row) throw new NotFoundError('party', partyId);
  const next = change(toPartyDetails(row));
  await db.query(
    `update parties set kind = $3, name = $4, company_number = $5, charity_number = $6, registered_casc = $7, updated_at = now()
      where council_id = $1 and party_id = $2`,
    [councilId, partyId, next.kind, next.name, next.companyNumber, next.charityNumber, next.registeredCasc],
  );
}

export async function setInstalmentPreference(db: EntityManager, councilId: string, reference: string, instalmentPreference: 10 | 12): Promise<void> {
  const [account] = await db.query(`select 1 from accounts where council_id = $1 and reference = $2 for update`, [councilId, reference]);
  if (!account) throw new NotFoundError('account', reference);
  await db.query(`update accounts set instalment_preference = $3, updated_at = now() where council_id = $1 and reference = $2`, [councilId, reference, instalmentPreference]);
}

export async function addContact(db: EntityManager, councilId: string, id: string, partyId: string, contact: ContactDetails): Promise<void> {
  // Locking the party makes two contacts added at once take turns, so only one of a kind ends up preferred.
  const [party] = await db.query(`select 1 from parties where council_id = $1 and party_id = $2 for update`, [councilId, partyId]);
  if (!party) throw new NotFoundError('party', partyId);
  if (contact.preferred) {
    await db.query(`update contacts set preferred = false, updated_at = now() where council_id = $1 and party_id = $2 and kind = $3 and preferred`, [councilId, partyId, contact.kind]);
  }
  await db.query(
    `insert into contacts (council_id, contact_id, party_id, kind, email, phone, address_line_1, address_line_2, address_line_3, address_line_4, postcode, preferred)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [councilId, id, partyId, contact.kind, contact.email, contact.phone, ...lineColumns(contact.addressLines), contact.postcode, contact.preferred],
  );
}

export async function endRelief(db: EntityManager, councilId: string, reliefAwardId: string, endsOn: IsoDate): Promise<{ award: ReliefAwardRecord; accountId: string; endedBefore: IsoDate | null }> {
  const [row] = await db.query(`select ${RELIEF_COLUMNS} from relief_awards where council_id = $1 and relief_award_id = $2 for update`, [councilId, reliefAwardId]);
  if (!row) throw new NotFoundError('relief award', reliefAwardId);
  const award = toReliefAward(row);
  const liability = (await findLiability(db, councilId, row.liability_id))!;
  if (endsOn < award.startsOn) throw new InvalidInputError('endsOn', `is before the award started (${award.startsOn})`);
  if (liability.endsOn && endsOn > liability.endsOn) throw new InvalidInputError('endsOn', `is after the liability ended (${liability.endsOn})`);
  try {
    await db.query(`update relief_awards set ends_on = $3, updated_at = now() where council_id = $1 and relief_award_id = $2`, [councilId, reliefAwardId, endsOn]);
  } catch (error) {
    // Moving an end later can run into a later award of the same kind.
    if (isExclusionViolation(error, 'relief_awards_do_not_overlap')) throw new ConflictError(`a later ${award.kind} award already covers part of that period`, 'endsOn');
    throw error;
  }
  return { award: { ...award, endsOn }, accountId: liability.accountId, endedBefore: award.endsOn };
}
