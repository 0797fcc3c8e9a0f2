import { Get, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AdminController } from './admin-controller.decorator.js';
import { AdminForms, type FormField } from './admin-forms.js';
import { AdminGraphql } from './admin-graphql.js';
import { AdminSessions, type SignedInSession } from './admin-sessions.js';
import { AdminViews } from './admin-views.js';
import { FormValues } from './form-values.js';

/** The events a subscription can take, as staff read them; the API says if one is not (or no longer) accepted. */
const EVENT_TYPES = [
  ['bill.issued', 'A bill is issued'],
  ['payment.received', 'A payment is received'],
  ['account.in-arrears', 'An account falls into arrears'],
  ['recovery.stage-reached', 'A recovery stage is reached'],
  ['relief.awarded', 'A relief is awarded'],
];
const SUBSCRIPTION_FIELDS = {
  endpointUrl: { id: 'endpointUrl', label: 'Endpoint address' },
  eventTypes: { id: 'eventTypes', label: 'Events' },
  description: { id: 'description', label: 'Description' },
} satisfies Record<string, FormField>;
const REPLAY_FIELDS = {
  subscriptionId: { id: 'subscriptionId', label: 'Subscription' },
  since: { id: 'since', anchor: 'since-day', label: 'Replay from' },
} satisfies Record<string, FormField>;
const DONE: Record<string, string> = {
  deactivated: 'Subscription deactivated: nothing more is delivered to it',
  replayed: 'Events queued for delivery again',
};

/** Webhook subscriptions (managers create and deactivate them) and their deliveries, each of which can be sent again. */
@AdminController('admin/webhooks')
export class WebhooksController {
  constructor(
    private readonly sessions: AdminSessions,
    private readonly graphql: AdminGraphql,
    private readonly views: AdminViews,
    private readonly forms: AdminForms,
  ) {}

  @Get()
  async webhooks(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.signedIn(request);
    const banner = typeof request.query.done === 'string' ? DONE[request.query.done] ?? null : null;
    this.views.render(response, 'webhooks.njk', session, { ...(await this.page(request, session)), banner });
  }

  @Post()
  async create(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const chosen = (request.body as Record<string, unknown>).eventTypes;
    const eventTypes = (Array.isArray(chosen) ? chosen : chosen ? [chosen] : []).filter((each): each is string => typeof each === 'string');
    if (eventTypes.length === 0) form.problems.push({ field: 'eventTypes', reason: 'must be chosen: at least one' });
    const input = { endpointUrl: form.required('endpointUrl'), eventTypes, description: form.optional('description'), reason: 'webhook subscription created in the admin UI' };
    await this.forms.submit(request, response, session, {
      view: 'webhooks.njk',
      context: { ...(await this.page(request, session)), chosenTypes: eventTypes },
      fields: SUBSCRIPTION_FIELDS,
      problems: form.problems,
      perform: async () => {
        const { createWebhookSubscription } = await this.graphql.execute<{ createWebhookSubscription: { signingSecret: string; subscription: { endpointUrl: string } } }>(
          request, session.user.token,
          'mutation CreateWebhook($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { signingSecret subscription { subscriptionId endpointUrl eventTypes } } }',
          { input },
        );
        // The secret cannot be read again: shown on this answer only, never in an address or a later page.
        return { view: 'webhook-created.njk', context: { title: 'Webhook subscription created', section: 'webhooks', ...createWebhookSubscription } };
      },
    });
  }

  @Post(':subscriptionId/deactivate')
  async deactivate(@Req() request: Request, @Res() response: Response, @Param('subscriptionId') subscriptionId: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    await this.graphql.execute(request, session.user.token,
      'mutation Deactivate($id: String!) { deactivateWebhookSubscription(subscriptionId: $id, input: { reason: "deactivated in the admin UI" }) { active } }',
      { id: subscriptionId });
    response.redirect(303, '/admin/webhooks?done=deactivated');
  }

  @Post('replay')
  async replaySubscription(@Req() request: Request, @Res() response: Response): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const form = new FormValues(request.body as Record<string, unknown>);
    const subscriptionId = form.required('subscriptionId');
    const since = form.date('since', { required: true });
    await this.forms.submit(request, response, session, {
      view: 'webhooks.njk',
      context: await this.page(request, session),
      fields: REPLAY_FIELDS,
      problems: form.problems,
      perform: async () => {
        await this.graphql.execute(request, session.user.token,
          'mutation ReplaySubscription($id: String!, $input: ReplaySubscriptionInput!) { replayWebhookSubscription(subscriptionId: $id, input: $input) { deliveryId } }',
          { id: subscriptionId, input: { since: `${since}T00:00:00Z`, reason: 'replayed in the admin UI' } });
        return '/admin/webhooks?done=replayed';
      },
    });
  }

  @Post('events/:eventId/replay')
  async replayEvent(@Req() request: Request, @Res() response: Response, @Param('eventId') eventId: string): Promise<void> {
    const session = await this.sessions.submittedForm(request);
    const subscriptionId = new FormValues(request.body as Record<string, unknown>).optional('subscriptionId');
    await this.graphql.execute(request, session.user.token,
      'mutation ReplayEvent($id: String!, $input: ReplayEventInput) { replayCouncilEvent(eventId: $id, input: $input) { deliveryId } }',
      { id: eventId, input: { subscriptionId, reason: 'replayed in the admin UI' } });
    response.redirect(303, '/admin/webhooks?done=replayed');
  }

  private async page(request: Request, session: SignedInSession) {
    const { webhookSubscriptions, webhookDeliveries } = await this.graphql.execute<{ webhookSubscriptions: unknown[]; webhookDeliveries: unknown[] }>(
      request, session.user.token,
      `{
        webhookSubscriptions { subscriptionId endpointUrl eventTypes description active createdBy createdAt }
        webhookDeliveries(limit: 50) { deliveryId eventId eventType subscriptionId status attempts nextAttemptAt lastAttemptAt lastStatusCode lastError deliveredAt replay createdAt }
      }`,
    );
    return { title: 'Webhooks', section: 'webhooks', webhookSubscriptions, webhookDeliveries, eventTypes: EVENT_TYPES, canManage: session.user.roles.includes('revenues-manager') };
  }
}
