import type { IsoDate } from '../../../../kernel/src/index.js';
import type { Change, EmptyExemptionClass, OtherProperty, PropertyUse, RatepayerType, RuralBusiness } from '../charge/rating-case.js';
import type { FinancialYear } from '../reference/financial-year.js';

/** Everything the register knows that bears on one account's charge for one financial year. */
export interface AccountYearFacts {
  readonly year: FinancialYear;
  /** The liable party as the engine sees it (a charity or registered CASC gets mandatory relief only through an award). */
  readonly ratepayerType: Extract<RatepayerType, 'company' | 'individual'>;
  readonly inLondon: boolean;
  readonly cityOfLondon: boolean;
  readonly liabilities: readonly LiabilityFacts[];
  /** The party's occupied hereditaments in England on its other accounts (for the small business rate relief tests); those on this account are in `liabilities`. */
  readonly otherProperties: readonly OtherProperty[];
  /** The liable party as the register records it, for council policy plugins. */
  readonly partyKind?: 'company' | 'individual' | 'charity' | 'club';
}

export interface LiabilityFacts {
  readonly liabilityId: string;
  readonly hereditamentId: string;
  /** An occupier's liability counts as an occupied property for small business rate relief; an owner's (of an empty one) does not. */
  readonly capacity: 'occupier' | 'owner';
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate | null;
  readonly propertyUse: PropertyUse;
  readonly listedBuilding: boolean;
  /** What council policy plugins may also look at (not the engine). */
  readonly scatCode?: string | null;
  readonly postcode?: string | null;
  readonly description?: string;
  /** The whole rateable-value history (whole £), any order. */
  readonly rateableValues: readonly Change<number>[];
  /** The whole occupation history: occupied or empty from each date. */
  readonly occupation: readonly { readonly from: IsoDate; readonly occupied: boolean }[];
  readonly reliefs: readonly ReliefAwardFacts[];
}

export type ReliefAwardFacts = { readonly startsOn: IsoDate; readonly endsOn: IsoDate | null } & (
  | { readonly kind: 'charity' | 'casc' | 'public-lavatory' | 'pubs-and-live-music' }
  | ({ readonly kind: 'discretionary' | 'hardship'; readonly localScheme?: LocalScheme } & ({ readonly percent: string } | { readonly annualAmountPence: number }))
  | { readonly kind: 'rural'; readonly ruralBusiness: RuralBusiness; readonly onlyOneInSettlement: boolean }
  | { readonly kind: 'empty-exemption'; readonly exemptionClass: EmptyExemptionClass }
  | { readonly kind: 'partly-occupied'; readonly unoccupiedRateableValue: number }
);

/** A relief a council policy plugin gave under one of the council's local schemes, not an officer's award. */
export interface LocalScheme {
  readonly name: string;
  readonly ruleReference: string;
  /** The plugin that decided it. */
  readonly decidedBy: string;
}
