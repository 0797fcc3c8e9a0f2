import type { IsoDate, Pence } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { BilledLine } from '../../domain/recovery/collection-totals.js';
import type { AccountYearArrears, RecoveryStageName, StageToIssue } from '../../domain/recovery/next-recovery-step.js';
import type { RecoveryPolicy } from '../../domain/recovery/recovery-policy.js';

export interface RecoveryStageRecord {
  readonly recoveryStageId: string;
  readonly accountReference: string;
  readonly financialYear: string;
  readonly stage: RecoveryStageName;
  readonly issuedOn: IsoDate;
  readonly arrearsPence: Pence;
  readonly costsPence: Pence;
  readonly payBy: IsoDate;
  readonly hearingOn: IsoDate | null;
}

/** The money behind a year's NNDR3-style totals, as the ledger and allocations hold it. */
export interface YearMoney {
  readonly billedLines: readonly BilledLine[];
  readonly chargedPence: Pence;
  readonly collectedPence: Pence;
  readonly writtenOffPence: Pence;
  readonly costsChargedPence: Pence;
  readonly costsCollectedPence: Pence;
}

export interface AccountYear {
  readonly accountId: string;
  readonly financialYear: string;
}

export interface IssuedStep extends AccountYear {
  readonly recoveryStageId: string;
  readonly step: StageToIssue;
}

export abstract class RecoveryStore {
  /** The council's own policy in force on a day, if it has set one. */
  abstract councilPolicy(actor: Actor, councilId: string, asAt: IsoDate): Promise<(RecoveryPolicy & { effectiveFrom: IsoDate }) | null>;
  /** Sets the council's policy from a day (replacing one already set from that day). */
  abstract setPolicy(actor: Actor, councilId: string, effectiveFrom: IsoDate, policy: RecoveryPolicy, reason: string): Promise<void>;
  /** Every account and year owing rates or costs. */
  abstract accountYearsOwing(actor: Actor, councilId: string): Promise<AccountYear[]>;
  /**
   * In one transaction: locks the accounts, reads each account-year as recovery sees it, and issues
   * the stage `decide` returns (with its costs in the ledger). Resolves to the stages issued.
   */
  abstract issueNextStages(
    actor: Actor, councilId: string, accountYears: readonly AccountYear[], on: IsoDate,
    decide: (year: AccountYearArrears) => StageToIssue | null, reason: string,
  ): Promise<IssuedStep[]>;
  /** An account's recovery stages, oldest first; null when no account has the reference. */
  abstract stagesOf(actor: Actor, councilId: string, accountReference: string): Promise<RecoveryStageRecord[] | null>;
  abstract yearMoney(actor: Actor, councilId: string, financialYear: string): Promise<YearMoney>;
}
