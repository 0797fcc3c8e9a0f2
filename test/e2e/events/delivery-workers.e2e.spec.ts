import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { readApiConfig } from '../../../apps/api/src/config/api-config.js';
import { readWorkerConfig } from '../../../apps/worker/src/worker-config.js';
import { WorkerModule } from '../../../apps/worker/src/worker.module.js';
import { WebhookDeliveryWorker } from '../../../libs/events/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { FakeWebhookReceiver } from '../../support/fake-webhook-receiver.js';
import { requiredEnv, TestApi, type TestCouncil } from '../../support/test-api.js';

describe('the webhook delivery loop in apps/worker and in the API', () => {
  it('reads its settings from the environment, naming a bad one', () => {
    expect(readWorkerConfig([], {}).delivery).toEqual({ timeoutMs: 10_000, batchSize: 20, retry: { baseDelayMs: 30_000, maxDelayMs: 21_600_000, maxAttempts: 12 } });
    expect(readWorkerConfig([], { WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '2000' }).delivery).toMatchObject({ timeoutMs: 2_000, retry: { maxAttempts: 3 } });
    expect(() => readWorkerConfig([], { WEBHOOK_TIMEOUT_MS: '0' })).toThrow('WEBHOOK_TIMEOUT_MS must be a whole number from 100 to 60000, not "0"');
    expect(readApiConfig({ AUTH_MODE: 'demo' }).eventsWorkerInProcess).toBe(true);
    expect(readApiConfig({ AUTH_MODE: 'demo', EVENTS_WORKER: 'off' }).eventsWorkerInProcess).toBe(false);
    expect(() => readApiConfig({ AUTH_MODE: 'demo', EVENTS_WORKER: 'sometimes' })).toThrow('EVENTS_WORKER must be in-process or off, not "sometimes"');
  });

  describe('two workers at once', () => {
    let api: TestApi;
    let worker: INestApplicationContext;
    let receiver: FakeWebhookReceiver;
    let council: TestCouncil;

    beforeAll(async () => {
      api = await TestApi.start();
      worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(requiredEnv('TEST_DATABASE_APP_URL')), { logger: false });
      receiver = await FakeWebhookReceiver.start();
      council = await api.createCouncil('two-senders');
    });
    afterAll(async () => {
      await worker.close();
      await api.close();
      await receiver.close();
    });

    it('the worker process and the API both deliver, and never the same delivery twice', async () => {
      const manager = await api.token(['revenues-manager'], council.code);
      const integration = await api.token(['integration'], council.code);
      const created = await api.http.post('/v1/webhook-subscriptions').set('authorization', `Bearer ${manager}`)
        .send({ endpointUrl: receiver.url('/hook'), eventTypes: ['payment.received'] }).expect(201);
      receiver.trust('/hook', created.body.signingSecret);
      const account = await seedRatedAccount(council.id, { rateableValue: 12_000 });
      for (let payment = 1; payment <= 30; payment += 1) {
        await api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${integration}`)
          .send({ accountReference: account.accountReference, amountPence: payment, method: 'cash', receivedOn: new Date().toISOString().slice(0, 10) }).expect(201);
      }
      const options = { councilIds: [council.id], batchSize: 4 };
      const [byWorker, byApi] = await Promise.all([worker.get(WebhookDeliveryWorker).deliverDue(options), api.app.get(WebhookDeliveryWorker).deliverDue(options)]);
      expect(byWorker + byApi).toBe(30);
      const eventIds = receiver.to('/hook').map((delivery) => delivery.json.id);
      expect(eventIds).toHaveLength(30);
      expect(new Set(eventIds).size).toBe(30);
      expect(receiver.to('/hook').every((delivery) => delivery.signature.valid)).toBe(true);
    });
  });
});
