import type { CanonicalEntity } from './canonical-records.js';

/** How many rows of an entity the extract held, and what became of them. */
export interface EntityCounts {
  readonly entity: CanonicalEntity;
  /** Lines of the extract read as this entity. */
  readonly rowsIn: number;
  /** Refused: a value could not be read, or the row contradicts another (a duplicate key, an orphan, an overlap). */
  readonly rejected: number;
  /** Valid, but not loaded because this system works it out itself (small business and empty-property relief). */
  readonly derived: number;
  /** In the live tables after the load. */
  readonly loaded: number;
}

/** An account's balance as the legacy system gave it (the sum of its notices' balances) and as migrated (its ledger). */
export interface AccountBalance {
  readonly accountKey: string;
  readonly legacyPence: number;
  /** Null when the account itself was not loaded. */
  readonly migratedPence: number | null;
}

/** What the legacy system charged an account for a year, notice by notice. */
export interface LegacyCharge {
  readonly accountKey: string;
  readonly accountId: string;
  readonly chargedPence: number;
  readonly notices: ReadonlyArray<{ readonly noticeKey: string; readonly debitPence: number; readonly remittedPence: number; readonly transitionalPence: number }>;
}

export interface BalanceReconciliation {
  readonly legacyTotalPence: number;
  readonly migratedTotalPence: number;
  readonly accountsCompared: number;
  readonly accountsDiffering: number;
  /** The accounts whose balances differ (up to a limit), with what was refused on each (which explains most differences). */
  readonly differences: ReadonlyArray<AccountBalance & { readonly differencePence: number; readonly explanation: readonly string[] }>;
}

export interface ShadowBillingLine {
  readonly code: string;
  readonly description: string;
  readonly amountPence: number;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rule: string;
}

/** An account whose charge for the year, worked out by the engine, is not what the legacy system charged. */
export interface ShadowBillingDifference {
  readonly accountKey: string;
  readonly accountReference: string;
  readonly legacyChargedPence: number;
  readonly engineChargedPence: number;
  readonly differencePence: number;
  readonly legacyNotices: LegacyCharge['notices'];
  /** The engine's lines: each with the rule and figures that produced it. */
  readonly engineLines: readonly ShadowBillingLine[];
}

export interface ShadowBilling {
  readonly financialYear: string;
  /** Why nothing was compared, when the extract holds no notices (an open-data list, say): there is no legacy charge to compare. */
  readonly notCompared?: string;
  readonly accountsCompared: number;
  readonly accountsDiffering: number;
  readonly legacyChargedTotalPence: number;
  readonly engineChargedTotalPence: number;
  /** The accounts that differ, up to a limit. */
  readonly differences: readonly ShadowBillingDifference[];
}

export interface Reconciliation {
  readonly loadId: string;
  readonly council: string;
  readonly profile: string;
  readonly sourceFiles: ReadonlyArray<{ readonly file: string; readonly sha256: string; readonly bytes: number }>;
  readonly producedAt: string;
  /** Who reconciled (a user or service id, as the audit trail records it). */
  readonly producedBy: string;
  readonly entities: readonly EntityCounts[];
  readonly balances: BalanceReconciliation;
  readonly shadowBilling: ShadowBilling;
  /** True when every row is accounted for, balances agree to the penny, and shadow billing found no difference. */
  readonly clean: boolean;
}
