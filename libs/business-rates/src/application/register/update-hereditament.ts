import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor, UnitOfWork } from '../../../../tenancy/src/index.js';
import { applyHereditamentChanges, type HereditamentChanges } from '../../domain/register/register-changes.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { rebillAfter } from './fact-changed.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/**
 * Corrects how a hereditament is described (address, use, SCat, listing, UPRN); its value and
 * occupation have their own use cases. A correction of what the engine reads (the use, for
 * retail, hospitality and leisure relief; the listing, for empty property) holds for all time, so
 * the ratepayers are rebilled from the start of the earliest liability.
 */
export class UpdateHereditamentCommand {
  constructor(
    readonly actor: Actor,
    readonly hereditamentId: string,
    readonly changes: HereditamentChanges,
    readonly reason?: string,
  ) {}
}

@CommandHandler(UpdateHereditamentCommand)
export class UpdateHereditamentHandler implements ICommandHandler<UpdateHereditamentCommand> {
  constructor(
    private readonly store: RegisterStore,
    private readonly commands: CommandBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The change and the notices it causes are stored together or not at all. */
  execute(command: UpdateHereditamentCommand): Promise<HereditamentRecord> {
    return this.unitOfWork.inOneTransaction(command.actor, requireCouncil(command.actor), () => this.change(command), command.reason);
  }

  private async change({ actor, hereditamentId, changes, reason }: UpdateHereditamentCommand): Promise<HereditamentRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'updating a hereditament');
    const councilId = requireCouncil(actor);
    const id = checkId(hereditamentId, 'hereditamentId');
    const before = await this.store.findHereditament(actor, councilId, id);
    await this.store.updateHereditament(actor, councilId, id, (current) => applyHereditamentChanges(current, changes), reason);
    const after = (await this.store.findHereditament(actor, councilId, id)) as HereditamentRecord;
    const engineReadsIt = before && (before.propertyUse !== after.propertyUse || before.listedBuilding !== after.listedBuilding);
    if (engineReadsIt && after.liabilities.length > 0) {
      const from = after.liabilities.map((liability) => liability.startsOn).sort()[0];
      await rebillAfter(this.commands, actor, { hereditamentIds: [id] }, from, reason ?? 'hereditament corrected');
    }
    return after;
  }
}
