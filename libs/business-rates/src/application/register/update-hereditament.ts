import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { applyHereditamentChanges, type HereditamentChanges } from '../../domain/register/register-changes.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type HereditamentRecord } from './register-store.port.js';

/** Corrects how a hereditament is described (address, use, SCat, listing, UPRN); its value and occupation have their own use cases. */
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
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, hereditamentId, changes, reason }: UpdateHereditamentCommand): Promise<HereditamentRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'updating a hereditament');
    const councilId = requireCouncil(actor);
    const id = checkId(hereditamentId, 'hereditamentId');
    await this.store.updateHereditament(actor, councilId, id, (current) => applyHereditamentChanges(current, changes), reason);
    return (await this.store.findHereditament(actor, councilId, id)) as HereditamentRecord;
  }
}
