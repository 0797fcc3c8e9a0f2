import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  CreateWebhookSubscriptionCommand, DeactivateWebhookSubscriptionCommand, ListCouncilEventsQuery, ListWebhookDeliveriesQuery,
  ListWebhookSubscriptionsQuery, ReplayEventCommand, ReplaySubscriptionCommand,
} from '../../../../libs/events/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CouncilEventsArgs, ReplayEventInput, ReplaySubscriptionInput, WebhookDeliveriesArgs, WebhookSubscriptionInput } from './events.inputs.js';
import { ReasonInput } from '../graphql/reason.input.js';
import { CouncilEventView, CreatedWebhookSubscriptionView, WebhookDeliveryView, WebhookSubscriptionView } from './events.views.js';

/** GraphQL leaves unset optional arguments null; the use cases take them as absent. */
const given = <T>(value: T | null | undefined): T | undefined => value ?? undefined;

@Resolver()
export class EventsResolver {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Mutation(() => CreatedWebhookSubscriptionView, { description: "Sends the council's events of some types to an endpoint, signed; the secret is shown only here." })
  createWebhookSubscription(@CurrentActor() actor: Actor, @Args('input') input: WebhookSubscriptionInput) {
    return this.commands.execute(new CreateWebhookSubscriptionCommand(actor, { ...input, description: given(input.description) }, given(input.reason)));
  }

  @Query(() => [WebhookSubscriptionView], { description: 'The council’s webhook subscriptions, without their secrets.' })
  webhookSubscriptions(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListWebhookSubscriptionsQuery(actor));
  }

  @Mutation(() => WebhookSubscriptionView, { description: 'Stops delivering to a subscription.' })
  deactivateWebhookSubscription(@CurrentActor() actor: Actor, @Args('subscriptionId') subscriptionId: string, @Args('input', { nullable: true }) input?: ReasonInput) {
    return this.commands.execute(new DeactivateWebhookSubscriptionCommand(actor, subscriptionId, given(input?.reason)));
  }

  @Mutation(() => [WebhookDeliveryView], { description: 'Delivers again every event of the subscription’s types since a time.' })
  replayWebhookSubscription(@CurrentActor() actor: Actor, @Args('subscriptionId') subscriptionId: string, @Args('input') input: ReplaySubscriptionInput) {
    return this.commands.execute(new ReplaySubscriptionCommand(actor, subscriptionId, input.since, given(input.reason)));
  }

  @Query(() => [CouncilEventView], { description: 'The council’s events, newest first.' })
  councilEvents(@CurrentActor() actor: Actor, @Args() filter: CouncilEventsArgs) {
    return this.queries.execute(new ListCouncilEventsQuery(actor, {
      type: given(filter.type), subject: given(filter.subject), since: given(filter.since), limit: given(filter.limit),
    }));
  }

  @Mutation(() => [WebhookDeliveryView], { description: 'Delivers one event again; the event is unchanged.' })
  replayCouncilEvent(@CurrentActor() actor: Actor, @Args('eventId') eventId: string, @Args('input', { nullable: true }) input?: ReplayEventInput) {
    return this.commands.execute(new ReplayEventCommand(actor, eventId, given(input?.subscriptionId), given(input?.reason)));
  }

  @Query(() => [WebhookDeliveryView], { description: 'Deliveries, newest first, with their status.' })
  webhookDeliveries(@CurrentActor() actor: Actor, @Args() filter: WebhookDeliveriesArgs) {
    return this.queries.execute(new ListWebhookDeliveriesQuery(actor, {
      subscriptionId: given(filter.subscriptionId), eventId: given(filter.eventId), status: given(filter.status), limit: given(filter.limit),
    }));
  }
}
