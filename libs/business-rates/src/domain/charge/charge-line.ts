import type { IsoDate, Pence } from '../../../../kernel/src/index.js';

export const LINE_CODES = [
  'GROSS_CHARGE',
  'SUPPLEMENT',
  'BUSINESS_RATE_SUPPLEMENT',
  'TRANSITIONAL_RELIEF',
  'SMALL_BUSINESS_RATE_RELIEF',
  'SUPPORTING_SMALL_BUSINESS_RELIEF',
  'RETAIL_HOSPITALITY_LEISURE_RELIEF',
  'CHARITABLE_RELIEF',
  'CASC_RELIEF',
  'RURAL_RELIEF',
  'PUBLIC_LAVATORY_RELIEF',
  'EMPTY_PROPERTY_EXEMPTION',
  'PARTLY_OCCUPIED_RELIEF',
  'DISCRETIONARY_RELIEF',
  'HARDSHIP_RELIEF',
  'PUBS_RELIEF',
  // Carried over from a legacy system's notice by the migration toolkit, as that system billed it
  // (amount buckets, not rules). The engine never computes these, so the account's next notice
  // reverses them and bills the year on the facts instead.
  'LEGACY_DEBIT',
  'LEGACY_REMITTED',
  'LEGACY_TRANSITIONAL',
  'LEGACY_DISCOUNT',
  'LEGACY_WRITTEN_OFF',
  'LEGACY_COSTS',
  'LEGACY_PENALTIES',
  'LEGACY_REFUNDS',
] as const;
export type LineCode = (typeof LINE_CODES)[number];

/** One line of a bill: an amount for a period, with the rule that produced it and the inputs it used. */
export interface ChargeLine {
  readonly code: LineCode;
  readonly description: string;
  /** Charges are positive, reliefs and exemptions negative. */
  readonly amountPence: Pence;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
  /** The rule in words, with the figures used, so an officer can explain the line. */
  readonly rule: string;
  readonly legislation: string;
  readonly inputs: Readonly<Record<string, string | number | boolean>>;
}
