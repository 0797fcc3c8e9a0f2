import { randomBytes } from 'node:crypto';
import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkEndpointUrl } from '../domain/endpoint-url.js';
import { checkDescription, checkEventTypes, checkId } from '../domain/event-inputs.js';
import { EventsStore, type WebhookSubscriptionRecord } from './events-store.port.js';
import { MAY_MANAGE_WEBHOOKS, MAY_READ_EVENTS } from './permissions.js';

export interface WebhookSubscriptionRequest {
  readonly endpointUrl: string;
  readonly eventTypes: readonly string[];
  readonly description?: string | null;
}

/** The subscription, and its signing secret: shown this once and never again. */
export interface CreatedWebhookSubscription {
  readonly subscription: WebhookSubscriptionRecord;
  readonly signingSecret: string;
}

/** A manager points the council's events of some types at another system's endpoint. */
export class CreateWebhookSubscriptionCommand {
  constructor(
    readonly actor: Actor,
    readonly request: WebhookSubscriptionRequest,
    readonly reason?: string,
  ) {}
}

@CommandHandler(CreateWebhookSubscriptionCommand)
export class CreateWebhookSubscriptionHandler implements ICommandHandler<CreateWebhookSubscriptionCommand> {
  constructor(private readonly store: EventsStore) {}

  async execute({ actor, request, reason }: CreateWebhookSubscriptionCommand): Promise<CreatedWebhookSubscription> {
    requireAnyRole(actor, MAY_MANAGE_WEBHOOKS, 'subscribing to events');
    const councilId = requireCouncil(actor);
    const endpointUrl = checkEndpointUrl(request.endpointUrl);
    const eventTypes = checkEventTypes(request.eventTypes);
    const description = checkDescription(request.description);
    // 256 random bits: the receiver keys its HMAC with the whole string.
    const signingSecret = `whsec_${randomBytes(32).toString('base64url')}`;
    const subscription = await this.store.createSubscription(actor, councilId, { endpointUrl, eventTypes, description, signingSecret },
      reason ?? `webhook subscription to ${new URL(endpointUrl).host}`);
    return { subscription, signingSecret };
  }
}

/** The council's subscriptions, active or not, without their secrets. */
export class ListWebhookSubscriptionsQuery {
  constructor(readonly actor: Actor) {}
}

@QueryHandler(ListWebhookSubscriptionsQuery)
export class ListWebhookSubscriptionsHandler implements IQueryHandler<ListWebhookSubscriptionsQuery> {
  constructor(private readonly store: EventsStore) {}

  execute({ actor }: ListWebhookSubscriptionsQuery): Promise<WebhookSubscriptionRecord[]> {
    requireAnyRole(actor, MAY_READ_EVENTS, 'reading webhook subscriptions');
    return this.store.subscriptions(actor, requireCouncil(actor));
  }
}

/** Stops deliveries to a subscription: nothing new is queued for it and what was waiting is given up (dead). */
export class DeactivateWebhookSubscriptionCommand {
  constructor(
    readonly actor: Actor,
    readonly subscriptionId: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(DeactivateWebhookSubscriptionCommand)
export class DeactivateWebhookSubscriptionHandler implements ICommandHandler<DeactivateWebhookSubscriptionCommand> {
  constructor(private readonly store: EventsStore) {}

  async execute({ actor, subscriptionId, reason }: DeactivateWebhookSubscriptionCommand): Promise<WebhookSubscriptionRecord> {
    requireAnyRole(actor, MAY_MANAGE_WEBHOOKS, 'deactivating a webhook subscription');
    const councilId = requireCouncil(actor);
    const id = checkId(subscriptionId, 'subscriptionId');
    const deactivated = await this.store.deactivate(actor, councilId, id, reason ?? 'webhook subscription deactivated');
    if (!deactivated) throw new NotFoundError('webhook subscription', id);
    return deactivated;
  }
}
