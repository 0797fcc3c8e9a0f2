import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { checkAccountReference } from '../../../business-rates/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import type { NotificationRecord } from '../domain/notification.js';
import { NotificationStore } from './notification-store.port.js';
import { MAY_READ_DOCUMENTS } from './permissions.js';

/** The notifications sent (or tried) for an account, newest first. */
export class ListAccountNotificationsQuery {
  constructor(readonly actor: Actor, readonly accountReference: string) {}
}

@QueryHandler(ListAccountNotificationsQuery)
export class ListAccountNotificationsHandler implements IQueryHandler<ListAccountNotificationsQuery> {
  constructor(private readonly store: NotificationStore) {}

  execute({ actor, accountReference }: ListAccountNotificationsQuery): Promise<NotificationRecord[]> {
    requireAnyRole(actor, MAY_READ_DOCUMENTS, 'reading notifications');
    return this.store.listForAccount(actor, requireCouncil(actor), checkAccountReference(accountReference));
  }
}
