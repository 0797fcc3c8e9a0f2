import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { RegisterStore, type AccountRecord } from './register-store.port.js';

/**
 * The ratepayer asks to pay in 10 or 12 instalments. It applies to notices issued from now on;
 * nothing is rebilled, since the amount due does not change.
 */
export class UpdateAccountCommand {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly instalmentPreference: number,
    readonly reason?: string,
  ) {}
}

@CommandHandler(UpdateAccountCommand)
export class UpdateAccountHandler implements ICommandHandler<UpdateAccountCommand> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, accountReference, instalmentPreference, reason }: UpdateAccountCommand): Promise<AccountRecord> {
    requireAnyRole(actor, MAY_MAINTAIN, 'changing an account');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    if (instalmentPreference !== 10 && instalmentPreference !== 12) throw new InvalidInputError('instalmentPreference', 'must be 10 or 12');
    await this.store.setInstalmentPreference(actor, councilId, reference, instalmentPreference, reason);
    return (await this.store.findAccount(actor, councilId, reference)) as AccountRecord;
  }
}
