import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WebhookDeliveryWorker } from '../../../libs/events/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { connectAsOwner } from '../../support/database.js';
import { FakeWebhookReceiver } from '../../support/fake-webhook-receiver.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

describe('a webhook signing secret is kept sealed: neither its table nor the audit trail holds it in the clear', () => {
  let api: TestApi;
  let receiver: FakeWebhookReceiver;
  let council: TestCouncil;

  beforeAll(async () => {
    api = await TestApi.start();
    receiver = await FakeWebhookReceiver.start();
    council = await api.createCouncil('sealed-hooks');
  });
  afterAll(async () => {
    await api.close();
    await receiver.close();
  });

  it('stores and audits only the sealed secret, and deliveries are still signed with the secret the manager was shown', async () => {
    const manager = await api.token(['revenues-manager'], council.code);
    const created = await api.http.post('/v1/webhook-subscriptions').set('authorization', `Bearer ${manager}`)
      .send({ endpointUrl: receiver.url('/sealed'), eventTypes: ['payment.received'] }).expect(201);
    const secret: string = created.body.signingSecret;
    receiver.trust('/sealed', secret);

    const owner = await connectAsOwner();
    try {
      const stored = await owner.query(`select row_to_json(s)::text as row from webhook_subscriptions s where council_id = $1`, [council.id]);
      expect(stored.rows).toHaveLength(1);
      expect(stored.rows[0].row).not.toContain(secret);
      expect(JSON.parse(stored.rows[0].row).sealed_signing_secret).toMatch(/^[A-Za-z0-9+/=]{32,}$/);
      const audited = await owner.query(`select table_name, row_to_json(a)::text as row from audit_events a where council_id = $1`, [council.id]);
      expect(audited.rows.some((row) => row.table_name === 'webhook_subscriptions')).toBe(true);
      for (const row of audited.rows) expect(row.row).not.toContain(secret);
    } finally {
      await owner.end();
    }

    const integration = await api.token(['integration'], council.code);
    const account = await seedRatedAccount(council.id, { rateableValue: 10_000 });
    await api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${integration}`)
      .send({ accountReference: account.accountReference, amountPence: 5_000, method: 'cash', receivedOn: new Date().toISOString().slice(0, 10) }).expect(201);
    expect(await api.app.get(WebhookDeliveryWorker).deliverDue({ councilIds: [council.id] })).toBe(1);
    expect(receiver.to('/sealed')).toHaveLength(1);
    expect(receiver.to('/sealed')[0].signature.valid).toBe(true);
  });
});
