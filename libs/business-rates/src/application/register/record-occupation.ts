import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import { checkId, checkRatedDate } from '../../domain/register/register-facts.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/** Occupied or empty from a date, until the next such record. */
export class RecordOccupationCommand {
  constructor(
    readonly actor: Actor,
    readonly hereditamentId: string,
    readonly startsOn: IsoDate,
    readonly occupied: boolean,
    readonly reason?: string,
  ) {}
}

@CommandHandler(RecordOccupationCommand)
export class RecordOccupationHandler implements ICommandHandler<RecordOccupationCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: RecordOccupationCommand): Promise<{ hereditament: HereditamentRecord; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, hereditamentId, startsOn, occupied, reason }: RecordOccupationCommand): Promise<{ hereditament: HereditamentRecord; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'recording occupation');
    const councilId = requireCouncil(actor);
    checkRatedDate(startsOn, 'startsOn');
    checkId(hereditamentId, 'hereditamentId');
    if (!(await this.store.findHereditament(actor, councilId, hereditamentId))) throw new NotFoundError('hereditament', hereditamentId);
    await this.store.recordOccupation(actor, councilId, hereditamentId, startsOn, occupied, reason);
    const notices = await rebillAfter(this.commands, actor, { hereditamentIds: [hereditamentId] }, startsOn, reason ?? (occupied ? 'occupied' : 'empty'));
    return { hereditament: (await this.store.findHereditament(actor, councilId, hereditamentId)) as HereditamentRecord, notices };
  }
}
