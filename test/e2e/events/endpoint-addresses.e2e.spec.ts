import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EndpointPolicy } from '../../../libs/events/src/application/endpoint-policy.js';
import { signedWebhookRequest } from '../../../libs/events/src/index.js';
import { FetchWebhookSender } from '../../../libs/events/src/infrastructure/fetch-webhook-sender.js';
import { FakeWebhookReceiver } from '../../support/fake-webhook-receiver.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

const PUBLIC_ONLY = ' webhooks are sent only to public addresses';

describe('webhooks go only to public addresses: checked when a subscription is made and again at every delivery', () => {
  let api: TestApi;
  let receiver: FakeWebhookReceiver;
  let council: TestCouncil;

  beforeAll(async () => {
    api = await TestApi.start({ WEBHOOK_ALLOW_LOOPBACK: 'false' });
    receiver = await FakeWebhookReceiver.start();
    council = await api.createCouncil('ssrf');
  });
  afterAll(async () => {
    await api.close();
    await receiver.close();
  });

  it.each([
    ['https://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local (where cloud metadata services answer) address:'],
    ['https://10.0.0.5/hooks', '10.0.0.5 is a private address:'],
    ['https://192.168.1.10/hooks', '192.168.1.10 is a private address:'],
    ['https://[fd00:ec2::254]/', 'fd00:ec2::254 is a unique-local address:'],
    ['https://[fe80::1]/', 'fe80::1 is a link-local (where cloud metadata services answer) address:'],
    ['https://[::ffff:10.0.0.5]/', '::ffff:a00:5 is a private address:'],
    ['http://127.0.0.1:8080/hook', '127.0.0.1 is a loopback address:'],
    ['http://localhost:8080/hook', 'its host localhost resolves to'],
  ])('refuses a subscription to %s, naming endpointUrl and why', async (endpointUrl, reason) => {
    const manager = await api.token(['revenues-manager'], council.code);
    const refused = await api.http.post('/v1/webhook-subscriptions').set('authorization', `Bearer ${manager}`)
      .send({ endpointUrl, eventTypes: ['payment.received'] }).expect(400);
    expect(refused.body.problems).toEqual([{ field: 'endpointUrl', reason: expect.stringContaining(reason) }]);
    expect(refused.body.problems[0].reason).toContain(PUBLIC_ONLY);
  });

  it('accepts a public https endpoint, even one whose name cannot be found yet', async () => {
    const manager = await api.token(['revenues-manager'], council.code);
    await api.http.post('/v1/webhook-subscriptions').set('authorization', `Bearer ${manager}`)
      .send({ endpointUrl: 'https://crm.not-yet-live.example/hooks', eventTypes: ['payment.received'] }).expect(201);
  });

  describe('at delivery, on the addresses the connection resolves to (a name that now points inside: DNS rebinding)', () => {
    const request = signedWebhookRequest(
      { eventId: '00000000-0000-4000-8000-000000000001', councilId: '00000000-0000-4000-8000-000000000002', type: 'payment.received', schemaVersion: 1, occurredAt: new Date().toISOString(), subject: 'A1', payload: {} },
      '00000000-0000-4000-8000-000000000003', 'whsec_test_secret_for_the_sender_only_000', new Date(),
    );

    it('refuses to connect to a name resolving to loopback, or to a loopback address, and sends nothing', async () => {
      const sender = new FetchWebhookSender(new EndpointPolicy(false));
      try {
        const byName = await sender.post(receiver.url('/inside').replace('127.0.0.1', 'localhost'), request, 2_000);
        expect(byName).toEqual({ error: expect.stringMatching(/refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address/) });
        expect(await sender.post(receiver.url('/inside'), request, 2_000)).toEqual({ error: 'refused: 127.0.0.1 is a loopback address' });
        expect(receiver.to('/inside')).toHaveLength(0);
      } finally {
        await sender.onModuleDestroy();
      }
    });

    it('connects when loopback is allowed (demo and tests)', async () => {
      const sender = new FetchWebhookSender(new EndpointPolicy(true));
      try {
        expect(await sender.post(receiver.url('/inside').replace('127.0.0.1', 'localhost'), request, 2_000)).toEqual({ statusCode: 200 });
        expect(receiver.to('/inside')).toHaveLength(1);
      } finally {
        await sender.onModuleDestroy();
      }
    });
  });
});
