/**
 * What a plugin may answer: these shapes and nothing else. The core checks every answer (allowed
 * fields only, amounts in whole pence, percentages as exact text, well-formed dates) before
 * it touches a bill (dates are clipped to the liability's days in the year); an answer that does
 * not fit fails that calculation with the plugin named.
 */

/** A discretionary (LGFA 1988 s47, local discounts included) or hardship (s49) relief a local scheme gives. */
export interface LocalReliefDecision {
  /** The scheme's short name, shown on the notice line: "Village shop relief". */
  readonly scheme: string;
  readonly kind: 'discretionary' | 'hardship';
  /** Of what remains after the statutory reliefs, as exact text ("50", "12.5"); or else: */
  readonly percent?: string;
  /** A yearly amount off, in pence, pro rata to the days it covers and never more than remains. */
  readonly annualAmountPence?: number;
  /** Within the year; the liability's days in the year when left out. */
  readonly startsOn?: string;
  readonly endsOn?: string | null;
  /** The council's decision or policy the relief rests on, for the notice and the auditors. */
  readonly ruleReference: string;
}

/** How a council draws up instalments (SI 1989/1058 Sch 1 Pt I sets the statutory default). */
export interface InstalmentPolicyDecision {
  /** Instalments offered unless the ratepayer asks otherwise: the statutory 10, or 12. */
  readonly defaultCount?: 10 | 12;
  /** The day of the month instalments fall due, 1 to 28. */
  readonly dayOfMonth?: number;
  /** Fewer instalments rather than any below this, in pence: at most 5,000 (the law's "under £50"). */
  readonly minimumInstalmentPence?: number;
}

/** A council's recovery timetable and court costs (see the core's recovery policy for the limits). */
export interface RecoveryPolicyDecision {
  readonly reminderAfterDays?: number;
  readonly remindersPerYear?: number;
  readonly daysToPay?: number;
  readonly daysToHearing?: number;
  readonly summonsCostsPence?: number;
  readonly liabilityOrderCostsPence?: number;
  readonly minimumSummonsArrearsPence?: number;
}

/** Who may write off what. */
export interface WriteOffPolicyDecision {
  /** A revenues officer may write off up to this (pence) of one account's year, in however many pieces; more needs a revenues manager. */
  readonly officerLimitPence?: number;
}

/** The council's words on a notice; the statutory explanatory notes are the core's. */
export interface NoticeWordingDecision {
  readonly heading?: string;
  readonly paymentInstructions?: string;
  readonly contactDetails?: string;
}
