/**
 * What a plugin is told. Facts are copies, frozen: a plugin reads them and answers; it cannot
 * change the register, the rateable value, the liability or the account.
 */
export type PropertyUse = 'retail' | 'hospitality' | 'leisure' | 'industrial' | 'office' | 'other';
export type RatepayerKind = 'company' | 'individual' | 'charity' | 'club';

/**
 * A piece of one liability's days in a financial year, for local relief and discount schemes. The
 * core cuts a liability's days wherever the council's policy version, the rateable value or the
 * occupation changes, and asks about each piece: the facts hold for the whole piece.
 */
export interface RatedLiabilityFacts {
  /** Such as '2025-26', from 1 April to 31 March. */
  readonly financialYear: string;
  readonly yearStart: string;
  readonly yearEnd: string;
  readonly liability: {
    readonly startsOn: string;
    /** The last day liable, or null while it continues. */
    readonly endsOn: string | null;
    readonly capacity: 'occupier' | 'owner';
  };
  readonly property: {
    readonly propertyUse: PropertyUse;
    readonly scatCode: string | null;
    readonly postcode: string | null;
    readonly description: string;
    readonly listedBuilding: boolean;
    /** Whole pounds, in force throughout the piece. */
    readonly rateableValue: number;
    /** Occupied throughout the piece (or empty throughout it). */
    readonly occupied: boolean;
  };
  readonly ratepayer: {
    readonly kind: RatepayerKind;
    /** Other properties the ratepayer occupies in the council during the year (as small business rate relief counts them). */
    readonly otherOccupiedProperties: number;
  };
}

/** An account, when a notice's instalments are drawn up. */
export interface InstalmentFacts {
  readonly financialYear: string;
  readonly ratepayerKind: RatepayerKind;
  /** The ratepayer has asked in writing for 12 instalments (SI 2014/479). */
  readonly askedForTwelve: boolean;
}

/** A notice, when its wording is chosen. */
export interface NoticeFacts {
  /** `migrated` (SDK 1.1): a legacy system's notice carried over by a migration load. */
  readonly kind: 'annual' | 'demand' | 'adjustment' | 'migrated';
  readonly financialYear: string;
}
