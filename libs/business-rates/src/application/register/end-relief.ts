import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import { checkId, checkRatedDate } from '../../domain/register/register-facts.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type ReliefAwardRecord } from './register-store.port.js';

/** A relief or exemption stops applying after a day (the last day it covers); the account is rebilled. */
export class EndReliefCommand {
  constructor(
    readonly actor: Actor,
    readonly reliefAwardId: string,
    readonly endsOn: IsoDate,
    readonly reason?: string,
  ) {}
}

@CommandHandler(EndReliefCommand)
export class EndReliefHandler implements ICommandHandler<EndReliefCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: EndReliefCommand): Promise<{ reliefAward: ReliefAwardRecord; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, reliefAwardId, endsOn, reason }: EndReliefCommand): Promise<{ reliefAward: ReliefAwardRecord; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'ending a relief');
    const councilId = requireCouncil(actor);
    const id = checkId(reliefAwardId, 'reliefAwardId');
    checkRatedDate(endsOn, 'endsOn');
    const { award, accountId, endedBefore } = await this.store.endRelief(actor, councilId, id, endsOn, reason);
    // Nothing changes before the earlier of the old and new ends, so the rebill starts there.
    const from = endedBefore !== null && endedBefore < endsOn ? endedBefore : endsOn;
    const notices = await rebillAfter(this.commands, actor, { accountIds: [accountId] }, from, reason ?? `${award.kind} relief ended`);
    return { reliefAward: award, notices };
  }
}
