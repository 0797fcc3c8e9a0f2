import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isIsoDate, NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { MAY_READ } from '../permissions.js';
import { CollectionStore, type AccountStatement, type PaymentRecord } from './collection-store.port.js';

/** Every debit and credit on an account up to a date, with the running balance. */
export class AccountStatementQuery {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
    readonly asAt?: string,
  ) {}
}

/** Payments waiting in suspense for an officer to find their account. */
export class ListSuspensePaymentsQuery {
  constructor(readonly actor: Actor) {}
}

@QueryHandler(AccountStatementQuery)
export class AccountStatementHandler implements IQueryHandler<AccountStatementQuery> {
  constructor(
    private readonly store: CollectionStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, accountReference, asAt }: AccountStatementQuery): Promise<AccountStatement> {
    requireAnyRole(actor, MAY_READ, 'reading account statements');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    if (asAt !== undefined && !isIsoDate(asAt)) throw new InvalidInputError('asAt', 'must be a date such as 2024-09-30');
    const statement = await this.store.statement(actor, councilId, reference, asAt ?? this.clock.today());
    if (!statement) throw new NotFoundError('account', reference);
    return statement;
  }
}

@QueryHandler(ListSuspensePaymentsQuery)
export class ListSuspensePaymentsHandler implements IQueryHandler<ListSuspensePaymentsQuery> {
  constructor(private readonly store: CollectionStore) {}

  execute({ actor }: ListSuspensePaymentsQuery): Promise<PaymentRecord[]> {
    requireAnyRole(actor, MAY_READ, 'reading suspense payments');
    return this.store.suspensePayments(actor, requireCouncil(actor));
  }
}
