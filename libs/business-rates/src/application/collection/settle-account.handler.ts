import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../kernel/src/index.js';
import { requireCouncil } from '../../../../tenancy/src/index.js';
import { settle } from '../../domain/collection/allocation.js';
import { CollectionStore } from './collection-store.port.js';
import { SettleAccountCommand } from './settle-account.command.js';

/** Dispatched by billing after a notice, within a use case the actor was already allowed to run. */
@CommandHandler(SettleAccountCommand)
export class SettleAccountHandler implements ICommandHandler<SettleAccountCommand> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, accountId, reason }: SettleAccountCommand): Promise<void> {
    const councilId = requireCouncil(actor);
    await this.store.inAccount(actor, councilId, { accountId }, async (book) => {
      await book.allocate(settle(await book.debts(), await book.payments()), this.clock.today());
    }, reason);
  }
}
