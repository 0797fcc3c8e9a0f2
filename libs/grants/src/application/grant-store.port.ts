import type { IsoDate, Pence } from '../../../kernel/src/index.js';
import type { GrantApplicationFacts } from '../../../policy-sdk/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { GrantRisk, GrantStatus, OfficerDecision } from '../domain/grant-application.js';
import type { GrantApplicationRequest } from '../domain/grant-application-request.js';

/** An application as reads show it: the payee's account number only by its last four digits. */
export interface GrantApplicationRecord {
  readonly reference: string;
  readonly schemeId: string;
  readonly accountReference: string;
  /** Whether the quoted reference named an account in the register. */
  readonly accountFound: boolean;
  readonly applicantName: string;
  readonly payeeSortCode: string;
  readonly payeeAccountNumberEnding: string;
  readonly appliedOn: IsoDate;
  readonly eligible: boolean;
  readonly amountPence: Pence;
  readonly risk: GrantRisk;
  readonly reasons: readonly string[];
  readonly status: GrantStatus;
  readonly officerDecision: OfficerDecision | null;
  readonly paymentRunId: string | null;
  /** Who took the application (user or service id); null for applications taken before this was kept. */
  readonly takenBy: string | null;
}

/** The scheme's assessment and the triage's status, to be recorded. */
export interface AssessedApplication {
  readonly eligible: boolean;
  readonly amountPence: Pence;
  readonly risk: GrantRisk;
  readonly reasons: readonly string[];
  readonly status: GrantStatus;
}

/** What the council's own records say about an application, before the applicant's name is compared. */
export interface RecordedFacts {
  readonly account: (NonNullable<GrantApplicationFacts['account']>) | null;
  readonly earlierApplicationsForAccount: number;
  readonly otherAccountsPaidToSameBankAccount: number;
}

export interface GrantPaymentRunRecord {
  readonly paymentRunId: string;
  readonly schemeId: string;
  readonly runOn: IsoDate;
  readonly applicationCount: number;
  readonly totalPence: Pence;
}

/** A line of a run's payment file, for the council's finance system (BACS): the full account number. */
export interface GrantPaymentLine {
  readonly applicationReference: string;
  readonly accountReference: string;
  readonly payeeName: string;
  readonly sortCode: string;
  readonly accountNumber: string;
  readonly amountPence: Pence;
}

export interface GrantPaymentRunWithLines extends GrantPaymentRunRecord {
  readonly lines: readonly GrantPaymentLine[];
}

export interface GrantApplicationFilter {
  readonly schemeId?: string;
  readonly status?: GrantStatus;
  /** Applications after this reference, for the next page. */
  readonly afterReference?: string;
  readonly limit: number;
}

export abstract class GrantStore {
  /** The application recorded with this key, and the request it was made with; null if none. */
  abstract findByIdempotencyKey(actor: Actor, councilId: string, idempotencyKey: string): Promise<{ application: GrantApplicationRecord; request: GrantApplicationRequest } | null>;
  /**
   * In one transaction, with applications for the same account or to the same bank account held
   * back meanwhile: reads the council's records on the day, has `assess` assess them, and records
   * the application with the next reference. A unique idempotency key used meanwhile is a ConflictError.
   */
  abstract apply(
    actor: Actor, councilId: string, request: GrantApplicationRequest & { readonly appliedOn: IsoDate; readonly idempotencyKey: string | null },
    assess: (facts: RecordedFacts) => AssessedApplication, reason: string,
  ): Promise<GrantApplicationRecord>;
  abstract find(actor: Actor, councilId: string, reference: string): Promise<GrantApplicationRecord | null>;
  abstract list(actor: Actor, councilId: string, filter: GrantApplicationFilter): Promise<GrantApplicationRecord[]>;
  /** Locks the application, has `decide` decide it (it may refuse), and records the decision; null if there is no such application. */
  abstract decide(
    actor: Actor, councilId: string, reference: string,
    decide: (application: GrantApplicationRecord) => { status: GrantStatus; officerDecision: OfficerDecision }, reason: string,
  ): Promise<GrantApplicationRecord | null>;
  /** In one transaction: every approved application of the scheme becomes paid under a new run. Null, and no run, when none is approved. */
  abstract payApproved(actor: Actor, councilId: string, schemeId: string, runOn: IsoDate, reason: string): Promise<GrantPaymentRunWithLines | null>;
  abstract runs(actor: Actor, councilId: string, schemeId?: string): Promise<GrantPaymentRunRecord[]>;
  abstract run(actor: Actor, councilId: string, paymentRunId: string): Promise<GrantPaymentRunWithLines | null>;
}
