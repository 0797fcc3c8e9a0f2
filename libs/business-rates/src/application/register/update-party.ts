import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { applyPartyChanges, type PartyChanges } from '../../domain/register/register-changes.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type PartyRecord } from './register-store.port.js';

/** Corrects a ratepayer's name, kind or registration numbers. */
export class UpdatePartyCommand {
  constructor(
    readonly actor: Actor,
    readonly partyId: string,
    readonly changes: PartyChanges,
    readonly reason?: string,
  ) {}
}

@CommandHandler(UpdatePartyCommand)
export class UpdatePartyHandler implements ICommandHandler<UpdatePartyCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, partyId, changes, reason }: UpdatePartyCommand): Promise<PartyRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'updating a ratepayer');
    const councilId = requireCouncil(actor);
    const id = checkId(partyId, 'partyId');
    await this.store.updateParty(actor, councilId, id, (current) => applyPartyChanges(current, changes), reason);
    return (await this.store.findParty(actor, councilId, id)) as PartyRecord;
  }
}
