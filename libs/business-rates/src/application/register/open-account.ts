import { randomUUID } from 'node:crypto';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkId } from '../../domain/register/register-facts.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type AccountRecord } from './register-store.port.js';

/** A ratepayer's business rates account, with the council's next reference. */
export class OpenAccountCommand {
  constructor(
    readonly actor: Actor,
    readonly partyId: string,
    readonly instalmentPreference: number = 10,
    readonly reason?: string,
  ) {}
}

@CommandHandler(OpenAccountCommand)
export class OpenAccountHandler implements ICommandHandler<OpenAccountCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, partyId, instalmentPreference, reason }: OpenAccountCommand): Promise<AccountRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'opening an account');
    const councilId = requireCouncil(actor);
    checkId(partyId, 'partyId');
    if (instalmentPreference !== 10 && instalmentPreference !== 12) throw new InvalidInputError('instalmentPreference', 'must be 10 or 12');
    const reference = await this.store.openAccount(actor, councilId, randomUUID(), partyId, instalmentPreference, reason);
    return (await this.store.findAccount(actor, councilId, reference)) as AccountRecord;
  }
}
