import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { CAPACITIES, checkId, checkRatedDate, type Capacity } from '../../domain/register/register-facts.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type LiabilityRecord } from './register-store.port.js';

/** Moving in: an account becomes liable for a hereditament from a date, as occupier or owner. */
export class StartLiabilityCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly hereditamentId: string,
    readonly capacity: Capacity,
    readonly startsOn: IsoDate,
    readonly reason?: string,
  ) {}
}

@CommandHandler(StartLiabilityCommand)
export class StartLiabilityHandler implements ICommandHandler<StartLiabilityCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: StartLiabilityCommand): Promise<{ liability: LiabilityRecord; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, accountReference, hereditamentId, capacity, startsOn, reason }: StartLiabilityCommand): Promise<{ liability: LiabilityRecord; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'starting a liability');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    if (!CAPACITIES.includes(capacity)) throw new InvalidInputError('capacity', `must be one of ${CAPACITIES.join(', ')}`);
    checkRatedDate(startsOn, 'startsOn');
    checkId(hereditamentId, 'hereditamentId');
    const liability = await this.store.startLiability(actor, councilId, { liabilityId: randomUUID(), accountReference: reference, hereditamentId, capacity, startsOn }, reason);
    const notices = await rebillAfter(this.commands, actor, { accountIds: [liability.accountId], hereditamentIds: [hereditamentId] }, startsOn, reason ?? 'liability started');
    return { liability, notices };
  }
}
