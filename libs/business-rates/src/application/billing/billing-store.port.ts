import type { Pence } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { AccountYearPosition, NoticeDraft, NoticeKind } from '../../domain/billing/draft-notice.js';
import type { NoticeLine } from '../../domain/billing/notice-lines.js';
import type { Instalment } from '../../domain/instalments/instalment-schedule.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';

/** A notice as issued and stored. */
export interface IssuedNotice {
  readonly billId: string;
  readonly billNumber: number;
  readonly accountReference: string;
  readonly financialYear: string;
  readonly kind: NoticeKind;
  readonly issuedOn: string;
  readonly totalPence: Pence;
  readonly yearChargePence: Pence;
  readonly paidBeforePence: Pence;
  readonly dueBeforePence: Pence;
  readonly billingRunId: string | null;
  readonly lines: readonly NoticeLine[];
  readonly instalments: readonly Instalment[];
  /** The council's words on the notice (heading, how to pay, contact), when read back. */
  readonly wording?: { readonly heading?: string; readonly paymentInstructions?: string; readonly contactDetails?: string };
}

/** An account whose facts changed, and the years already billed: its own notices' years and the council's annual billing runs. */
export interface AffectedAccount {
  readonly accountId: string;
  /** A year the council has run annual billing for counts even if this account was not in it, so a liability begun after the run is billed too. */
  readonly billedYears: readonly string[];
}

/** Where notices and the facts behind them are kept. */
export abstract class BillingStore {
  /** Up to `size` accounts liable in the year, spread evenly over the council's references, with their facts. */
  abstract sampleAccountYears(actor: Actor, councilId: string, year: FinancialYear, size: number): Promise<Array<AccountYearPosition & { readonly accountReference: string }>>;

  /**
   * In one transaction, with the account locked so two notices cannot interleave: reads where the
   * account's year stands, asks `decide` for a notice, and stores it with its instalments and its
   * ledger entry. Resolves to the notice, or null when `decide` drafts none.
   */
  abstract issueNotice(
    actor: Actor,
    councilId: string,
    accountId: string,
    year: FinancialYear,
    decide: (position: AccountYearPosition) => NoticeDraft | null,
    reason?: string,
  ): Promise<IssuedNotice | null>;

  /** The accounts' positions for the year (facts, what is billed and paid), in the order given; unknown ids are left out. */
  abstract accountYears(actor: Actor, councilId: string, accountIds: readonly string[], year: FinancialYear): Promise<Array<AccountYearPosition & { readonly accountId: string; readonly accountReference: string }>>;

  abstract findAccountId(actor: Actor, councilId: string, accountReference: string): Promise<string | null>;

  /**
   * The accounts named, every account liable for one of the hereditaments on or after `from`, and
   * those accounts' ratepayers' other accounts occupying anything since (small business rate relief
   * counts all of a ratepayer's properties).
   */
  abstract affectedAccounts(
    actor: Actor,
    councilId: string,
    affected: { readonly accountIds?: readonly string[]; readonly hereditamentIds?: readonly string[] },
    from: string,
  ): Promise<AffectedAccount[]>;

  abstract findNotice(actor: Actor, councilId: string, billNumber: number): Promise<IssuedNotice | null>;

  abstract listNotices(actor: Actor, councilId: string, accountId: string, financialYear?: string): Promise<IssuedNotice[]>;
}
