import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ConflictError, InvalidInputError, isIsoDate, isPence, NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { settle } from '../../domain/collection/allocation.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_TAKE_PAYMENTS } from '../permissions.js';
import { CollectionStore, PAYMENT_METHODS, type NewPayment, type PaymentMethod, type PaymentRecord } from './collection-store.port.js';
import { isDuplicate } from './duplicate-payment.js';

export interface PaymentReceived {
  readonly amountPence: number;
  readonly receivedOn: IsoDate;
  readonly method: PaymentMethod;
  /** The account reference the payer quoted. */
  readonly accountReference: string;
  readonly externalReference?: string;
  readonly idempotencyKey?: string;
  /** The year the payer says the money is for; otherwise the oldest debt first. */
  readonly financialYear?: string;
}

/** Money in. Posted once however often it is sent; kept in suspense when its reference names no account. */
export class RecordPaymentCommand {
  constructor(
    readonly actor: Actor,
    readonly payment: PaymentReceived,
    readonly reason?: string,
  ) {}
}

export interface RecordedPayment {
  readonly payment: PaymentRecord;
  /** True when this request repeated one already posted: nothing new was recorded. */
  readonly replayed: boolean;
}

@CommandHandler(RecordPaymentCommand)
export class RecordPaymentHandler implements ICommandHandler<RecordPaymentCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, payment, reason }: RecordPaymentCommand): Promise<RecordedPayment> {
    requireAnyRole(actor, MAY_TAKE_PAYMENTS, 'recording a payment');
    const councilId = requireCouncil(actor);
    const directedYear = checkPayment(payment, this.clock.today());
    const keys = { idempotencyKey: payment.idempotencyKey ?? null, externalReference: payment.externalReference ?? null };
    const earlier = await this.store.findRecordedPayment(actor, councilId, keys);
    if (earlier) return this.replay(earlier, payment);
    const received: NewPayment = {
      paymentId: randomUUID(),
      amountPence: payment.amountPence,
      receivedOn: payment.receivedOn,
      method: payment.method,
      ...keys,
      quotedReference: payment.accountReference,
    };
    try {
      await this.post(actor, councilId, received, directedYear, reason);
    } catch (error) {
      // Sent twice at once: the other request posted it first.
      const winner = error instanceof ConflictError ? await this.store.findRecordedPayment(actor, councilId, keys) : null;
      if (winner) return this.replay(winner, payment);
      throw error;
    }
    return { payment: (await this.store.findPayment(actor, councilId, received.paymentId)) as PaymentRecord, replayed: false };
  }

  private async post(actor: Actor, councilId: string, payment: NewPayment, directedYear: string | undefined, reason?: string): Promise<void> {
    let reference: string;
    try {
      reference = checkAccountReference(payment.quotedReference);
    } catch {
      return this.store.holdInSuspense(actor, councilId, payment, reason ?? 'the quoted reference is not an account reference');
    }
    try {
      await this.store.inAccount(actor, councilId, { reference }, async (book) => {
        await book.receive(payment);
        await book.allocate(settle(await book.debts(), await book.payments(), directedYear), payment.receivedOn);
      }, reason);
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      await this.store.holdInSuspense(actor, councilId, payment, reason ?? `no account ${reference}`);
    }
  }

  private replay(earlier: PaymentRecord, payment: PaymentReceived): RecordedPayment {
    if (!isDuplicate(earlier, payment)) {
      const field = payment.idempotencyKey && earlier.idempotencyKey === payment.idempotencyKey ? 'Idempotency-Key' : 'externalReference';
      throw new ConflictError(`a different payment was already recorded with this ${field}`, field);
    }
    return { payment: earlier, replayed: true };
  }
}

/** Checks a payment's fields; resolves the directed financial year, if any. */
function checkPayment(payment: PaymentReceived, today: IsoDate): string | undefined {
  if (!isPence(payment.amountPence) || payment.amountPence <= 0) throw new InvalidInputError('amountPence', 'must be a whole number of pence above nothing');
  if (!isIsoDate(payment.receivedOn)) throw new InvalidInputError('receivedOn', 'must be a date such as 2024-05-01');
  if (payment.receivedOn > today) throw new InvalidInputError('receivedOn', `must not be after today (${today})`);
  if (!(PAYMENT_METHODS as readonly string[]).includes(payment.method)) throw new InvalidInputError('method', `must be one of ${PAYMENT_METHODS.join(', ')}`);
  if (typeof payment.accountReference !== 'string' || payment.accountReference.length > 100) throw new InvalidInputError('accountReference', 'must be the reference the payer quoted (up to 100 characters)');
  if (payment.idempotencyKey !== undefined && (payment.idempotencyKey.length < 1 || payment.idempotencyKey.length > 200)) throw new InvalidInputError('Idempotency-Key', 'must be 1 to 200 characters');
  return payment.financialYear === undefined ? undefined : financialYear(payment.financialYear).label;
}
