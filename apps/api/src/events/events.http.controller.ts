import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  CreateWebhookSubscriptionCommand, DeactivateWebhookSubscriptionCommand, ListCouncilEventsQuery, ListWebhookDeliveriesQuery,
  ListWebhookSubscriptionsQuery, ReplayEventCommand, ReplaySubscriptionCommand,
} from '../../../../libs/events/src/index.js';
import type { Actor } from '../../../../libs/tenancy/src/index.js';
import { CurrentActor } from '../auth/current-actor.decorator.js';
import { CouncilEventsArgs, ReplayEventInput, ReplaySubscriptionInput, WebhookDeliveriesArgs, WebhookSubscriptionInput } from './events.inputs.js';
import { ReasonInput } from '../graphql/reason.input.js';
import { CouncilEventView, CreatedWebhookSubscriptionView, WebhookDeliveryView, WebhookSubscriptionView } from './events.views.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1')
export class EventsHttpController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('webhook-subscriptions')
  @HttpCode(201)
  @ApiOperation({ summary: "Send the council's events of some types to an endpoint, signed; the signing secret is in this response only" })
  @ApiCreatedResponse({ type: CreatedWebhookSubscriptionView })
  subscribe(@CurrentActor() actor: Actor, @Body() input: WebhookSubscriptionInput) {
    const { reason, ...request } = input;
    return this.commands.execute(new CreateWebhookSubscriptionCommand(actor, request, reason));
  }

  @Get('webhook-subscriptions')
  @ApiOperation({ summary: 'The council’s webhook subscriptions, without their secrets' })
  @ApiOkResponse({ type: [WebhookSubscriptionView] })
  subscriptions(@CurrentActor() actor: Actor) {
    return this.queries.execute(new ListWebhookSubscriptionsQuery(actor));
  }

  @Post('webhook-subscriptions/:subscriptionId/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Stop delivering to a subscription; deliveries still waiting for it become dead' })
  @ApiOkResponse({ type: WebhookSubscriptionView })
  deactivate(@CurrentActor() actor: Actor, @Param('subscriptionId') subscriptionId: string, @Body() input: ReasonInput) {
    return this.commands.execute(new DeactivateWebhookSubscriptionCommand(actor, subscriptionId, input.reason));
  }

  @Post('webhook-subscriptions/:subscriptionId/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deliver again every event of the subscription’s types since a time: new pending deliveries (at most 10,000 events)' })
  @ApiOkResponse({ type: [WebhookDeliveryView] })
  @ApiConflictResponse({ description: 'The subscription is not active.' })
  replaySubscription(@CurrentActor() actor: Actor, @Param('subscriptionId') subscriptionId: string, @Body() input: ReplaySubscriptionInput) {
    return this.commands.execute(new ReplaySubscriptionCommand(actor, subscriptionId, input.since, input.reason));
  }

  @Get('events')
  @ApiOperation({ summary: 'The council’s events, newest first, as recorded in the outbox' })
  @ApiOkResponse({ type: [CouncilEventView] })
  events(@CurrentActor() actor: Actor, @Query() filter: CouncilEventsArgs) {
    return this.queries.execute(new ListCouncilEventsQuery(actor, filter));
  }

  @Post('events/:eventId/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deliver one event again (the event is unchanged): a new pending delivery per subscription' })
  @ApiOkResponse({ type: [WebhookDeliveryView] })
  @ApiConflictResponse({ description: 'The subscription named is not active.' })
  replayEvent(@CurrentActor() actor: Actor, @Param('eventId') eventId: string, @Body() input: ReplayEventInput) {
    return this.commands.execute(new ReplayEventCommand(actor, eventId, input.subscriptionId, input.reason));
  }

  @Get('webhook-deliveries')
  @ApiOperation({ summary: 'Deliveries, newest first, with their status, attempts and last answer' })
  @ApiOkResponse({ type: [WebhookDeliveryView] })
  deliveries(@CurrentActor() actor: Actor, @Query() filter: WebhookDeliveriesArgs) {
    return this.queries.execute(new ListWebhookDeliveriesQuery(actor, filter));
  }
}
