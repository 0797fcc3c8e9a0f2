import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import type { ReliefAwardRequest } from '../../domain/register/register-facts.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore } from './register-store.port.js';

/** A relief or exemption awarded to a liability for a period (often late, so backdated), with its evidence. */
export class AwardReliefCommand {
  constructor(
    readonly actor: Actor,
    readonly liabilityId: string,
    readonly award: ReliefAwardRequest,
    readonly reason?: string,
  ) {}
}

@CommandHandler(AwardReliefCommand)
export class AwardReliefHandler implements ICommandHandler<AwardReliefCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: AwardReliefCommand): Promise<{ reliefAwardId: string; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, liabilityId, award, reason }: AwardReliefCommand): Promise<{ reliefAwardId: string; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'awarding a relief');
    const councilId = requireCouncil(actor);
    checkId(liabilityId, 'liabilityId');
    const reliefAwardId = randomUUID();
    const liability = await this.store.awardRelief(actor, councilId, reliefAwardId, liabilityId, award, reason);
    const notices = await rebillAfter(this.commands, actor, { accountIds: [liability.accountId] }, award.startsOn, reason ?? `${award.kind} relief awarded`);
    return { reliefAwardId, notices };
  }
}
