import type { DatePeriod, IsoDate } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';

export type PropertyUse = 'retail' | 'hospitality' | 'leisure' | 'industrial' | 'office' | 'other';
export type RatepayerType = 'company' | 'individual' | 'charity' | 'casc';

/** A value that takes effect on a date and holds until the next change. */
export interface Change<T> {
  readonly from: IsoDate;
  readonly value: T;
}

export type Occupation = { readonly occupied: true } | { readonly occupied: false; readonly emptySince: IsoDate };

/** Everything the engine needs to charge one hereditament for part or all of one financial year. */
export interface RatingCase {
  readonly year: FinancialYear;
  /** The days charged, inclusive, within the year. */
  readonly period: DatePeriod;
  /** Rateable value (whole £) from each effective date; the first applies from the start of the period. */
  readonly rateableValues: readonly Change<number>[];
  readonly occupation: readonly Change<Occupation>[];
  readonly propertyUse: PropertyUse;
  readonly listedBuilding: boolean;
  readonly inLondon: boolean;
  /** In the City of London, whose multipliers carry its premium. */
  readonly cityOfLondon?: boolean;
  readonly ratepayer: {
    readonly type: RatepayerType;
    /** The other hereditaments the ratepayer occupies in England. */
    readonly otherProperties: readonly OtherProperty[];
    /** When the ratepayer began to occupy this hereditament (for the small business relief continuation rule). */
    readonly occupiedFrom?: IsoDate;
  };
  /** Discretionary (s47) and hardship (s49) awards: a percentage of what remains, or a yearly amount pro rata (never more than remains). */
  readonly awards: readonly CouncilAward[];
  /** RV (whole £) on the day before the latest revaluation: the base for transitional relief and Supporting Small Business. */
  readonly previousRateableValue?: number;
  /** The business, when the hereditament is in a settlement on the council's rural settlement list. */
  readonly ruralSettlement?: { readonly business: RuralBusiness; readonly onlyOneInSettlement: boolean };
  /** An indefinite empty-property exemption class that applies while the hereditament is empty. */
  readonly emptyExemptionClass?: EmptyExemptionClass;
  /** A standalone public lavatory. */
  readonly publicLavatory?: boolean;
  /** A pub or live music venue meeting the 2026-27 relief's tests (open to the public, free entry, drinking without food, bar service). */
  readonly pubOrLiveMusicVenue?: boolean;
  /** Part of the hereditament unoccupied for a short time, apportioned by the valuation officer's certificate (s44A). */
  readonly partlyOccupied?: { readonly from: IsoDate; readonly unoccupiedRateableValue: number };
}

/** The reg 4 classes of empty hereditament exempt for as long as they stay empty (listed and low-RV ones follow from the facts). */
export type EmptyExemptionClass =
  | 'prohibited-by-law'
  | 'kept-vacant-by-public-action'
  | 'ancient-monument'
  | 'personal-representative'
  | 'bankruptcy'
  | 'insolvency'
  | 'charity-next-use';

/** Another hereditament of the same ratepayer: what the small business relief tests look at. */
export interface OtherProperty {
  readonly rateableValue: number;
  /** When the ratepayer began to occupy it. */
  readonly occupiedFrom?: IsoDate;
  /** Whether it gets small business rate relief itself (then it cannot be disregarded by continuation). */
  readonly receivesSmallBusinessRelief?: boolean;
}

export type RuralBusiness = 'general-store' | 'post-office' | 'food-shop' | 'pub' | 'petrol-station';

/** A council's own relief: an officer's award, or a local scheme's (named, with the decision it rests on). */
export type CouncilAward = { readonly scheme: 'discretionary' | 'hardship'; readonly local?: { readonly name: string; readonly ruleReference: string; readonly decidedBy: string } } & (
  | { readonly percent: string }
  | { readonly annualAmountPence: number }
);
