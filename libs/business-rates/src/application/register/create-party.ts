import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkPartyDetails, type PartyDetails } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type PartyRecord } from './register-store.port.js';

/** A ratepayer: a company, an individual, a charity or a club. */
export class CreatePartyCommand {
  constructor(
    readonly actor: Actor,
    readonly details: PartyDetails,
    readonly reason?: string,
  ) {}
}

@CommandHandler(CreatePartyCommand)
export class CreatePartyHandler implements ICommandHandler<CreatePartyCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, details, reason }: CreatePartyCommand): Promise<PartyRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'adding a ratepayer');
    const councilId = requireCouncil(actor);
    const checked = checkPartyDetails(details);
    const partyId = randomUUID();
    await this.store.addParty(actor, councilId, partyId, checked, reason);
    return { ...checked, partyId, contacts: [] };
  }
}
