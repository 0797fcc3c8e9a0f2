import type { PropertyUse, RatepayerKind } from './facts.js';

/**
 * A one-off local payment scheme (a business grant, a hardship payment). The plugin says who is
 * eligible, for how much, and how risky an application looks; the core keeps the applications,
 * pays green ones in the next payment run, holds amber and red ones for an officer, and audits
 * every step. A new scheme is a few lines of plugin and its settings, not a core change.
 */
export interface GrantSchemeDefinition<Settings> {
  /** Unique within the plugin, such as 'small-business-hardship-2026'. */
  readonly key: string;
  readonly name: string;
  /** Applications are taken from and to these days (inclusive). */
  readonly opensOn: (settings: Settings) => string;
  readonly closesOn: (settings: Settings) => string;
  readonly assess: (application: GrantApplicationFacts, settings: Settings) => GrantAssessment;
}

/** What the core knows of an application when the scheme assesses it, from the council's own data. */
export interface GrantApplicationFacts {
  readonly appliedOn: string;
  /** The business-rates account the applicant quoted, as the register has it (null if no such account). */
  readonly account: {
    readonly reference: string;
    readonly ratepayerName: string;
    readonly ratepayerKind: RatepayerKind;
    /** Occupied by the account on the day of application. */
    readonly occupiedProperties: ReadonlyArray<{ readonly propertyUse: PropertyUse; readonly rateableValue: number; readonly postcode: string | null }>;
    /** The account's balance owed (positive) or in credit (negative), in pence. */
    readonly balancePence: number;
    readonly liableSince: string | null;
  } | null;
  /** The name the applicant gave matches the ratepayer's (case and punctuation aside). */
  readonly nameMatchesRatepayer: boolean;
  /** Earlier applications to this scheme quoting the same account, and naming the same bank account. */
  readonly earlierApplicationsForAccount: number;
  readonly otherAccountsPaidToSameBankAccount: number;
}

export type GrantRisk = 'green' | 'amber' | 'red';

export interface GrantAssessment {
  readonly eligible: boolean;
  /** Whole pence; 0 when not eligible. */
  readonly amountPence: number;
  /** Green is paid in the next run without an officer; amber and red wait for one. */
  readonly risk: GrantRisk;
  /** Why, in words an officer and an applicant can read. */
  readonly reasons: readonly string[];
}
