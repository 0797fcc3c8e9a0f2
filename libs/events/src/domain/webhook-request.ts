import type { CouncilEventType } from './event-types.js';
import { webhookSignature } from './webhook-signature.js';

/** The headers of every delivery (documented in docs/integrations/events-and-webhooks.md). */
export const WEBHOOK_HEADERS = {
  /** The delivery: the same on every attempt at it, new for a replay. */
  deliveryId: 'Revenues-Webhook-Id',
  /** The event: the same on a replay, so a receiver can tell it has already seen it. */
  eventId: 'Revenues-Event-Id',
  eventType: 'Revenues-Event-Type',
  timestamp: 'Revenues-Webhook-Timestamp',
  signature: 'Revenues-Webhook-Signature',
} as const;

export interface CouncilEvent {
  readonly eventId: string;
  readonly councilId: string;
  readonly type: CouncilEventType;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly subject: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

export interface WebhookRequest {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

/** The event's JSON envelope, signed with the subscription's secret as of `now`. */
export function signedWebhookRequest(event: CouncilEvent, deliveryId: string, secret: string, now: Date): WebhookRequest {
  const body = JSON.stringify({
    id: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    occurredAt: event.occurredAt,
    councilId: event.councilId,
    subject: event.subject,
    data: event.payload,
  });
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [WEBHOOK_HEADERS.deliveryId]: deliveryId,
      [WEBHOOK_HEADERS.eventId]: event.eventId,
      [WEBHOOK_HEADERS.eventType]: event.type,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: webhookSignature(secret, timestamp, body),
    },
  };
}
