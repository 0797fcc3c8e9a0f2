import type { IsoDate } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { ContactDetails } from '../../domain/register/contacts-and-notes.js';
import type { Capacity, HereditamentDetails, PartyDetails, ReliefAwardRequest } from '../../domain/register/register-facts.js';
import type { SearchTerms } from '../../domain/register/search-terms.js';

export interface LiabilityRecord {
  readonly liabilityId: string;
  readonly accountId: string;
  readonly accountReference: string;
  readonly hereditamentId: string;
  readonly capacity: Capacity;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate | null;
}

export interface HereditamentRecord extends HereditamentDetails {
  readonly hereditamentId: string;
  readonly rateableValues: ReadonlyArray<{ effectiveFrom: IsoDate; rateableValue: number; reason: string | null }>;
  readonly occupation: ReadonlyArray<{ startsOn: IsoDate; occupied: boolean }>;
  readonly liabilities: readonly LiabilityRecord[];
}

export type ContactRecord = ContactDetails & { readonly contactId: string };

export interface PartyRecord extends PartyDetails {
  readonly partyId: string;
  /** Preferred first, then oldest first. */
  readonly contacts: readonly ContactRecord[];
}

export type ReliefAwardRecord = ReliefAwardRequest & { readonly reliefAwardId: string };

export interface AccountRecord {
  readonly accountId: string;
  readonly reference: string;
  readonly instalmentPreference: 10 | 12;
  readonly party: PartyRecord;
  readonly liabilities: ReadonlyArray<LiabilityRecord & { readonly reliefs: readonly ReliefAwardRecord[] }>;
}

/** What a note is about: exactly one account, hereditament or party. */
export type NoteSubject = { readonly accountReference: string } | { readonly hereditamentId: string } | { readonly partyId: string };

export interface NoteRecord {
  readonly noteId: string;
  readonly accountReference: string | null;
  readonly hereditamentId: string | null;
  readonly partyId: string | null;
  readonly body: string;
  /** The subject of the token that wrote it. */
  readonly writtenBy: string;
  readonly writtenAt: string;
}

export interface AccountMatch {
  readonly reference: string;
  readonly partyId: string;
  readonly partyName: string;
}

export type HereditamentMatch = Pick<HereditamentRecord, 'hereditamentId' | 'baReference' | 'uarn' | 'uprn' | 'addressLines' | 'postcode' | 'description'>;

/** Where the register is kept. Each method is one transaction; conflicts and unknown ids come back as domain errors. */
export abstract class RegisterStore {
  abstract addHereditament(actor: Actor, councilId: string, id: string, details: HereditamentDetails, rateableValue: number, effectiveFrom: IsoDate, reason?: string): Promise<void>;
  abstract recordRateableValue(actor: Actor, councilId: string, hereditamentId: string, effectiveFrom: IsoDate, rateableValue: number, reason?: string): Promise<void>;
  abstract recordOccupation(actor: Actor, councilId: string, hereditamentId: string, startsOn: IsoDate, occupied: boolean, reason?: string): Promise<void>;
  abstract addParty(actor: Actor, councilId: string, id: string, details: PartyDetails, reason?: string): Promise<void>;
  /** Opens an account with the council's next account number; resolves to its reference. */
  abstract openAccount(actor: Actor, councilId: string, id: string, partyId: string, instalmentPreference: 10 | 12, reason?: string): Promise<string>;
  /** Starts a liability; an occupier's start also records the hereditament occupied from that day. */
  abstract startLiability(actor: Actor, councilId: string, liability: Omit<LiabilityRecord, 'accountId' | 'endsOn'>, reason?: string): Promise<LiabilityRecord>;
  /** Ends a liability; an occupier leaving records the hereditament empty from the next day, unless something later is recorded. */
  abstract endLiability(actor: Actor, councilId: string, liabilityId: string, endsOn: IsoDate, reason?: string): Promise<LiabilityRecord>;
  abstract awardRelief(actor: Actor, councilId: string, id: string, liabilityId: string, award: ReliefAwardRequest, reason?: string): Promise<LiabilityRecord>;
  /** Applies a change to the hereditament as it stands, with the row locked so concurrent edits cannot lose each other. */
  abstract updateHereditament(actor: Actor, councilId: string, hereditamentId: string, change: (current: HereditamentDetails) => HereditamentDetails, reason?: string): Promise<void>;
  abstract updateParty(actor: Actor, councilId: string, partyId: string, change: (current: PartyDetails) => PartyDetails, reason?: string): Promise<void>;
  abstract setInstalmentPreference(actor: Actor, councilId: string, reference: string, instalmentPreference: 10 | 12, reason?: string): Promise<void>;
  /** Adds a contact; a preferred one unprefers the party's other contacts of its kind in the same transaction. */
  abstract addContact(actor: Actor, councilId: string, id: string, partyId: string, contact: ContactDetails, reason?: string): Promise<void>;
  abstract addNote(actor: Actor, councilId: string, id: string, about: NoteSubject, body: string, writtenBy: string, reason?: string): Promise<NoteRecord>;
  /** Ends (or moves the end of) an award; resolves to the award as it now is, its account and the end it had before. */
  abstract endRelief(actor: Actor, councilId: string, reliefAwardId: string, endsOn: IsoDate, reason?: string): Promise<{ award: ReliefAwardRecord; accountId: string; endedBefore: IsoDate | null }>;
  abstract findAccount(actor: Actor, councilId: string, reference: string): Promise<AccountRecord | null>;
  abstract findHereditament(actor: Actor, councilId: string, hereditamentId: string): Promise<HereditamentRecord | null>;
  abstract findParty(actor: Actor, councilId: string, partyId: string): Promise<PartyRecord | null>;
  /** Newest first; null if there is no such account. */
  abstract listAccountNotes(actor: Actor, councilId: string, reference: string): Promise<NoteRecord[] | null>;
  abstract searchAccounts(actor: Actor, councilId: string, terms: SearchTerms): Promise<AccountMatch[]>;
  abstract searchHereditaments(actor: Actor, councilId: string, terms: SearchTerms): Promise<HereditamentMatch[]>;
}
