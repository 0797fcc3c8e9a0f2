/**
 * The canonical vocabulary every legacy extract is mapped into, whatever its supplier. A profile
 * turns each line of a source file into one record of one of these entities (a line may feed several
 * entities: an open-data row is a property, an account, a liability and a relief at once). Values
 * are already typed: dates ISO `YYYY-MM-DD`, money integer pence, rateable values whole pounds.
 *
 * `legacyKey` is the record's key in the legacy system, kept so that a rerun finds what it loaded
 * before and reconciliation can name the legacy row. References between entities are by legacy key.
 */
export type CanonicalEntity = 'property' | 'account' | 'liability' | 'relief' | 'notice' | 'transaction' | 'valuation';

export const CANONICAL_ENTITIES: readonly CanonicalEntity[] = ['property', 'account', 'liability', 'relief', 'notice', 'transaction', 'valuation'];

export type PropertyUse = 'retail' | 'hospitality' | 'leisure' | 'industrial' | 'office' | 'other';
export type PartyKind = 'company' | 'individual' | 'charity' | 'club';
export type PaymentMethod = 'bank-transfer' | 'card' | 'direct-debit' | 'cheque' | 'cash';
export type Capacity = 'occupier' | 'owner';
/** Relief and exemption kinds an officer awards (small business and empty-property relief are worked out by the engine). */
export type ReliefKind =
  | 'charity' | 'casc' | 'rural' | 'discretionary' | 'hardship' | 'empty-exemption'
  | 'public-lavatory' | 'pubs-and-live-music' | 'partly-occupied';

/** A rated property (hereditament), with the rateable value in force from a date. */
export interface PropertyRecord {
  readonly legacyKey: string;
  readonly baReference: string;
  readonly uarn: number | null;
  readonly uprn: number | null;
  readonly addressLine1: string;
  readonly addressLine2: string | null;
  readonly addressLine3: string | null;
  readonly addressLine4: string | null;
  readonly postcode: string | null;
  readonly description: string;
  readonly scatCode: string | null;
  readonly propertyUse: PropertyUse;
  readonly listedBuilding: boolean;
  /** Whole pounds. */
  readonly rateableValue: number;
  readonly rateableValueFrom: string;
  /** Occupied from `rateableValueFrom` unless the extract says it is empty (and from when). */
  readonly emptyFrom: string | null;
}

/** An account and its lead liable party (legacy systems hold them in one row). */
export interface AccountRecord {
  readonly legacyKey: string;
  /** The 9-digit reference ratepayers quote, kept as it was; null to have this system number it. */
  readonly reference: string | null;
  readonly partyName: string;
  readonly partyKind: PartyKind;
  readonly companyNumber: string | null;
  readonly charityNumber: string | null;
  readonly correspondenceLine1: string | null;
  readonly correspondenceLine2: string | null;
  readonly correspondenceLine3: string | null;
  readonly correspondenceLine4: string | null;
  readonly correspondencePostcode: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly paymentMethod: PaymentMethod | null;
}

/** An account liable for a property from a day; `endsOn` null while it still is (legacy `2099-12-31`). */
export interface LiabilityRecord {
  readonly legacyKey: string;
  readonly accountKey: string;
  readonly propertyKey: string;
  readonly capacity: Capacity;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/**
 * A relief or exemption award on a liability (found by account and property). A code the profile
 * maps to `null` is one the engine works out itself (small business, empty property): counted, not loaded.
 */
export interface ReliefRecord {
  readonly legacyKey: string;
  readonly accountKey: string;
  readonly propertyKey: string;
  readonly kind: ReliefKind | null;
  readonly legacyCode: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
  /** For discretionary and hardship awards: the share of the charge relieved, e.g. "25" or "12.5". */
  readonly percent: string | null;
  /**
   * For an empty-property exemption: its class ('prohibited-by-law', 'kept-vacant-by-public-action',
   * 'ancient-monument', 'personal-representative', 'bankruptcy', 'insolvency', 'charity-next-use'),
   * usually from the same code map as the kind. Optional in a profile; a row needing one without it is refused.
   */
  readonly exemptionClass?: string | null;
}

/**
 * A legacy notice (bill) as the legacy system holds it: amount buckets, not lines with rules. The
 * buckets are integer pence, positive as the legacy system shows them (a relief of £100 is 10000).
 */
export interface NoticeRecord {
  readonly legacyKey: string;
  readonly accountKey: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly issuedOn: string;
  readonly debitPence: number;
  readonly costsPence: number;
  readonly penaltiesPence: number;
  readonly refundsPence: number;
  /** Reliefs and remissions. */
  readonly remittedPence: number;
  /** Transitional adjustment: positive reduces the charge, negative (a phased increase) adds to it. */
  readonly transitionalPence: number;
  readonly writtenOffPence: number;
  readonly discountPence: number;
  /** What the legacy system says is still owed on this notice. */
  readonly balancePence: number;
}

/** Money received on an account (a payment). */
export interface TransactionRecord {
  readonly legacyKey: string;
  readonly accountKey: string;
  /** The notice it paid, when the extract says. */
  readonly noticeKey: string | null;
  readonly receivedOn: string;
  readonly amountPence: number;
  readonly method: PaymentMethod;
}

/** One entry of the VOA rating list (28 fields; see docs/legacy-migration.md). */
export interface ValuationRecord {
  readonly legacyKey: string;
  readonly billingAuthorityCode: string;
  readonly baReference: string;
  readonly uarn: number;
  readonly descriptionCode: string | null;
  readonly descriptionText: string | null;
  readonly firmName: string | null;
  readonly numberOrName: string | null;
  readonly street: string | null;
  readonly town: string | null;
  readonly postalDistrict: string | null;
  readonly county: string | null;
  readonly postcode: string | null;
  /** Null for an entry in force from the list's compilation (the 2026 list leaves it empty). */
  readonly effectiveDate: string | null;
  readonly composite: boolean;
  /** Whole pounds; null for a deletion. */
  readonly rateableValue: number | null;
  readonly listAlterationDate: string | null;
  readonly scatCode: string | null;
  readonly caseNumber: string | null;
}

export interface CanonicalRecords {
  property: PropertyRecord;
  account: AccountRecord;
  liability: LiabilityRecord;
  relief: ReliefRecord;
  notice: NoticeRecord;
  transaction: TransactionRecord;
  valuation: ValuationRecord;
}

/** Why a value or a row was refused: enough for a data team to find and fix it in the extract. */
export interface RowProblem {
  readonly file: string;
  readonly line: number;
  readonly entity: CanonicalEntity;
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}
