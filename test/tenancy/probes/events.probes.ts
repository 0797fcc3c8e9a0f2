import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { expectForRole, expectGraphqlForRole, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const MANAGE: Role[] = ['revenues-manager'];
const A_ENDPOINT = 'https://crm.alpha-secret-receiver.example/hooks/rates';
const B_SUBSCRIPTION = { endpointUrl: 'https://crm.bravo.example/hooks', eventTypes: ['payment.received'] };

const call = (world: IsolationWorld, token: string, method: 'get' | 'post', path: string, body?: object) =>
  world.api.http[method](`/v1${path}`).set('authorization', `Bearer ${token}`).send(body);

/** What A's outbox holds, as A's manager sees it. */
async function aOutbox(world: IsolationWorld) {
  const subscriptions = (await call(world, world.a.manager, 'get', '/webhook-subscriptions').expect(200)).body;
  const events = (await call(world, world.a.manager, 'get', '/events?limit=1000').expect(200)).body;
  const deliveries = (await call(world, world.a.manager, 'get', '/webhook-deliveries?limit=1000').expect(200)).body;
  return JSON.stringify({ subscriptions, events, deliveries });
}

async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  expect(await aOutbox(world)).toBe(world.a.seeded.eventsOutbox);
}

/** Events out: a probe for every route and field. */
export const eventsProbes: ProbeSet = {
  async seed(world) {
    const created = await call(world, world.a.manager, 'post', '/webhook-subscriptions', {
      endpointUrl: A_ENDPOINT, eventTypes: ['payment.received', 'bill.issued'], description: 'Alpha secret CRM hook',
    }).expect(201);
    world.a.secrets.push(A_ENDPOINT, created.body.signingSecret, 'Alpha secret CRM hook');
    world.a.seeded.eventsSubscriptionId = created.body.subscription.subscriptionId;
    // The earlier seeds' payments and bills are A's events; a replay gives the new subscription deliveries of them.
    const replayed = await call(world, world.a.manager, 'post', `/webhook-subscriptions/${created.body.subscription.subscriptionId}/replay`, { since: '2000-01-01T00:00:00Z' }).expect(200);
    expect(replayed.body.length).toBeGreaterThan(0);
    world.a.seeded.eventsEventId = replayed.body[0].eventId;
    // The event id is not a secret to B, who sends it in the probes (and is told it was not found); the delivery id is.
    world.a.secrets.push(replayed.body[0].deliveryId);
    world.a.seeded.eventsOutbox = await aOutbox(world);
  },
  rest: {
    'POST /v1/webhook-subscriptions': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, MANAGE, 201, await call(world, token, 'post', '/webhook-subscriptions', B_SUBSCRIPTION));
        await aIsUnchanged(world);
      }),
    'GET /v1/webhook-subscriptions': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/webhook-subscriptions'))),
    'POST /v1/webhook-subscriptions/{subscriptionId}/deactivate': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, MANAGE, 404, await call(world, token, 'post', `/webhook-subscriptions/${world.a.seeded.eventsSubscriptionId}/deactivate`, {}));
        await aIsUnchanged(world);
      }),
    'POST /v1/webhook-subscriptions/{subscriptionId}/replay': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'post', `/webhook-subscriptions/${world.a.seeded.eventsSubscriptionId}/replay`, { since: '2000-01-01T00:00:00Z' });
        expectForRole(world, role, MANAGE, 404, response);
        await aIsUnchanged(world);
      }),
    'GET /v1/events': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/events?limit=1000'))),
    'POST /v1/events/{eventId}/replay': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, MANAGE, 404, await call(world, token, 'post', `/events/${world.a.seeded.eventsEventId}/replay`, {}));
        await aIsUnchanged(world);
      }),
    'GET /v1/webhook-deliveries': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'get', `/webhook-deliveries?eventId=${world.a.seeded.eventsEventId}`);
        expectForRole(world, role, READERS, 200, response);
        if (READERS.includes(role)) expect(response.body).toEqual([]);
        expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/webhook-deliveries?limit=1000'));
      }),
  },
  graphql: {
    'Mutation.createWebhookSubscription': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const mutation = 'mutation ($input: WebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { signingSecret subscription { subscriptionId } } }';
        expectGraphqlForRole(world, role, MANAGE, undefined, (await world.api.graphql(token, mutation, { input: B_SUBSCRIPTION })).body);
        await aIsUnchanged(world);
      }),
    'Query.webhookSubscriptions': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ webhookSubscriptions { subscriptionId endpointUrl description } }')).body);
      }),
    'Mutation.deactivateWebhookSubscription': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { deactivateWebhookSubscription(subscriptionId: $id) { active } }', { id: world.a.seeded.eventsSubscriptionId });
        expectGraphqlForRole(world, role, MANAGE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.replayWebhookSubscription': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { replayWebhookSubscription(subscriptionId: $id, input: { since: "2000-01-01T00:00:00Z" }) { deliveryId } }', {
          id: world.a.seeded.eventsSubscriptionId,
        });
        expectGraphqlForRole(world, role, MANAGE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Query.councilEvents': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ councilEvents(limit: 1000) { eventId type subject payload } }')).body);
      }),
    'Mutation.replayCouncilEvent': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { replayCouncilEvent(eventId: $id) { deliveryId } }', { id: world.a.seeded.eventsEventId });
        expectGraphqlForRole(world, role, MANAGE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Query.webhookDeliveries': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($id: String) { webhookDeliveries(eventId: $id, limit: 1000) { deliveryId status } }', { id: world.a.seeded.eventsEventId });
        expectGraphqlForRole(world, role, READERS, undefined, response.body);
        if (READERS.includes(role)) expect(response.body.data.webhookDeliveries).toEqual([]);
      }),
  },
};
