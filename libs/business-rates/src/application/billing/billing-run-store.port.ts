import type { IsoDate } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { AccountYearPosition, NoticeDraft } from '../../domain/billing/draft-notice.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';

export type BillingRunStatus = 'pending' | 'running' | 'completed' | 'failed';

/** A council's annual billing for one year, and how far it has got. */
export interface BillingRun {
  readonly billingRunId: string;
  readonly financialYear: string;
  readonly issuedOn: IsoDate;
  readonly status: BillingRunStatus;
  /** Accounts liable during the year when the run was requested. */
  readonly accountsTotal: number;
  readonly accountsDone: number;
  readonly billsIssued: number;
  readonly instalmentsScheduled: number;
  /** The last account reference claimed for billing: the run carries on after it. */
  readonly cursorReference: string | null;
  readonly requestedBy: string;
  readonly requestedAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly failure: string | null;
}

/** Decides the notices of a chunk's accounts in the run, in the order given: null where a year needs none. */
export type DraftInRun = (positions: ReadonlyArray<AccountYearPosition & { readonly accountReference: string }>) => Array<NoticeDraft | null>;

/** Where billing runs are kept, and the chunked work they do. */
export abstract class BillingRunStore {
  /**
   * Records a run for the year, or hands back the one already recorded: a failed run is set to
   * resume, a pending or running one is returned as it is, a completed one is a conflict.
   */
  abstract requestRun(actor: Actor, councilId: string, billingRunId: string, year: FinancialYear, issuedOn: IsoDate, reason?: string): Promise<BillingRun>;

  abstract findRun(actor: Actor, councilId: string, financialYear: string): Promise<BillingRun | null>;

  abstract listRuns(actor: Actor, councilId: string): Promise<BillingRun[]>;

  /** Runs the worker should take up: pending, or running when a worker stopped part way. */
  abstract unfinishedRuns(actor: Actor, councilId: string): Promise<BillingRun[]>;

  /**
   * Claims the next `size` liable accounts after the cursor as a chunk, moving the cursor past
   * them, in a short transaction holding the run. Resolves to false when no account is left.
   */
  abstract claimChunk(actor: Actor, councilId: string, billingRunId: string, size: number, reason: string): Promise<boolean>;

  /**
   * Bills one claimed chunk no other worker holds, in one transaction: its notices, the chunk marked
   * billed and the run's counts, together. A crash loses the chunk whole, never part of it, and
   * leaves it claimed for the next worker; the run's uniqueness of (run, account) stops an account
   * being billed twice. Resolves to the accounts billed, or null when no claimed chunk is free.
   */
  abstract billClaimedChunk(actor: Actor, councilId: string, billingRunId: string, draft: DraftInRun, reason: string): Promise<number | null>;

  /** Accounts holding money not yet allocated: after a run bills them, collection puts it to the new charges. */
  abstract accountsWithUnallocatedMoney(actor: Actor, councilId: string): Promise<string[]>;

  /** Records a failure; or completes the run, unless a chunk is still claimed (another worker is billing it): resolves to whether the run ended. */
  abstract finishRun(actor: Actor, councilId: string, billingRunId: string, outcome: { readonly failure: string | null }, reason: string): Promise<boolean>;
}
