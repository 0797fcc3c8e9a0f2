import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { MAY_READ } from '../permissions.js';
import { RegisterStore, type AccountRecord } from './register-store.port.js';

/** An account by the reference the ratepayer quotes: its party, liabilities and reliefs. */
export class GetAccountQuery {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
  ) {}
}

@QueryHandler(GetAccountQuery)
export class GetAccountHandler implements IQueryHandler<GetAccountQuery> {
  constructor(private readonly store: RegisterStore) {}

  async execute({ actor, accountReference }: GetAccountQuery): Promise<AccountRecord> {
    requireAnyRole(actor, MAY_READ, 'reading accounts');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    const account = await this.store.findAccount(actor, councilId, reference);
    if (!account) throw new NotFoundError('account', reference);
    return account;
  }
}
