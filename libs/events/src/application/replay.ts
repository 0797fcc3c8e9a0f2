import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkId, checkInstant } from '../domain/event-inputs.js';
import { EventsStore, type WebhookDeliveryRecord } from './events-store.port.js';
import { MAY_MANAGE_WEBHOOKS } from './permissions.js';

/** More than this in one replay is refused: a receiver that lost a month should be sent it a span at a time. */
export const MAX_EVENTS_REPLAYED = 10_000;

/**
 * Sends one event again: new pending deliveries, to the subscription named or to every active
 * subscription wanting its type. The event itself is never changed, so a receiver sees the same id
 * and body (a new delivery id and signature).
 */
export class ReplayEventCommand {
  constructor(
    readonly actor: Actor,
    readonly eventId: string,
    readonly subscriptionId?: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(ReplayEventCommand)
export class ReplayEventHandler implements ICommandHandler<ReplayEventCommand> {
  constructor(private readonly store: EventsStore) {}

  async execute({ actor, eventId, subscriptionId, reason }: ReplayEventCommand): Promise<WebhookDeliveryRecord[]> {
    requireAnyRole(actor, MAY_MANAGE_WEBHOOKS, 'replaying events');
    const councilId = requireCouncil(actor);
    const id = checkId(eventId, 'eventId');
    const to = subscriptionId === undefined ? null : await activeSubscription(this.store, actor, councilId, subscriptionId);
    const event = await this.store.event(actor, councilId, id);
    if (!event) throw new NotFoundError('event', id);
    if (to && !to.eventTypes.includes(event.type)) throw new InvalidInputError('subscriptionId', `the subscription does not take ${event.type} events`);
    return this.store.replayEvent(actor, councilId, id, to?.subscriptionId ?? null, reason ?? `replay of event ${id}`);
  }
}

/** Sends a subscription every event of its types since a time again, oldest first, as new pending deliveries. */
export class ReplaySubscriptionCommand {
  constructor(
    readonly actor: Actor,
    readonly subscriptionId: string,
    readonly since: string,
    readonly reason?: string,
  ) {}
}

@CommandHandler(ReplaySubscriptionCommand)
export class ReplaySubscriptionHandler implements ICommandHandler<ReplaySubscriptionCommand> {
  constructor(private readonly store: EventsStore) {}

  async execute({ actor, subscriptionId, since, reason }: ReplaySubscriptionCommand): Promise<WebhookDeliveryRecord[]> {
    requireAnyRole(actor, MAY_MANAGE_WEBHOOKS, 'replaying events');
    const councilId = requireCouncil(actor);
    const from = checkInstant(since, 'since');
    const subscription = await activeSubscription(this.store, actor, councilId, subscriptionId);
    const count = await this.store.countEventsSince(actor, councilId, subscription.subscriptionId, from);
    if (count > MAX_EVENTS_REPLAYED) throw new InvalidInputError('since', `${count} events since then, more than ${MAX_EVENTS_REPLAYED} at once: replay from a later time`);
    return this.store.replaySince(actor, councilId, subscription.subscriptionId, from, reason ?? `replay since ${from.toISOString()}`);
  }
}

async function activeSubscription(store: EventsStore, actor: Actor, councilId: string, subscriptionId: string) {
  const id = checkId(subscriptionId, 'subscriptionId');
  const subscription = await store.subscription(actor, councilId, id);
  if (!subscription) throw new NotFoundError('webhook subscription', id);
  if (!subscription.active) throw new ConflictError('the webhook subscription is not active: nothing is delivered to it', 'subscriptionId');
  return subscription;
}
