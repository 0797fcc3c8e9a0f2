import type { CouncilEventType, DeliveryStatus } from '../domain/event-types.js';
import type { CouncilEvent } from '../domain/webhook-request.js';
import type { WebhookDeliveryRecord, WebhookSubscriptionRecord } from '../application/events-store.port.js';

export const EVENT_COLUMNS = `e.council_event_id, e.council_id, e.event_type, e.schema_version, e.occurred_at, e.subject, e.payload`;
export const SUBSCRIPTION_COLUMNS = `s.webhook_subscription_id, s.endpoint_url, s.event_types, s.description, s.active, s.created_by, s.created_at`;
export const DELIVERY_COLUMNS = `d.webhook_delivery_id, d.council_event_id, d.webhook_subscription_id, d.status, d.attempts, d.next_attempt_at,
  d.last_attempt_at, d.last_status_code, d.last_error, d.delivered_at, d.replay, d.created_at,
  (select e.event_type from council_events e where e.council_id = d.council_id and e.council_event_id = d.council_event_id) as event_type`;

type Row = Record<string, unknown>;

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : (value as Date).toISOString());

export function toEvent(row: Row): CouncilEvent {
  return {
    eventId: row.council_event_id as string,
    councilId: row.council_id as string,
    type: row.event_type as CouncilEventType,
    schemaVersion: row.schema_version as number,
    occurredAt: iso(row.occurred_at) as string,
    subject: row.subject as string,
    payload: row.payload as Record<string, unknown>,
  };
}

export function toSubscription(row: Row): WebhookSubscriptionRecord {
  return {
    subscriptionId: row.webhook_subscription_id as string,
    endpointUrl: row.endpoint_url as string,
    eventTypes: row.event_types as CouncilEventType[],
    description: row.description as string | null,
    active: row.active as boolean,
    createdBy: row.created_by as string,
    createdAt: iso(row.created_at) as string,
  };
}

export function toDelivery(row: Row): WebhookDeliveryRecord {
  const status = row.status as DeliveryStatus;
  return {
    deliveryId: row.webhook_delivery_id as string,
    eventId: row.council_event_id as string,
    eventType: row.event_type as CouncilEventType,
    subscriptionId: row.webhook_subscription_id as string,
    status,
    attempts: row.attempts as number,
    nextAttemptAt: status === 'pending' || status === 'retrying' ? iso(row.next_attempt_at) : null,
    lastAttemptAt: iso(row.last_attempt_at),
    lastStatusCode: row.last_status_code as number | null,
    lastError: row.last_error as string | null,
    deliveredAt: iso(row.delivered_at),
    replay: row.replay as boolean,
    createdAt: iso(row.created_at) as string,
  };
}
