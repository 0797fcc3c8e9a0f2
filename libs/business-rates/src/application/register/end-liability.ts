import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, isIsoDate, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type LiabilityRecord } from './register-store.port.js';

/** Moving out: the liability ends on a day (the last day liable). */
export class EndLiabilityCommand {
  constructor(
    readonly actor: Actor,
    readonly liabilityId: string,
    readonly endsOn: IsoDate,
    readonly reason?: string,
  ) {}
}

@CommandHandler(EndLiabilityCommand)
export class EndLiabilityHandler implements ICommandHandler<EndLiabilityCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: EndLiabilityCommand): Promise<{ liability: LiabilityRecord; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, liabilityId, endsOn, reason }: EndLiabilityCommand): Promise<{ liability: LiabilityRecord; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'ending a liability');
    const councilId = requireCouncil(actor);
    checkId(liabilityId, 'liabilityId');
    if (!isIsoDate(endsOn)) throw new InvalidInputError('endsOn', 'must be a date such as 2024-09-30');
    const liability = await this.store.endLiability(actor, councilId, liabilityId, endsOn, reason);
    const notices = await rebillAfter(this.commands, actor, { accountIds: [liability.accountId], hereditamentIds: [liability.hereditamentId] }, liability.startsOn, reason ?? 'liability ended');
    return { liability, notices };
  }
}
