import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { BillingRunWorker } from '../../../libs/business-rates/src/index.js';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { WebhookDeliveryWorker, WEBHOOK_HEADERS, type DeliveryOptions } from '../../../libs/events/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { inCouncilSql } from '../../support/council-sql.js';
import { FakeWebhookReceiver } from '../../support/fake-webhook-receiver.js';
import { requiredEnv, TestApi, type TestCouncil } from '../../support/test-api.js';

/** A minute between attempts, three attempts: the tests move the worker's time on rather than wait. */
const RETRY = { baseDelayMs: 60_000, maxDelayMs: 60_000, maxAttempts: 3 };

describe('events out: signed webhooks from the outbox, retried, dead, replayed, and never another council’s', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let receiver: FakeWebhookReceiver;
  let worker: WebhookDeliveryWorker;
  let council: TestCouncil;
  let other: TestCouncil;
  let manager: string;
  let integration: string;
  let viewer: string;
  let account: SeededAccount;
  let subscriptionId: string;
  /** How far the worker's idea of now is ahead of the real time: moved on by the tests rather than wait. */
  let ahead = 0;

  const as = (token: string) => ({
    get: (path: string) => api.http.get(`/v1${path}`).set('authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => api.http.post(`/v1${path}`).set('authorization', `Bearer ${token}`).send(body),
  });
  const deliver = (options: DeliveryOptions = {}) => worker.deliverDue({ councilIds: [council.id, other.id], retry: RETRY, random: () => 0, now: () => new Date(Date.now() + ahead), ...options });
  const later = (ms: number) => {
    ahead += ms;
  };
  const pay = (token: string, accountReference: string, amountPence: number) =>
    as(token).post('/business-rates/payments', { accountReference, amountPence, method: 'card', receivedOn: '2024-03-15' }).expect(201);
  const deliveriesOf = async (eventId: string) => (await as(viewer).get(`/webhook-deliveries?eventId=${eventId}`).expect(200)).body;
  const latestEvent = async (type: string) => (await as(viewer).get(`/events?type=${type}&limit=1`).expect(200)).body[0];

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    receiver = await FakeWebhookReceiver.start();
    worker = api.app.get(WebhookDeliveryWorker);
    council = await api.createCouncil('events');
    other = await api.createCouncil('events-other');
    manager = await api.token(['revenues-manager'], council.code);
    integration = await api.token(['integration'], council.code);
    viewer = await api.token(['revenues-viewer'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000 });
  });
  afterAll(async () => {
    await api.close();
    await receiver.close();
  });

  describe('subscriptions', () => {
    it('a manager subscribes an endpoint to event types and is shown the signing secret once', async () => {
      const created = await as(manager).post('/webhook-subscriptions', {
        endpointUrl: receiver.url('/crm'), eventTypes: ['payment.received', 'bill.issued', 'account.in-arrears', 'recovery.stage-reached', 'relief.awarded'], description: 'CRM',
      }).expect(201);
      expect(created.body.signingSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
      expect(created.body.subscription).toMatchObject({ endpointUrl: receiver.url('/crm'), active: true, description: 'CRM' });
      subscriptionId = created.body.subscription.subscriptionId;
      receiver.trust('/crm', created.body.signingSecret);
      const listed = await as(viewer).get('/webhook-subscriptions').expect(200);
      expect(listed.body).toEqual([created.body.subscription]);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.signingSecret);
    });

    it('refuses a bad URL or event type naming the field, and anyone but a manager', async () => {
      const plainHttp = await as(manager).post('/webhook-subscriptions', { endpointUrl: 'http://crm.example.gov.uk/hook', eventTypes: ['bill.issued'] }).expect(400);
      expect(plainHttp.body.problems[0]).toEqual({ field: 'endpointUrl', reason: 'must be https (plain http only to localhost)' });
      const unknown = await as(manager).post('/webhook-subscriptions', { endpointUrl: receiver.url('/x'), eventTypes: ['bill.paid'] }).expect(400);
      expect(unknown.body.problems[0].field).toBe('eventTypes');
      await as(integration).post('/webhook-subscriptions', { endpointUrl: receiver.url('/x'), eventTypes: ['bill.issued'] }).expect(403);
      expect((await as(viewer).get('/webhook-subscriptions').expect(200)).body).toHaveLength(1);
    });
  });

  describe('delivery', () => {
    it('a payment recorded over the API makes exactly one event and one signed delivery', async () => {
      await pay(integration, account.accountReference, 12_345);
      const event = await latestEvent('payment.received');
      expect(event).toMatchObject({ type: 'payment.received', schemaVersion: 1, subject: account.accountReference, payload: { accountReference: account.accountReference, amountPence: 12_345, method: 'card', receivedOn: '2024-03-15', fromSuspense: false } });
      expect((await as(viewer).get(`/events?subject=${account.accountReference}`).expect(200)).body).toHaveLength(1);
      expect(await deliveriesOf(event.eventId)).toMatchObject([{ status: 'pending', attempts: 0, subscriptionId }]);

      expect(await deliver()).toBe(1);
      const [sent] = receiver.to('/crm');
      expect(receiver.to('/crm')).toHaveLength(1);
      expect(sent.signature).toEqual({ valid: true });
      expect(sent.json).toMatchObject({ id: event.eventId, type: 'payment.received', councilId: council.id, subject: account.accountReference, data: event.payload });
      expect(sent.headers[WEBHOOK_HEADERS.eventType.toLowerCase()]).toBe('payment.received');
      const [delivery] = await deliveriesOf(event.eventId);
      expect(delivery).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, nextAttemptAt: null, replay: false });
      expect(sent.headers[WEBHOOK_HEADERS.deliveryId.toLowerCase()]).toBe(delivery.deliveryId);

      expect(await deliver()).toBe(0);
      expect(receiver.to('/crm')).toHaveLength(1);
    });

    it('a receiver answering 500 is tried again after the backoff, and then delivered', async () => {
      receiver.respondWith = 500;
      await pay(integration, account.accountReference, 100);
      const event = await latestEvent('payment.received');
      expect(await deliver()).toBe(1);
      const [failed] = await deliveriesOf(event.eventId);
      expect(failed).toMatchObject({ status: 'retrying', attempts: 1, lastStatusCode: 500 });
      // Half the minute's step, the jitter being 0, after the attempt (as the worker's clock has it).
      expect(new Date(failed.nextAttemptAt).getTime() - new Date(failed.lastAttemptAt).getTime()).toBeGreaterThanOrEqual(30_000);
      expect(new Date(failed.nextAttemptAt).getTime() - new Date(failed.lastAttemptAt).getTime()).toBeLessThan(31_000);
      // Not due yet: nothing is sent.
      later(25_000);
      expect(await deliver()).toBe(0);
      receiver.respondWith = 204;
      later(6_000);
      expect(await deliver()).toBe(1);
      expect(await deliveriesOf(event.eventId)).toMatchObject([{ status: 'delivered', attempts: 2, lastStatusCode: 204 }]);
      const attempts = receiver.to('/crm').filter((delivery) => delivery.json.id === event.eventId);
      expect(attempts).toHaveLength(2);
      expect(attempts.every((attempt) => attempt.signature.valid)).toBe(true);
      expect(new Set(attempts.map((attempt) => attempt.headers[WEBHOOK_HEADERS.deliveryId.toLowerCase()])).size).toBe(1);
    });

    it('after the last attempt fails the delivery is dead and is not tried again', async () => {
      receiver.respondWith = 503;
      await pay(integration, account.accountReference, 200);
      const event = await latestEvent('payment.received');
      for (let attempt = 1; attempt <= RETRY.maxAttempts; attempt += 1) {
        expect(await deliver()).toBe(1);
        later(60_000);
      }
      expect(await deliveriesOf(event.eventId)).toMatchObject([{ status: 'dead', attempts: 3, lastStatusCode: 503, nextAttemptAt: null }]);
      later(3_600_000);
      expect(await deliver()).toBe(0);
      expect((await as(viewer).get('/webhook-deliveries?status=dead').expect(200)).body.map((delivery: { eventId: string }) => delivery.eventId)).toEqual([event.eventId]);
    });

    it('replay delivers a dead event again as a new delivery, leaving the event as it was', async () => {
      const event = (await as(viewer).get('/webhook-deliveries?status=dead').expect(200)).body[0];
      const before = (await as(viewer).get(`/events?type=payment.received`).expect(200)).body.find((each: { eventId: string }) => each.eventId === event.eventId);
      receiver.respondWith = 200;
      await as(viewer).post(`/events/${event.eventId}/replay`).expect(403);
      const replayed = await as(manager).post(`/events/${event.eventId}/replay`, { reason: 'CRM back up' }).expect(200);
      expect(replayed.body).toMatchObject([{ eventId: event.eventId, subscriptionId, status: 'pending', replay: true, attempts: 0 }]);
      expect(await deliver()).toBe(1);
      const last = receiver.to('/crm').at(-1);
      expect(last?.json.id).toBe(event.eventId);
      expect(last?.signature).toEqual({ valid: true });
      expect(last?.headers[WEBHOOK_HEADERS.deliveryId.toLowerCase()]).toBe(replayed.body[0].deliveryId);
      const statuses = (await deliveriesOf(event.eventId)).map((delivery: { status: string }) => delivery.status).sort();
      expect(statuses).toEqual(['dead', 'delivered']);
      const after = (await as(viewer).get(`/events?type=payment.received`).expect(200)).body.find((each: { eventId: string }) => each.eventId === event.eventId);
      expect(after).toEqual(before);
    });

    it('replay of a subscription since a time sends every event of its types again', async () => {
      const since = (await as(viewer).get('/events?type=payment.received').expect(200)).body.at(-1).occurredAt;
      const replayed = await as(manager).post(`/webhook-subscriptions/${subscriptionId}/replay`, { since }).expect(200);
      expect(replayed.body.map((delivery: { eventType: string }) => delivery.eventType)).toEqual(['payment.received', 'payment.received', 'payment.received']);
      expect(await deliver()).toBe(3);
      const bad = await as(manager).post(`/webhook-subscriptions/${subscriptionId}/replay`, { since: 'yesterday' }).expect(400);
      expect(bad.body.problems[0].field).toBe('since');
      await as(manager).post('/events/not-an-id/replay').expect(400);
      await as(manager).post('/events/00000000-0000-4000-8000-000000000000/replay').expect(404);
    });

    it('a receiver that cannot be reached is recorded with the error and retried', async () => {
      const created = await as(manager).post('/webhook-subscriptions', { endpointUrl: 'http://127.0.0.1:1/nobody-listens', eventTypes: ['payment.received'] }).expect(201);
      await pay(integration, account.accountReference, 300);
      const event = await latestEvent('payment.received');
      expect(await deliver()).toBe(2);
      const [unreachable] = (await deliveriesOf(event.eventId)).filter((delivery: { subscriptionId: string }) => delivery.subscriptionId === created.body.subscription.subscriptionId);
      expect(unreachable).toMatchObject({ status: 'retrying', attempts: 1, lastStatusCode: null });
      expect(unreachable.lastError).toMatch(/fetch failed|ECONNREFUSED/);
      const deactivated = await as(manager).post(`/webhook-subscriptions/${created.body.subscription.subscriptionId}/deactivate`, { reason: 'wrong port' }).expect(200);
      expect(deactivated.body.active).toBe(false);
      expect((await deliveriesOf(event.eventId)).find((delivery: { deliveryId: string }) => delivery.deliveryId === unreachable.deliveryId))
        .toMatchObject({ status: 'dead', lastError: 'the subscription was deactivated' });
      await as(manager).post(`/events/${event.eventId}/replay`, { subscriptionId: created.body.subscription.subscriptionId }).expect(409);
    });
  });

  describe('the events', () => {
    it('money in suspense makes no event until it is assigned to an account', async () => {
      const held = await as(integration).post('/business-rates/payments', { accountReference: 'NO SUCH REF 99', amountPence: 4_200, method: 'bank-transfer', receivedOn: '2024-03-15' }).expect(201);
      expect(held.body.inSuspense).toBe(true);
      expect((await latestEvent('payment.received')).payload.amountPence).not.toBe(4_200);
      await as(integration).post(`/business-rates/payments/${held.body.payment.paymentId}/assign`, { accountReference: account.accountReference, reason: 'payer phoned' }).expect(201);
      expect(await latestEvent('payment.received')).toMatchObject({ subject: account.accountReference, payload: { amountPence: 4_200, fromSuspense: true } });
    });

    it('a bill issued, a relief awarded, and a recovery run finding arrears are events of their types', async () => {
      const fresh = await seedRatedAccount(council.id, { rateableValue: 30_000 });
      await as(manager).post(`/business-rates/accounts/${fresh.accountReference}/bills`, { financialYear: '2024-25' }).expect(201);
      expect(await latestEvent('bill.issued')).toMatchObject({ subject: fresh.accountReference, payload: { kind: 'demand', financialYear: '2024-25' } });
      await as(manager).post(`/business-rates/liabilities/${fresh.liabilityId}/reliefs`, { kind: 'hardship', percent: '50', startsOn: '2024-04-01', evidence: 'panel minute 4' }).expect(201);
      expect(await latestEvent('relief.awarded')).toMatchObject({ subject: fresh.accountReference, payload: { kind: 'hardship', percent: 50, startsOn: '2024-04-01' } });
      // The relief rebilled the account: an adjustment notice, another bill issued.
      expect(await latestEvent('bill.issued')).toMatchObject({ subject: fresh.accountReference, payload: { kind: 'adjustment' } });

      clock.setToday('2024-04-12');
      await as(manager).post('/business-rates/recovery-runs', {}).expect(200);
      const arrears = (await as(viewer).get(`/events?type=account.in-arrears&subject=${fresh.accountReference}`).expect(200)).body;
      expect(arrears).toMatchObject([{ payload: { financialYear: '2024-25', recoveryStage: 'reminder', foundOn: '2024-04-12' } }]);
      const stages = (await as(viewer).get(`/events?type=recovery.stage-reached&subject=${fresh.accountReference}`).expect(200)).body;
      expect(stages).toMatchObject([{ payload: { stage: 'reminder', issuedOn: '2024-04-12', financialYear: '2024-25' } }]);
      expect(stages[0].payload.arrearsPence).toBe(arrears[0].payload.arrearsPence);

      receiver.respondWith = 200;
      await deliver();
      const types = new Set(receiver.to('/crm').map((delivery) => delivery.json.type));
      expect([...types].sort()).toEqual(['account.in-arrears', 'bill.issued', 'payment.received', 'recovery.stage-reached', 'relief.awarded']);
      expect(receiver.to('/crm').every((delivery) => delivery.signature.valid)).toBe(true);
    });

    it('rows a legacy migration loads (as revenues_migrator) make no events', async () => {
      const countBefore = (await as(viewer).get('/events?limit=1000').expect(200)).body.length;
      const migrator = new pg.Client({ connectionString: requiredEnv('TEST_DATABASE_MIGRATOR_URL') });
      await migrator.connect();
      try {
        await migrator.query('begin');
        await migrator.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'migration-test', true), set_config('app.migration_load_id', $2, true)`, [council.id, randomUUID()]);
        await migrator.query(`insert into payments (council_id, payment_id, account_id, amount_pence, received_on, method) values ($1, $2, $3, 5000, '2023-06-01', 'cash')`, [council.id, randomUUID(), account.accountId]);
        await migrator.query(`insert into relief_awards (council_id, relief_award_id, liability_id, kind, starts_on, ends_on, percent, evidence)
                              values ($1, $2, $3, 'hardship', '2023-04-01', '2023-12-31', 50, 'legacy award')`, [council.id, randomUUID(), account.liabilityId]);
        await migrator.query('commit');
      } finally {
        await migrator.end();
      }
      expect((await as(viewer).get('/events?limit=1000').expect(200)).body).toHaveLength(countBefore);
      // The same row written by the service is news.
      await inCouncilSql(council.id, (query) => query(`insert into payments (council_id, payment_id, account_id, amount_pence, received_on, method) values ($1, $2, $3, 5000, '2024-03-15', 'cash')`, [council.id, randomUUID(), account.accountId]));
      expect((await as(viewer).get('/events?limit=1000').expect(200)).body).toHaveLength(countBefore + 1);
      expect(await deliver()).toBe(1);
    });

    it("another council's events never reach this council's subscription", async () => {
      const otherManager = await api.token(['revenues-manager'], other.code);
      const otherAccount = await seedRatedAccount(other.id, { rateableValue: 15_000 });
      const created = await as(otherManager).post('/webhook-subscriptions', { endpointUrl: receiver.url('/other-crm'), eventTypes: ['payment.received'] }).expect(201);
      receiver.trust('/other-crm', created.body.signingSecret);
      const before = receiver.to('/crm').length;
      await pay(await api.token(['integration'], other.code), otherAccount.accountReference, 777);
      expect(await deliver()).toBe(1);
      expect(receiver.to('/crm')).toHaveLength(before);
      expect(receiver.to('/other-crm')).toMatchObject([{ json: { councilId: other.id, subject: otherAccount.accountReference, data: { amountPence: 777 } }, signature: { valid: true } }]);
      expect(JSON.stringify(receiver.to('/crm').map((delivery) => delivery.json))).not.toContain(other.id);
      // Account references are numbered per council, so the other's event is told apart by its id.
      const otherEvent = (await as(otherManager).get('/events?type=payment.received').expect(200)).body[0];
      expect((await as(viewer).get('/events?limit=1000').expect(200)).body.map((event: { eventId: string }) => event.eventId)).not.toContain(otherEvent.eventId);
      // This council cannot replay the other's event to its own subscription.
      await as(manager).post(`/events/${otherEvent.eventId}/replay`, { subscriptionId }).expect(404);
    });

    it('an annual billing run makes one bill.issued event per bill, in the chunks that write them', async () => {
      const annual = await api.createCouncil('events-annual');
      const annualManager = await api.token(['revenues-manager'], annual.code);
      const references = [];
      for (let account = 0; account < 3; account += 1) references.push((await seedRatedAccount(annual.id, { rateableValue: 10_000 + account * 1_000 })).accountReference);
      clock.setToday('2025-03-01');
      const run = await as(annualManager).post('/business-rates/billing-runs', { financialYear: '2025-26', issuedOn: '2025-03-10' }).expect(202);
      expect(await api.app.get(BillingRunWorker).takeUpUnfinishedRuns({ councilIds: [annual.id], chunkSize: 2 })).toMatchObject([{ outcome: 'completed' }]);
      const events = (await as(annualManager).get('/events?type=bill.issued').expect(200)).body;
      expect(events.map((event: { subject: string }) => event.subject).sort()).toEqual(references.sort());
      expect(events.every((event: { payload: { kind: string; billingRunId: string } }) => event.payload.kind === 'annual' && event.payload.billingRunId === run.body.billingRunId)).toBe(true);
      // Each chunk's bills are one statement: its events are audited as one entry saying how many, not one full image each.
      const trail = (await as(annualManager).get('/audit-events?tableName=council_events').expect(200)).body;
      expect(trail.map((entry: { after: unknown }) => entry.after)).toEqual(expect.arrayContaining([{ events_written: { 'bill.issued': 2 } }, { events_written: { 'bill.issued': 1 } }]));
      expect(trail).toHaveLength(2);
    });
  });
});
