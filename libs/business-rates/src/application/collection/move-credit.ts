import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isPence, formatPence } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { creditOf, drawCredit, settle } from '../../domain/collection/allocation.js';
import { MAY_MANAGE } from '../permissions.js';
import { CollectionStore, type AccountBook } from './collection-store.port.js';

/** Pays an account's credit back to the ratepayer. */
export class RefundCreditCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly amountPence: number,
    readonly reason: string,
  ) {}
}

/** Moves an account's credit to another account (the ratepayer's other account, say), where it pays that account's debts. */
export class TransferCreditCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly toAccountReference: string,
    readonly amountPence: number,
    readonly reason: string,
  ) {}
}

/** Takes an amount of credit, refusing more than the account holds. */
async function creditToMove(book: AccountBook, amountPence: number) {
  const payments = await book.payments();
  const credit = creditOf(payments);
  if (amountPence > credit) throw new InvalidInputError('amountPence', `is more than the account's credit of ${formatPence(credit)}`);
  return drawCredit(payments, amountPence);
}

function checkMove(amountPence: number, reason: string): void {
  if (!isPence(amountPence) || amountPence <= 0) throw new InvalidInputError('amountPence', 'must be a whole number of pence above nothing');
  if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500) throw new InvalidInputError('reason', 'must say why (1 to 500 characters)');
}

@CommandHandler(RefundCreditCommand)
export class RefundCreditHandler implements ICommandHandler<RefundCreditCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, accountReference, amountPence, reason }: RefundCreditCommand): Promise<{ refundId: string }> {
    requireAnyRole(actor, MAY_MANAGE, 'refunding credit');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    checkMove(amountPence, reason);
    const refundId = randomUUID();
    await this.store.inAccount(actor, councilId, { reference }, async (book) => {
      await book.refund(refundId, amountPence, this.clock.today(), reason, await creditToMove(book, amountPence));
    }, reason);
    return { refundId };
  }
}

@CommandHandler(TransferCreditCommand)
export class TransferCreditHandler implements ICommandHandler<TransferCreditCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, accountReference, toAccountReference, amountPence, reason }: TransferCreditCommand): Promise<{ transferId: string }> {
    requireAnyRole(actor, MAY_MANAGE, 'transferring credit');
    const councilId = requireCouncil(actor);
    const from = checkAccountReference(accountReference);
    const to = checkAccountReference(toAccountReference, 'toAccountReference');
    if (from === to) throw new InvalidInputError('toAccountReference', 'must be another account');
    checkMove(amountPence, reason);
    const today = this.clock.today();
    const transferId = randomUUID();
    // An unknown receiving account is refused before any money moves.
    const toAccountId = await this.store.inAccount(actor, councilId, { reference: to }, async (book) => book.accountId);
    await this.store.inAccount(actor, councilId, { reference: from }, async (book) => {
      await book.transfer({ transferId, toAccountId, paymentId: randomUUID(), amountPence, on: today, reason }, await creditToMove(book, amountPence));
    }, reason);
    await this.store.inAccount(actor, councilId, { accountId: toAccountId }, async (book) => {
      await book.allocate(settle(await book.debts(), await book.payments()), today);
    }, reason);
    return { transferId };
  }
}
