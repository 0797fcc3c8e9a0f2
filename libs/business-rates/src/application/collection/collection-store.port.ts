import type { IsoDate, Pence } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import type { Allocation, Debt, PaymentHeld } from '../../domain/collection/allocation.js';

export const PAYMENT_METHODS = ['bank-transfer', 'card', 'direct-debit', 'cheque', 'cash'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number] | 'transfer';

export interface NewPayment {
  readonly paymentId: string;
  readonly amountPence: Pence;
  readonly receivedOn: IsoDate;
  readonly method: PaymentMethod;
  readonly externalReference: string | null;
  readonly idempotencyKey: string | null;
  /** What the payer quoted, kept whether or not it named an account. */
  readonly quotedReference: string | null;
  readonly transferId?: string;
}

export interface PaymentRecord extends NewPayment {
  readonly accountReference: string | null;
  readonly allocatedPence: Pence;
}

/** One account's money, locked for the length of one transaction. */
export interface AccountBook {
  readonly accountId: string;
  readonly reference: string;
  /** Each year's rates (charges less write-offs) and recovery costs. */
  debts(): Promise<Debt[]>;
  /** The account's payments, oldest first, with what each has paid where. */
  payments(): Promise<PaymentHeld[]>;
  /** Records a payment and its ledger entry. */
  receive(payment: NewPayment): Promise<void>;
  /** Takes a suspense payment onto this account, with its ledger entry. */
  takeFromSuspense(paymentId: string): Promise<void>;
  allocate(allocations: readonly Allocation[], on: IsoDate): Promise<void>;
  /** Pays credit out: the refund, its ledger entry, and 'refund' allocations drawn from the payments given. */
  refund(refundId: string, amountPence: Pence, on: IsoDate, reason: string, from: ReadonlyArray<{ paymentId: string; amountPence: Pence }>): Promise<void>;
  /** Moves credit to another account: the transfer, both ledger entries, and a new payment on the receiving account. */
  transfer(transfer: { transferId: string; toAccountId: string; paymentId: string; amountPence: Pence; on: IsoDate; reason: string }, from: ReadonlyArray<{ paymentId: string; amountPence: Pence }>): Promise<void>;
  writeOff(writeOffId: string, financialYear: string, amountPence: Pence, on: IsoDate, reason: string): Promise<void>;
  /** What has been written off the account's rates for a year so far. */
  writtenOff(financialYear: string): Promise<Pence>;
}

export interface StatementEntry {
  readonly postedOn: IsoDate;
  readonly kind: string;
  readonly description: string;
  readonly financialYear: string | null;
  readonly amountPence: Pence;
  readonly balancePence: Pence;
  readonly billNumber: number | null;
}

export interface AccountStatement {
  readonly accountReference: string;
  readonly asAt: IsoDate;
  readonly entries: readonly StatementEntry[];
  /** The sum of the entries: positive is owed, negative is in credit. */
  readonly balancePence: Pence;
}

export abstract class CollectionStore {
  /** Runs `work` on one account's book, the account locked; NotFoundError when no account has the reference. */
  abstract inAccount<T>(actor: Actor, councilId: string, account: { reference: string } | { accountId: string }, work: (book: AccountBook) => Promise<T>, reason?: string): Promise<T>;
  /** The payment already recorded under an idempotency key or an external reference, if any. */
  abstract findRecordedPayment(actor: Actor, councilId: string, key: { idempotencyKey?: string | null; externalReference?: string | null }): Promise<PaymentRecord | null>;
  abstract findPayment(actor: Actor, councilId: string, paymentId: string): Promise<PaymentRecord | null>;
  /** Keeps a payment nobody's account could be found for. */
  abstract holdInSuspense(actor: Actor, councilId: string, payment: NewPayment, reason?: string): Promise<void>;
  abstract suspensePayments(actor: Actor, councilId: string): Promise<PaymentRecord[]>;
  abstract statement(actor: Actor, councilId: string, accountReference: string, asAt: IsoDate): Promise<AccountStatement | null>;
}
