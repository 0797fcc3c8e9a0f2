/** What the generator promises about an extract: written to `<outDir>/manifest.json` and returned. */

export type ExtractFormat = 'academy' | 'open-data' | 'voa';

export type DefectKind =
  | 'bad-date'
  | 'unknown-code'
  | 'orphan-row'
  | 'duplicate-key'
  | 'overlapping-liability'
  | 'wrong-encoding'
  | 'bad-check-digit'
  | 'bad-money';

export const DEFECT_KINDS: readonly DefectKind[] = ['bad-date', 'unknown-code', 'orphan-row', 'duplicate-key', 'overlapping-liability', 'wrong-encoding', 'bad-check-digit', 'bad-money'];

export interface ManifestFile {
  readonly name: string;
  /** Data rows (the header, where there is one, is not counted). */
  readonly rows: number;
  readonly encoding: string;
}

/** A row the loader cannot load because of a defect elsewhere (its account, liability or notice was rejected). */
export interface DependentRow {
  readonly file: string;
  readonly line: number;
  readonly entity: string;
  readonly key: string;
}

export interface InjectedDefect {
  readonly kind: DefectKind;
  readonly file: string;
  /** Physical 1-based line (the header is line 1). */
  readonly line: number;
  /** The legacy column. */
  readonly field: string;
  /** The value as written (for an encoding defect, the text meant; `bytesHex` has what was written). */
  readonly value: string;
  readonly bytesHex?: string;
  readonly entity: string;
  readonly entityKey: string;
  /** The account the defect was injected beside (for an orphan, the real one of that property): left out of shadow billing. */
  readonly accountKey?: string;
  /** Why the row must be refused, in words. */
  readonly reason: string;
  readonly dependents: DependentRow[];
}

/** Counts and sums a reconciliation of the valid rows must reproduce (Academy). */
export interface ExpectedTotals {
  readonly accounts: number;
  readonly emails: number;
  readonly properties: number;
  readonly liabilities: number;
  readonly reliefs: { readonly loaded: number; readonly engineDerived: number };
  readonly notices: number;
  readonly transactions: number;
  readonly noticeBalancePence: number;
  readonly transactionPence: number;
}

export interface ShadowBillingDifference {
  readonly accountKey: string;
  readonly propertyKey: string;
  readonly reason: string;
  readonly legacyChargePence: number;
  readonly engineChargePence: number;
  readonly detail: string;
}

export interface ShadowBilling {
  readonly financialYear: string;
  /** Accounts liable in the year other than a defect's `accountKey`: their charge is compared. */
  readonly accountsCompared: number;
  /** The only ones whose legacy charge differs from the engine's (valid rows, expected differences). */
  readonly differences: ShadowBillingDifference[];
}

export interface VoaChange {
  readonly kind: 'rv-change' | 'deletion' | 'new-entry';
  readonly line: number;
  readonly uarn: number;
  readonly baReference: string;
  readonly rateableValue: number | null;
  readonly effectiveDate: string;
}

export interface ExtractManifest {
  readonly format: ExtractFormat;
  readonly seed: number;
  readonly accounts: number;
  readonly asOf: string;
  readonly financialYear: string;
  readonly files: ManifestFile[];
  readonly defects: InjectedDefect[];
  /** Academy only. */
  readonly expected?: ExpectedTotals;
  readonly shadowBilling?: ShadowBilling;
  /** Open data and VOA: properties (rows or list entries) that are valid. */
  readonly validRows?: number;
  /** VOA only. */
  readonly billingAuthorityCode?: string;
  readonly voaDeletions?: number;
  readonly voaChanges?: VoaChange[];
}
