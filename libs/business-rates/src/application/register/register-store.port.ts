import type { IsoDate } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { Capacity, HereditamentDetails, PartyDetails, ReliefAwardRequest } from '../../domain/register/register-facts.js';

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

export interface AccountRecord {
  readonly accountId: string;
  readonly reference: string;
  readonly instalmentPreference: 10 | 12;
  readonly party: PartyDetails & { readonly partyId: string };
  readonly liabilities: ReadonlyArray<LiabilityRecord & { readonly reliefs: ReadonlyArray<ReliefAwardRequest & { reliefAwardId: string }> }>;
}

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
  abstract findAccount(actor: Actor, councilId: string, reference: string): Promise<AccountRecord | null>;
  abstract findHereditament(actor: Actor, councilId: string, hereditamentId: string): Promise<HereditamentRecord | null>;
}
