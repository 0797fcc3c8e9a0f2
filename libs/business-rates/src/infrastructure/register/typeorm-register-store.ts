import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isExclusionViolation, isForeignKeyViolation, isUniqueViolation } from '../../../../database/src/index.js';
import { addDays, ConflictError, InvalidInputError, NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../../tenancy/src/index.js';
import { accountReferenceFor } from '../../domain/accounts/account-reference.js';
import type { ContactDetails } from '../../domain/register/contacts-and-notes.js';
import { checkReliefAward, type HereditamentDetails, type PartyDetails, type ReliefAwardRequest } from '../../domain/register/register-facts.js';
import type { SearchTerms } from '../../domain/register/search-terms.js';
import {
  RegisterStore, type AccountMatch, type AccountRecord, type HereditamentMatch, type HereditamentRecord, type LiabilityRecord, type NoteRecord, type NoteSubject, type PartyRecord,
  type ReliefAwardRecord,
} from '../../application/register/register-store.port.js';
import { addContact, endRelief, setInstalmentPreference, updateHereditament, updateParty } from './register-corrections.js';
import { addNote, listAccountNotes } from './register-notes.js';
import { findAccount, findHereditament, findLiability, findParty } from './register-reads.js';
import { searchAccounts, searchHereditaments } from './register-search.js';

@Injectable()
export class TypeOrmRegisterStore extends RegisterStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  addHereditament(actor: Actor, councilId: string, id: string, details: HereditamentDetails, rateableValue: number, effectiveFrom: IsoDate, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, async (db) => {
      const [line1, line2, line3, line4] = details.addressLines;
      try {
        await db.query(
          `insert into hereditaments (council_id, hereditament_id, ba_reference, uarn, uprn, address_line_1, address_line_2, address_line_3, address_line_4,
                                      postcode, description, scat_code, property_use, listed_building)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
          [councilId, id, details.baReference, details.uarn, details.uprn, line1, line2 ?? null, line3 ?? null, line4 ?? null, details.postcode,
            details.description, details.scatCode, details.propertyUse, details.listedBuilding],
        );
      } catch (error) {
        if (isUniqueViolation(error, 'hereditaments_ba_reference_key')) throw new ConflictError(`a hereditament with BA reference ${details.baReference} already exists`, 'baReference');
        if (isUniqueViolation(error, 'hereditaments_uarn_key')) throw new ConflictError(`a hereditament with UARN ${details.uarn} already exists`, 'uarn');
        throw error;
      }
      await db.query(`insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value, reason) values ($1, $2, $3, $4, $5)`, [
        councilId, id, effectiveFrom, rateableValue, reason ?? null,
      ]);
    });
  }

  recordRateableValue(actor: Actor, councilId: string, hereditamentId: string, effectiveFrom: IsoDate, rateableValue: number, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, async (db) => {
      await db.query(
        `insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value, reason) values ($1, $2, $3, $4, $5)
         on conflict (council_id, hereditament_id, effective_from) do update set rateable_value = excluded.rateable_value, reason = excluded.reason, recorded_at = now()`,
        [councilId, hereditamentId, effectiveFrom, rateableValue, reason ?? null],
      );
    });
  }

  recordOccupation(actor: Actor, councilId: string, hereditamentId: string, startsOn: IsoDate, occupied: boolean, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, (db) => setOccupation(db, councilId, hereditamentId, startsOn, occupied, reason));
  }

  addParty(actor: Actor, councilId: string, id: string, details: PartyDetails, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, async (db) => {
      await db.query(
        `insert into parties (council_id, party_id, kind, name, company_number, charity_number, registered_casc) values ($1, $2, $3, $4, $5, $6, $7)`,
        [councilId, id, details.kind, details.name, details.companyNumber, details.charityNumber, details.registeredCasc],
      );
    });
  }

  openAccount(actor: Actor, councilId: string, id: string, partyId: string, instalmentPreference: 10 | 12, reason?: string): Promise<string> {
    return this.write(actor, councilId, reason, async (db) => {
      const [{ number }] = await db.query(`select app_next_numbers('account') as number`);
      const reference = accountReferenceFor(Number(number));
      try {
        await db.query(`insert into accounts (council_id, account_id, reference, party_id, instalment_preference) values ($1, $2, $3, $4, $5)`, [
          councilId, id, reference, partyId, instalmentPreference,
        ]);
      } catch (error) {
        if (isForeignKeyViolation(error, 'accounts_party_fkey')) throw new NotFoundError('party', partyId);
        throw error;
      }
      return reference;
    });
  }

  startLiability(actor: Actor, councilId: string, liability: Omit<LiabilityRecord, 'accountId' | 'endsOn'>, reason?: string): Promise<LiabilityRecord> {
    return this.write(actor, councilId, reason, async (db) => {
      const [account] = await db.query(`select account_id from accounts where council_id = $1 and reference = $2`, [councilId, liability.accountReference]);
      if (!account) throw new NotFoundError('account', liability.accountReference);
      const [hereditament] = await db.query(`select 1 from hereditaments where council_id = $1 and hereditament_id = $2 for update`, [councilId, liability.hereditamentId]);
      if (!hereditament) throw new NotFoundError('hereditament', liability.hereditamentId);
      const [overlapping] = await db.query(
        `select starts_on::text as starts, ends_on::text as ends from liabilities
          where council_id = $1 and hereditament_id = $2 and (ends_on is null or ends_on >= $3) order by starts_on limit 1`,
        [councilId, liability.hereditamentId, liability.startsOn],
      );
      if (overlapping) throw overlapError(overlapping.starts, overlapping.ends);
      try {
        await db.query(
          `insert into liabilities (council_id, liability_id, account_id, hereditament_id, capacity, starts_on) values ($1, $2, $3, $4, $5, $6)`,
          [councilId, liability.liabilityId, account.account_id, liability.hereditamentId, liability.capacity, liability.startsOn],
        );
      } catch (error) {
        if (isExclusionViolation(error, 'liabilities_do_not_overlap')) throw overlapError('another', null);
        throw error;
      }
      if (liability.capacity === 'occupier') await setOccupation(db, councilId, liability.hereditamentId, liability.startsOn, true, reason);
      return (await findLiability(db, councilId, liability.liabilityId)) as LiabilityRecord;
    });
  }

  endLiability(actor: Actor, councilId: string, liabilityId: string, endsOn: IsoDate, reason?: string): Promise<LiabilityRecord> {
    return this.write(actor, councilId, reason, async (db) => {
      const liability = await findLiability(db, councilId, liabilityId, true);
      if (!liability) throw new NotFoundError('liability', liabilityId);
      if (endsOn < liability.startsOn) throw new InvalidInputError('endsOn', `is before the liability started (${liability.startsOn})`);
      try {
        await db.query(`update liabilities set ends_on = $3, updated_at = now() where council_id = $1 and liability_id = $2`, [councilId, liabilityId, endsOn]);
      } catch (error) {
        if (isExclusionViolation(error, 'liabilities_do_not_overlap')) throw new ConflictError('would overlap the next liability for this hereditament', 'endsOn');
        throw error;
      }
      if (liability.capacity === 'occupier') {
        // A corrected end replaces the empty period the earlier end began.
        if (liability.endsOn !== null && liability.endsOn !== endsOn) {
          await db.query(`delete from occupation_periods where council_id = $1 and hereditament_id = $2 and starts_on = $3 and not occupied`, [
            councilId, liability.hereditamentId, addDays(liability.endsOn, 1),
          ]);
        }
        const [later] = await db.query(`select 1 from occupation_periods where council_id = $1 and hereditament_id = $2 and starts_on > $3`, [councilId, liability.hereditamentId, endsOn]);
        if (!later) await setOccupation(db, councilId, liability.hereditamentId, addDays(endsOn, 1), false, reason);
      }
      return { ...liability, endsOn };
    });
  }

  awardRelief(actor: Actor, councilId: string, id: string, liabilityId: string, award: ReliefAwardRequest, reason?: string): Promise<LiabilityRecord> {
    return this.write(actor, councilId, reason, async (db) => {
      const liability = await findLiability(db, councilId, liabilityId, true);
      if (!liability) throw new NotFoundError('liability', liabilityId);
      checkReliefAward(award, liability);
      try {
        await db.query(
          `insert into relief_awards (council_id, relief_award_id, liability_id, kind, starts_on, ends_on, percent, rural_business, only_one_in_settlement,
                                      exemption_class, unoccupied_rateable_value, evidence)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [councilId, id, liabilityId, award.kind, award.startsOn, award.endsOn, award.percent ?? null, award.ruralBusiness ?? null,
            award.onlyOneInSettlement ?? null, award.exemptionClass ?? null, award.unoccupiedRateableValue ?? null, award.evidence],
        );
      } catch (error) {
        if (isExclusionViolation(error, 'relief_awards_do_not_overlap')) throw new ConflictError(`a ${award.kind} award already covers part of that period`, 'startsOn');
        throw error;
      }
      return liability;
    });
  }

  updateHereditament(actor: Actor, councilId: string, hereditamentId: string, change: (current: HereditamentDetails) => HereditamentDetails, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, (db) => updateHereditament(db, councilId, hereditamentId, change));
  }

  updateParty(actor: Actor, councilId: string, partyId: string, change: (current: PartyDetails) => PartyDetails, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, (db) => updateParty(db, councilId, partyId, change));
  }

  setInstalmentPreference(actor: Actor, councilId: string, reference: string, instalmentPreference: 10 | 12, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, (db) => setInstalmentPreference(db, councilId, reference, instalmentPreference));
  }

  addContact(actor: Actor, councilId: string, id: string, partyId: string, contact: ContactDetails, reason?: string): Promise<void> {
    return this.write(actor, councilId, reason, (db) => addContact(db, councilId, id, partyId, contact));
  }

  addNote(actor: Actor, councilId: string, id: string, about: NoteSubject, body: string, writtenBy: string, reason?: string): Promise<NoteRecord> {
    return this.write(actor, councilId, reason, (db) => addNote(db, councilId, id, about, body, writtenBy));
  }

  endRelief(actor: Actor, councilId: string, reliefAwardId: string, endsOn: IsoDate, reason?: string): Promise<{ award: ReliefAwardRecord; accountId: string; endedBefore: IsoDate | null }> {
    return this.write(actor, councilId, reason, (db) => endRelief(db, councilId, reliefAwardId, endsOn));
  }

  findParty(actor: Actor, councilId: string, partyId: string): Promise<PartyRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => findParty(db, councilId, partyId));
  }

  listAccountNotes(actor: Actor, councilId: string, reference: string): Promise<NoteRecord[] | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => listAccountNotes(db, councilId, reference));
  }

  searchAccounts(actor: Actor, councilId: string, terms: SearchTerms): Promise<AccountMatch[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => searchAccounts(db, councilId, terms));
  }

  searchHereditaments(actor: Actor, councilId: string, terms: SearchTerms): Promise<HereditamentMatch[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => searchHereditaments(db, councilId, terms));
  }

  findAccount(actor: Actor, councilId: string, reference: string): Promise<AccountRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => findAccount(db, councilId, reference));
  }

  findHereditament(actor: Actor, councilId: string, hereditamentId: string): Promise<HereditamentRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => findHereditament(db, councilId, hereditamentId));
  }

  private write<T>(actor: Actor, councilId: string, reason: string | undefined, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.inCouncil(actor, councilId, work, reason);
  }
}

function overlapError(starts: string, ends: string | null): ConflictError {
  return new ConflictError(`the hereditament already has a liability ${starts === 'another' ? 'for those dates' : `from ${starts}${ends ? ` to ${ends}` : ', still open'}`}: end it first`, 'startsOn');
}

/** Occupied or empty from a day: the same day again corrects the record. */
async function setOccupation(db: EntityManager, councilId: string, hereditamentId: string, startsOn: IsoDate, occupied: boolean, reason?: string): Promise<void> {
  await db.query(
    `insert into occupation_periods (council_id, hereditament_id, starts_on, occupied, reason) values ($1, $2, $3, $4, $5)
     on conflict (council_id, hereditament_id, starts_on) do update set occupied = excluded.occupied, reason = excluded.reason, recorded_at = now()`,
    [councilId, hereditamentId, startsOn, occupied, reason ?? null],
  );
}
