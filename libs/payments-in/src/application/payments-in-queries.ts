import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkAccountReferenceCursor } from './account-holder-cursor.js';
import { MAY_READ_PAYMENTS_IN } from './permissions.js';
import { PaymentsInStore, type AccountHolder, type NotificationRecord, type PaymentImportRecord } from './payments-in-store.port.js';

/** The latest payment notifications received, with what became of each: for the revenues team. */
export class ListPaymentNotificationsQuery {
  constructor(readonly actor: Actor, readonly limit = 100) {}
}

/** The latest payment files imported, with their totals. */
export class ListPaymentImportsQuery {
  constructor(readonly actor: Actor, readonly limit = 100) {}
}

/** A page of account holders (reference, balance, name, address) for an income-management system, in reference order. */
export class ListAccountHoldersQuery {
  constructor(readonly actor: Actor, readonly afterReference?: string, readonly limit = 500) {}
}

export const MAX_PAGE = 1000;

function checkLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_PAGE}`);
  return limit;
}

function readerCouncil(actor: Actor, action: string): string {
  requireAnyRole(actor, MAY_READ_PAYMENTS_IN, action);
  return requireCouncil(actor);
}

@QueryHandler(ListPaymentNotificationsQuery)
export class ListPaymentNotificationsHandler implements IQueryHandler<ListPaymentNotificationsQuery> {
  constructor(private readonly store: PaymentsInStore) {}

  execute({ actor, limit }: ListPaymentNotificationsQuery): Promise<NotificationRecord[]> {
    const councilId = readerCouncil(actor, 'reading payment notifications');
    return this.store.notifications(actor, councilId, checkLimit(limit));
  }
}

@QueryHandler(ListPaymentImportsQuery)
export class ListPaymentImportsHandler implements IQueryHandler<ListPaymentImportsQuery> {
  constructor(private readonly store: PaymentsInStore) {}

  execute({ actor, limit }: ListPaymentImportsQuery): Promise<PaymentImportRecord[]> {
    const councilId = readerCouncil(actor, 'reading payment imports');
    return this.store.imports(actor, councilId, checkLimit(limit));
  }
}

@QueryHandler(ListAccountHoldersQuery)
export class ListAccountHoldersHandler implements IQueryHandler<ListAccountHoldersQuery> {
  constructor(
    private readonly store: PaymentsInStore,
    private readonly clock: Clock,
  ) {}

  execute({ actor, afterReference, limit }: ListAccountHoldersQuery): Promise<AccountHolder[]> {
    const councilId = readerCouncil(actor, 'exporting account holders');
    return this.store.accountHolders(actor, councilId, checkAccountReferenceCursor(afterReference), checkLimit(limit), this.clock.today());
  }
}
