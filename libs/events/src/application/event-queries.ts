import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkDeliveryStatus, checkEventType, checkId, checkInstant, checkLimit } from '../domain/event-inputs.js';
import type { CouncilEvent } from '../domain/webhook-request.js';
import { EventsStore, type WebhookDeliveryRecord } from './events-store.port.js';
import { MAY_READ_EVENTS } from './permissions.js';

export interface CouncilEventsFilter {
  readonly type?: string;
  /** An account reference. */
  readonly subject?: string;
  readonly since?: string;
  readonly limit?: number;
}

/** The council's events, newest first: the outbox as recorded. */
export class ListCouncilEventsQuery {
  constructor(
    readonly actor: Actor,
    readonly filter: CouncilEventsFilter = {},
  ) {}
}

@QueryHandler(ListCouncilEventsQuery)
export class ListCouncilEventsHandler implements IQueryHandler<ListCouncilEventsQuery> {
  constructor(private readonly store: EventsStore) {}

  execute({ actor, filter }: ListCouncilEventsQuery): Promise<CouncilEvent[]> {
    requireAnyRole(actor, MAY_READ_EVENTS, 'reading events');
    const councilId = requireCouncil(actor);
    return this.store.events(actor, councilId, {
      type: filter.type === undefined ? undefined : checkEventType(filter.type),
      subject: filter.subject,
      since: filter.since === undefined ? undefined : checkInstant(filter.since, 'since'),
      limit: checkLimit(filter.limit),
    });
  }
}

export interface WebhookDeliveriesFilter {
  readonly subscriptionId?: string;
  readonly eventId?: string;
  readonly status?: string;
  readonly limit?: number;
}

/** Deliveries, newest first, with how each stands: attempts, the last status or error, the next attempt. */
export class ListWebhookDeliveriesQuery {
  constructor(
    readonly actor: Actor,
    readonly filter: WebhookDeliveriesFilter = {},
  ) {}
}

@QueryHandler(ListWebhookDeliveriesQuery)
export class ListWebhookDeliveriesHandler implements IQueryHandler<ListWebhookDeliveriesQuery> {
  constructor(private readonly store: EventsStore) {}

  execute({ actor, filter }: ListWebhookDeliveriesQuery): Promise<WebhookDeliveryRecord[]> {
    requireAnyRole(actor, MAY_READ_EVENTS, 'reading webhook deliveries');
    const councilId = requireCouncil(actor);
    return this.store.deliveries(actor, councilId, {
      subscriptionId: filter.subscriptionId === undefined ? undefined : checkId(filter.subscriptionId, 'subscriptionId'),
      eventId: filter.eventId === undefined ? undefined : checkId(filter.eventId, 'eventId'),
      status: filter.status === undefined ? undefined : checkDeliveryStatus(filter.status),
      limit: checkLimit(filter.limit),
    });
  }
}
