import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError, type IsoDate } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import { checkId, checkRateableValue } from '../../domain/register/register-facts.js';
import type { IssuedNotice } from '../billing/billing-store.port.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/** A rateable value from a date (a list alteration, often backdated); the same date again corrects it. */
export class RecordRateableValueCommand {
  constructor(
    readonly actor: Actor,
    readonly hereditamentId: string,
    readonly effectiveFrom: IsoDate,
    readonly rateableValue: number,
    readonly reason?: string,
  ) {}
}

@CommandHandler(RecordRateableValueCommand)
export class RecordRateableValueHandler implements ICommandHandler<RecordRateableValueCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: RecordRateableValueCommand): Promise<{ hereditament: HereditamentRecord; notices: IssuedNotice[] }> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, hereditamentId, effectiveFrom, rateableValue, reason }: RecordRateableValueCommand): Promise<{ hereditament: HereditamentRecord; notices: IssuedNotice[] }> {
    requireAnyRole(actor, MAY_MAINTAIN, 'recording a rateable value');
    const councilId = requireCouncil(actor);
    checkRateableValue(rateableValue, effectiveFrom);
    checkId(hereditamentId, 'hereditamentId');
    if (!(await this.store.findHereditament(actor, councilId, hereditamentId))) throw new NotFoundError('hereditament', hereditamentId);
    await this.store.recordRateableValue(actor, councilId, hereditamentId, effectiveFrom, rateableValue, reason);
    const notices = await rebillAfter(this.commands, actor, { hereditamentIds: [hereditamentId] }, effectiveFrom, reason ?? 'rateable value changed');
    return { hereditament: (await this.store.findHereditament(actor, councilId, hereditamentId)) as HereditamentRecord, notices };
  }
}
