import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, ConflictError, NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { settle } from '../../domain/collection/allocation.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_TAKE_PAYMENTS } from '../permissions.js';
import { CollectionStore, type PaymentRecord } from './collection-store.port.js';

/** Takes a payment out of suspense onto the account an officer has found it belongs to. */
export class AssignSuspensePaymentCommand {
  constructor(
    readonly actor: Actor,
    readonly paymentId: string,
    readonly accountReference: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(AssignSuspensePaymentCommand)
export class AssignSuspensePaymentHandler implements ICommandHandler<AssignSuspensePaymentCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, paymentId, accountReference, reason }: AssignSuspensePaymentCommand): Promise<PaymentRecord> {
    requireAnyRole(actor, MAY_TAKE_PAYMENTS, 'assigning a suspense payment');
    const councilId = requireCouncil(actor);
    checkId(paymentId, 'paymentId');
    const reference = checkAccountReference(accountReference);
    const payment = await this.store.findPayment(actor, councilId, paymentId);
    if (!payment) throw new NotFoundError('payment', paymentId);
    if (payment.accountReference !== null) throw new ConflictError(`the payment is already on account ${payment.accountReference}`, 'paymentId');
    await this.store.inAccount(actor, councilId, { reference }, async (book) => {
      await book.takeFromSuspense(paymentId);
      await book.allocate(settle(await book.debts(), await book.payments()), this.clock.today());
    }, reason ?? 'suspense payment assigned');
    return (await this.store.findPayment(actor, councilId, paymentId)) as PaymentRecord;
  }
}
