import type { IsoDate } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { PaymentFileFormat } from '../domain/payment-files/payment-file.js';
import type { SealedSecret } from '../../../secrets/src/index.js';

export { SecretSealer, type SealedSecret } from '../../../secrets/src/index.js';

export type PaymentProvider = 'govuk-pay';
export type NotificationOutcome = 'posted' | 'held-in-suspense' | 'already-posted' | 'ignored' | 'rejected';
/** What became of one line of a file (or one notification's payment). */
export type PostingOutcome = 'posted' | 'held-in-suspense' | 'already-posted';

export interface SigningSecretRecord {
  readonly provider: PaymentProvider;
  readonly fingerprint: string;
  /** How far a notification's own date may be from our clock (its staleness tolerance). */
  readonly toleranceSeconds: number;
  readonly setBy: string;
  readonly setAt: string;
}

export interface NewNotification {
  readonly provider: PaymentProvider;
  readonly outcome: NotificationOutcome;
  readonly reason: string;
  readonly bodySha256: string;
  readonly eventType: string | null;
  readonly providerPaymentId: string | null;
  readonly accountReference: string | null;
  readonly amountPence: number | null;
  readonly paymentId: string | null;
}

export interface NotificationRecord extends NewNotification {
  readonly notificationId: string;
  readonly receivedAt: string;
}

export interface NewPaymentImport {
  readonly format: PaymentFileFormat;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly lineCount: number;
  readonly totalPence: number;
}

/** One line of a file, ready to post. */
export interface LineToPost {
  /** 1-based, in file order (not counting the header). */
  readonly position: number;
  readonly amountPence: number;
  readonly post: () => Promise<PostingOutcome>;
}

export interface PaymentImportRecord extends NewPaymentImport {
  readonly importId: string;
  readonly linesDone: number;
  readonly postedCount: number;
  readonly postedPence: number;
  readonly suspenseCount: number;
  readonly suspensePence: number;
  readonly alreadyPostedCount: number;
  readonly alreadyPostedPence: number;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly completedAt: string | null;
}

/** An account as an income-management system needs it to take payments against. */
export interface AccountHolder {
  readonly accountReference: string;
  /** Positive is owed; negative is in credit. */
  readonly balancePence: number;
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
}

export abstract class PaymentsInStore {
  /** Sets the secret, and the tolerance if given (otherwise the one set before, else the default). */
  abstract setSigningSecret(actor: Actor, councilId: string, provider: PaymentProvider, secret: SealedSecret, toleranceSeconds: number | null, reason: string): Promise<SigningSecretRecord>;
  abstract signingSecret(actor: Actor, councilId: string, provider: PaymentProvider): Promise<(SigningSecretRecord & SealedSecret) | null>;
  abstract recordNotification(actor: Actor, councilId: string, notification: NewNotification, reason: string): Promise<NotificationRecord>;
  /** The latest first. */
  abstract notifications(actor: Actor, councilId: string, limit: number): Promise<NotificationRecord[]>;
  abstract findImport(actor: Actor, councilId: string, format: PaymentFileFormat, fileSha256: string): Promise<PaymentImportRecord | null>;
  /** Records an import starting; a ConflictError if the same file was started meanwhile. */
  abstract startImport(actor: Actor, councilId: string, started: NewPaymentImport, reason: string): Promise<PaymentImportRecord>;
  /**
   * In one transaction, the import locked: runs `post` for each of `lines` (consecutive, in file
   * order) the import has not yet done, and counts their outcomes and amounts. All of them or none:
   * a run stopped part-way picks up at the first line not counted, and posts nothing twice.
   */
  abstract postLines(actor: Actor, councilId: string, importId: string, lines: readonly LineToPost[], reason: string): Promise<void>;
  abstract findImportById(actor: Actor, councilId: string, importId: string): Promise<PaymentImportRecord | null>;
  /** The latest first. */
  abstract imports(actor: Actor, councilId: string, limit: number): Promise<PaymentImportRecord[]>;
  /** Accounts in reference order, after `afterReference` if given; balances from the ledger as at `asAt`. */
  abstract accountHolders(actor: Actor, councilId: string, afterReference: string | null, limit: number, asAt: IsoDate): Promise<AccountHolder[]>;
}
