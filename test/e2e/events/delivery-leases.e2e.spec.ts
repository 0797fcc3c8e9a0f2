import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EventsStore } from '../../../libs/events/src/application/events-store.port.js';
import { WebhookDeliveryWorker } from '../../../libs/events/src/index.js';
import type { Actor } from '../../../libs/tenancy/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { connectAsOwner } from '../../support/database.js';
import { FakeWebhookReceiver } from '../../support/fake-webhook-receiver.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

const LEASE_MS = 60_000;

describe('deliveries are claimed with a lease, sent outside any transaction, and recorded after', () => {
  let api: TestApi;
  let receiver: FakeWebhookReceiver;
  let worker: WebhookDeliveryWorker;

  beforeAll(async () => {
    api = await TestApi.start();
    receiver = await FakeWebhookReceiver.start();
    worker = api.app.get(WebhookDeliveryWorker);
  });
  afterAll(async () => {
    await api.close();
    await receiver.close();
  });

  /** A council with a subscription at `path` and one payment.received event waiting to be delivered. */
  async function oneDeliveryWaiting(path: string): Promise<TestCouncil> {
    const council = await api.createCouncil('leases');
    const manager = await api.token(['revenues-manager'], council.code);
    const created = await api.http.post('/v1/webhook-subscriptions').set('authorization', `Bearer ${manager}`)
      .send({ endpointUrl: receiver.url(path), eventTypes: ['payment.received'] }).expect(201);
    receiver.trust(path, created.body.signingSecret);
    const integration = await api.token(['integration'], council.code);
    const account = await seedRatedAccount(council.id, { rateableValue: 10_000 });
    await api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${integration}`)
      .send({ accountReference: account.accountReference, amountPence: 1_234, method: 'cash', receivedOn: new Date().toISOString().slice(0, 10) }).expect(201);
    return council;
  }

  it('holds no row lock while a receiver takes its time to answer', async () => {
    const council = await oneDeliveryWaiting('/slow');
    receiver.answerAfterMs = 1_500;
    try {
      const delivering = worker.deliverDue({ councilIds: [council.id] });
      while (receiver.to('/slow').length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const owner = await connectAsOwner();
      try {
        await owner.query('begin');
        // nowait: fails at once (lock_not_available) if the worker still held the delivery's row.
        const locked = await owner.query('select webhook_delivery_id from webhook_deliveries where council_id = $1 for update nowait', [council.id]);
        expect(locked.rows).toHaveLength(1);
        await owner.query('rollback');
      } finally {
        await owner.end();
      }
      expect(await delivering).toBe(1);
    } finally {
      receiver.answerAfterMs = 0;
    }
    const owner = await connectAsOwner();
    try {
      const { rows } = await owner.query('select status, attempts from webhook_deliveries where council_id = $1', [council.id]);
      expect(rows).toEqual([{ status: 'delivered', attempts: 1 }]);
    } finally {
      await owner.end();
    }
  });

  it('a delivery claimed by a worker that died is left alone until the lease runs out, then sent by another; the late one cannot overwrite it', async () => {
    const council = await oneDeliveryWaiting('/orphan');
    const actor: Actor = { subject: 'webhook-worker', roles: [], councilId: council.id };
    const store = api.app.get(EventsStore);
    const now = new Date();
    // The first worker claims the delivery and dies before sending it or recording anything.
    const [orphaned] = await store.claimDue(actor, council.id, now, 10, new Date(now.getTime() + LEASE_MS));
    expect(orphaned).toBeDefined();

    expect(await worker.deliverDue({ councilIds: [council.id], now: () => new Date(now.getTime() + LEASE_MS - 1_000) })).toBe(0);
    expect(receiver.to('/orphan')).toHaveLength(0);

    expect(await worker.deliverDue({ councilIds: [council.id], now: () => new Date(now.getTime() + LEASE_MS + 1_000) })).toBe(1);
    expect(receiver.to('/orphan')).toHaveLength(1);
    expect(receiver.to('/orphan')[0].signature.valid).toBe(true);

    const late = await store.recordAttempt(actor, council.id, orphaned, {
      result: { statusCode: 500 }, next: { status: 'retrying', nextAttemptAt: new Date(now.getTime() + 3_600_000) }, attemptedAt: new Date(),
    });
    expect(late).toBe(false);
    const deliveries = await store.deliveries(actor, council.id, { limit: 10 });
    expect(deliveries).toMatchObject([{ status: 'delivered', attempts: 1, lastStatusCode: 200 }]);
  });
});
