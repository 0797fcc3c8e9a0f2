import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkContact, type ContactDetails } from '../../domain/register/contacts-and-notes.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type PartyRecord } from './register-store.port.js';

/** An email address, phone number or correspondence address for a ratepayer. */
export class AddContactCommand {
  constructor(
    readonly actor: Actor,
    readonly partyId: string,
    readonly contact: ContactDetails,
    readonly reason?: string,
  ) {}
}

@CommandHandler(AddContactCommand)
export class AddContactHandler implements ICommandHandler<AddContactCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, partyId, contact, reason }: AddContactCommand): Promise<PartyRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'adding a contact');
    const councilId = requireCouncil(actor);
    const id = checkId(partyId, 'partyId');
    await this.store.addContact(actor, councilId, randomUUID(), id, checkContact(contact), reason);
    return (await this.store.findParty(actor, councilId, id)) as PartyRecord;
  }
}
