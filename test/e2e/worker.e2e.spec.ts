import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { readWorkerConfig } from '../../apps/worker/src/worker-config.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { BillingRunWorker, type RunReport } from '../../libs/business-rates/src/index.js';
import { seedRatedAccount } from '../support/business-rates-seed.js';
import { TestApi, type TestCouncil } from '../support/test-api.js';

describe('the batch worker (apps/worker)', () => {
  describe('its settings', () => {
    it('polls by default, or takes up what is waiting and stops with --once', () => {
      expect(readWorkerConfig([], {})).toMatchObject({ once: false, pollMs: 5_000, chunkSize: 2_000, lanes: 2, councilsAtOnce: 1 });
      expect(readWorkerConfig(['--once'], { BILLING_CHUNK_SIZE: '250' })).toMatchObject({ once: true, chunkSize: 250 });
    });

    it('refuses an unknown argument or a bad setting, naming it', () => {
      expect(() => readWorkerConfig(['--council'], {})).toThrow('unknown argument --council');
      expect(() => readWorkerConfig([], { BILLING_CHUNK_SIZE: '0' })).toThrow('BILLING_CHUNK_SIZE must be a whole number from 1 to 10000, not "0"');
      expect(() => readWorkerConfig([], { WORKER_POLL_MS: 'soon' })).toThrow('WORKER_POLL_MS');
    });
  });

  describe('running on its own, without the API', () => {
    let api: TestApi;
    let council: TestCouncil;
    let worker: INestApplicationContext;

    beforeAll(async () => {
      api = await TestApi.start();
      council = await api.createCouncil('worker');
      worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(requiredEnv('TEST_DATABASE_APP_URL')), { logger: false });
    });
    afterAll(async () => {
      await worker.close();
      await api.close();
    });

    it('notices a run requested through the API, bills it, and stops when told', async () => {
      await seedRatedAccount(council.id, { rateableValue: 40_000 });
      await seedRatedAccount(council.id, { rateableValue: 50_000 });
      const manager = await api.token(['revenues-manager'], council.code);
      await api.http.post('/v1/business-rates/billing-runs').set('authorization', `Bearer ${manager}`).send({ financialYear: '2025-26', issuedOn: '2025-03-10' }).expect(202);

      const reports: RunReport[] = [];
      await worker.get(BillingRunWorker).keepTakingUp({
        pollMs: 100,
        councilIds: [council.id],
        report: (report) => reports.push(report),
        stopping: () => reports.length > 0,
      });

      expect(reports).toEqual([{ councilId: council.id, financialYear: '2025-26', outcome: 'completed' }]);
      const run = await api.http.get('/v1/business-rates/billing-runs/2025-26').set('authorization', `Bearer ${manager}`).expect(200);
      expect(run.body).toMatchObject({ status: 'completed', accountsTotal: 2, accountsDone: 2, billsIssued: 2 });
    });
  });
});

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run through npm test`);
  return value;
}
