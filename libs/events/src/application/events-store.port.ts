import type { Actor } from '../../../tenancy/src/index.js';
import type { CouncilEventType, DeliveryStatus } from '../domain/event-types.js';
import type { AttemptResult, NextStep } from '../domain/retry-schedule.js';
import type { CouncilEvent } from '../domain/webhook-request.js';

export interface WebhookSubscriptionRecord {
  readonly subscriptionId: string;
  readonly endpointUrl: string;
  readonly eventTypes: readonly CouncilEventType[];
  readonly description: string | null;
  readonly active: boolean;
  readonly createdBy: string;
  readonly createdAt: string;
}

export interface NewSubscription {
  readonly endpointUrl: string;
  readonly eventTypes: readonly CouncilEventType[];
  readonly description: string | null;
  readonly signingSecret: string;
}

export interface WebhookDeliveryRecord {
  readonly deliveryId: string;
  readonly eventId: string;
  readonly eventType: CouncilEventType;
  readonly subscriptionId: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  /** When the next attempt is due; null once delivered or dead. */
  readonly nextAttemptAt: string | null;
  readonly lastAttemptAt: string | null;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  readonly deliveredAt: string | null;
  /** Made by a replay, not when the event was written. */
  readonly replay: boolean;
  readonly createdAt: string;
}

export interface EventFilter {
  readonly type?: CouncilEventType;
  readonly subject?: string;
  /** Events that occurred at or after this time. */
  readonly since?: Date;
  readonly limit: number;
}

export interface DeliveryFilter {
  readonly subscriptionId?: string;
  readonly eventId?: string;
  readonly status?: DeliveryStatus;
  readonly limit: number;
}

/** A delivery due now, with what it takes to sign and send it. */
export interface DueDelivery {
  readonly deliveryId: string;
  /** Attempts made before this one. */
  readonly attemptsMade: number;
  readonly event: CouncilEvent;
  readonly endpointUrl: string;
  readonly signingSecret: string;
}

export interface AttemptOutcome {
  readonly result: AttemptResult;
  readonly next: NextStep;
  readonly attemptedAt: Date;
}

export abstract class EventsStore {
  abstract createSubscription(actor: Actor, councilId: string, subscription: NewSubscription, reason: string): Promise<WebhookSubscriptionRecord>;
  abstract subscriptions(actor: Actor, councilId: string): Promise<WebhookSubscriptionRecord[]>;
  abstract subscription(actor: Actor, councilId: string, subscriptionId: string): Promise<WebhookSubscriptionRecord | null>;
  /** Deactivates it and kills its deliveries still waiting; null when there is no such subscription. */
  abstract deactivate(actor: Actor, councilId: string, subscriptionId: string, reason: string): Promise<WebhookSubscriptionRecord | null>;
  /** Newest first. */
  abstract events(actor: Actor, councilId: string, filter: EventFilter): Promise<CouncilEvent[]>;
  abstract event(actor: Actor, councilId: string, eventId: string): Promise<CouncilEvent | null>;
  /** Newest first. */
  abstract deliveries(actor: Actor, councilId: string, filter: DeliveryFilter): Promise<WebhookDeliveryRecord[]>;
  /** New pending deliveries of the event: to the one subscription named, or to every active subscription wanting its type. */
  abstract replayEvent(actor: Actor, councilId: string, eventId: string, subscriptionId: string | null, reason: string): Promise<WebhookDeliveryRecord[]>;
  /** How many of the subscription's types of event occurred since the time. */
  abstract countEventsSince(actor: Actor, councilId: string, subscriptionId: string, since: Date): Promise<number>;
  /** New pending deliveries to the subscription of every event of its types since the time, oldest first. */
  abstract replaySince(actor: Actor, councilId: string, subscriptionId: string, since: Date, reason: string): Promise<WebhookDeliveryRecord[]>;
  /**
   * In one transaction: locks up to `batchSize` deliveries due at `now` (skipping any another worker
   * holds), has `attempt` try each, and records each outcome. Resolves to the number tried.
   */
  abstract deliverDue(actor: Actor, councilId: string, now: Date, batchSize: number, attempt: (due: DueDelivery) => Promise<AttemptOutcome>): Promise<number>;
}
