import { Module } from '@nestjs/common';
import { ListCouncilEventsHandler, ListWebhookDeliveriesHandler } from './application/event-queries.js';
import { EventsStore } from './application/events-store.port.js';
import { ReplayEventHandler, ReplaySubscriptionHandler } from './application/replay.js';
import { WebhookDeliveryWorker } from './application/webhook-delivery-worker.js';
import { WebhookSender } from './application/webhook-sender.port.js';
import {
  CreateWebhookSubscriptionHandler, DeactivateWebhookSubscriptionHandler, ListWebhookSubscriptionsHandler,
} from './application/webhook-subscriptions.js';
import { FetchWebhookSender } from './infrastructure/fetch-webhook-sender.js';
import { TypeOrmEventsStore } from './infrastructure/typeorm-events-store.js';

/**
 * Events out: the council events the database writes into the outbox (ADR 0017), webhook
 * subscriptions, signed delivery with retries, and replay.
 */
@Module({
  providers: [
    { provide: EventsStore, useClass: TypeOrmEventsStore },
    { provide: WebhookSender, useClass: FetchWebhookSender },
    CreateWebhookSubscriptionHandler,
    ListWebhookSubscriptionsHandler,
    DeactivateWebhookSubscriptionHandler,
    ListCouncilEventsHandler,
    ListWebhookDeliveriesHandler,
    ReplayEventHandler,
    ReplaySubscriptionHandler,
    WebhookDeliveryWorker,
  ],
  exports: [WebhookDeliveryWorker],
})
export class EventsModule {}
