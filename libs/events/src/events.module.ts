import { type DynamicModule, Module } from '@nestjs/common';
import { AesGcmSecretSealer, SecretSealer } from '../../secrets/src/index.js';
import { ListCouncilEventsHandler, ListWebhookDeliveriesHandler } from './application/event-queries.js';
import { EndpointPolicy, HostResolver } from './application/endpoint-policy.js';
import { EventsStore } from './application/events-store.port.js';
import { ReplayEventHandler, ReplaySubscriptionHandler } from './application/replay.js';
import { WebhookDeliveryWorker } from './application/webhook-delivery-worker.js';
import { WebhookSender } from './application/webhook-sender.port.js';
import {
  CreateWebhookSubscriptionHandler, DeactivateWebhookSubscriptionHandler, ListWebhookSubscriptionsHandler,
} from './application/webhook-subscriptions.js';
import { DnsHostResolver } from './infrastructure/dns-host-resolver.js';
import { FetchWebhookSender } from './infrastructure/fetch-webhook-sender.js';
import { TypeOrmEventsStore } from './infrastructure/typeorm-events-store.js';

/**
 * Events out: the council events the database writes into the outbox (ADR 0017), webhook
 * subscriptions, signed delivery with retries, and replay.
 */
@Module({})
export class EventsModule {
  /** `secretsKey`: the 32-byte key webhook signing secrets are sealed with (null: subscriptions can be neither made nor delivered to). */
  static forRoot(settings: EventsSettings): DynamicModule {
    return {
      module: EventsModule,
      providers: [
        { provide: EventsStore, useClass: TypeOrmEventsStore },
        { provide: SecretSealer, useValue: new AesGcmSecretSealer(settings.secretsKey) },
        { provide: EndpointPolicy, useValue: new EndpointPolicy(settings.allowLoopback) },
        { provide: HostResolver, useClass: DnsHostResolver },
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
    };
  }
}

export interface EventsSettings {
  readonly secretsKey: Buffer | null;
  /** Let webhooks go to loopback addresses (demo and tests: a receiver on this machine); never private or metadata ones. */
  readonly allowLoopback: boolean;
}
