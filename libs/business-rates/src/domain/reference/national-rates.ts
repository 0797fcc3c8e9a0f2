import type { IsoDate } from '../../../../kernel/src/index.js';

/**
 * The shape of England's national business-rates reference data. The figures live in
 * `national-rates.data.ts`, each with its source and confidence, so that a corrected figure is a
 * data change. Multipliers are exact decimals of pounds per pound of RV, written as strings
 * ("0.499") so no binary floating point is involved.
 */
export type Confidence = 'C' | 'C-LA' | 'S' | 'R';

export interface Sourced {
  /** Confidence tag from the business-rates reference: C official, C-LA council pages, S single source, R recollection. */
  readonly confidence: Confidence;
  readonly source: string;
}

/** Multipliers for a year before the 2026 reform: small and standard (and, before 2024-25, the supplement between them). */
export interface TwoMultiplierYear extends Sourced {
  readonly structure: 'small-and-standard';
  readonly small: string;
  readonly standard: string;
}

/** 2026-27 onwards: RHL small and standard, non-RHL small and standard, and the high-value multiplier. */
export interface FiveMultiplierYear extends Sourced {
  readonly structure: 'five-multipliers';
  readonly rhlSmall: string;
  readonly rhlStandard: string;
  readonly small: string;
  readonly standard: string;
  readonly highValue: string;
}

export type MultiplierYear = TwoMultiplierYear | FiveMultiplierYear;

/** A rule value that changes on a date: the entry in force on a day is the latest whose `from` is on or before it. */
export interface Dated<T> extends Sourced {
  readonly from: IsoDate;
  readonly value: T;
}

export interface NationalRates {
  /** Keyed by financial year label, e.g. "2023-24". */
  readonly multipliers: Readonly<Record<string, MultiplierYear>>;
  /** RV (whole £) up to and including which the small multiplier applies. */
  readonly smallMultiplierMaxRv: readonly Dated<number>[];
  /** Whether empty property and charities may use the small multiplier (false before 1 April 2024). */
  readonly smallMultiplierForEmptyAndCharity: readonly Dated<boolean>[];
  /** RV (whole £) from which the 2026 high-value multiplier applies. */
  readonly highValueMinRv: readonly Dated<number>[];
  /** SBRR: full relief up to `fullReliefMaxRv`, tapering to none at `noReliefFromRv`. */
  readonly smallBusinessRateRelief: readonly Dated<{ fullReliefMaxRv: number; noReliefFromRv: number; otherPropertyMaxRv: number; aggregateMaxRv: number; aggregateMaxRvLondon: number }>[];
  /**
   * SBRR continuation: another hereditament first occupied after the main one is disregarded for
   * this many months; `forFirstOccupiedFrom` limits an entry to properties first occupied on or after that date.
   */
  readonly smallBusinessContinuation: readonly Dated<{ months: number; forFirstOccupiedFrom: IsoDate | null }>[];
  /** Empty property: exempt while RV is below this (whole £). */
  readonly emptyLowRvExemptBelow: readonly Dated<number>[];
  /** Continuous occupation (weeks) needed before a fresh empty exemption. */
  readonly reoccupationWeeks: readonly Dated<number>[];
  /** GLA Crossrail business rate supplement: multiplier, and RV (whole £) above which it applies. */
  readonly glaSupplement: readonly Dated<{ multiplier: string; rvThreshold: number }>[];
  /**
   * Retail, hospitality and leisure relief: the share of the remaining charge relieved (an exact
   * decimal or a fraction such as "1/3"), the cash cap per business, and any RV limit. A `null`
   * value means no scheme from that date.
   */
  readonly retailHospitalityLeisure: readonly Dated<{ share: string; capPounds: number | null; rvBelow: number | null } | null>[];
  /** The City of London premium added to its multipliers, by year, where known. */
  readonly cityOfLondonPremium: Readonly<Record<string, { readonly small: string; readonly standard: string } & Sourced>>;
  /** Small multipliers of the years before each revaluation (2016-17, 2022-23, 2025-26): the base liability of transitional relief. */
  readonly baseYearSmallMultipliers: Readonly<Record<string, { readonly small: string } & Sourced>>;
  /** Transitional relief by financial year; a year missing here has none. */
  readonly transitionalRelief: Readonly<Record<string, TransitionalYear>>;
  /** Rural rate relief: share relieved and RV limits by business (whole £). */
  readonly ruralRelief: readonly Dated<{ share: string; storeMaxRv: number; pubMaxRv: number }>[];
  /** Public lavatories: share relieved. */
  readonly publicLavatoryRelief: readonly Dated<string>[];
  /** Pubs and live music venues relief: share of what remains; null when no scheme. */
  readonly pubsRelief: readonly Dated<string | null>[];
  /** Supporting Small Business: the cash limit on the yearly increase (whole £) by scheme year. */
  readonly supportingSmallBusiness: Readonly<
    Record<
      string,
      {
        readonly scheme: '2017' | '2023' | '2026';
        readonly yearOfScheme: number;
        readonly annualIncreaseLimit: number;
        /** The increase may instead be as large as the small-property transitional caps allow, if that is more. */
        readonly orSmallPropertyTransitionalCaps: boolean;
      } & Sourced
    >
  >;
}

export type SizeBand = 'small' | 'medium' | 'large';

/** One year of a transitional relief scheme: caps on the year-on-year change by size band, and inflation. */
export interface TransitionalYear extends Sourced {
  readonly scheme: '2017' | '2023' | '2026';
  /** The financial year before the revaluation, whose small multiplier prices the base liability. */
  readonly baseYear: string;
  /** Size bands by the new rateable value: small up to `smallMaxRv` (London `smallMaxRvLondon`), medium up to `mediumMaxRv`. */
  readonly smallMaxRv: number;
  readonly smallMaxRvLondon: number;
  readonly mediumMaxRv: number;
  /** Highest increase on the previous year's TR-limited charge, as a decimal (0.05 = 5%). */
  readonly increaseCap: Readonly<Record<SizeBand, string>>;
  /** Largest decrease (2017 scheme only), as a decimal; null where the scheme limits increases only. */
  readonly decreaseCap: Readonly<Record<SizeBand, string>> | null;
  /** Inflation applied with the cap: AF = (1 + cap) × (1 + inflation). */
  readonly inflation: string;
  readonly inflationConfidence: Confidence;
}

/** The entry of a dated list in force on `date`, or undefined before the first. */
export function inForce<T>(entries: readonly Dated<T>[], date: IsoDate): T | undefined {
  let found: Dated<T> | undefined;
  for (const entry of entries) if (entry.from <= date && (!found || entry.from > found.from)) found = entry;
  return found?.value;
}
