import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { pino } from 'pino';
import { BillingRunWorker } from '../../../libs/business-rates/src/index.js';
import { prepareDatabase } from '../../../libs/database/src/index.js';
import { WebhookDeliveryWorker } from '../../../libs/events/src/index.js';
import { readWorkerConfig } from './worker-config.js';
import { WorkerModule } from './worker.module.js';

/**
 * The batch worker: takes up annual billing runs requested through the API and bills them in
 * chunks, and sends the events outbox to webhook subscriptions (ADR 0017). Stopped (SIGTERM, SIGINT) it finishes the chunks in hand and exits; started again, it
 * bills what was left claimed and carries on from each run's cursor. Several workers may run at
 * once: a chunk being billed is row-locked, so each chunk is billed by one of them.
 */
const config = readWorkerConfig(process.argv.slice(2));
const log = pino({ level: config.logLevel, base: { service: 'open-revenues-worker' } });

async function main(): Promise<void> {
  const database = await prepareDatabase({ log: (message) => log.debug({ component: 'postgres' }, message) });
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(database.appUrl), { logger: ['error', 'warn'] });
  const worker = app.get(BillingRunWorker);
  const deliveries = app.get(WebhookDeliveryWorker);
  let stopping = false;
  const stop = (signal: string) => {
    log.info({ signal }, 'stopping after the chunk in hand');
    stopping = true;
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  const options = {
    chunkSize: config.chunkSize,
    lanes: config.lanes,
    councilsAtOnce: config.councilsAtOnce,
    stopping: () => stopping,
    report: (run: { councilId: string; financialYear: string; outcome: string }) => log.info(run, `annual billing ${run.outcome}`),
  };
  try {
    log.info({ once: config.once, pollMs: config.pollMs, chunkSize: config.chunkSize, lanes: config.lanes }, 'billing worker started');
    const delivery = { ...config.delivery, stopping: () => stopping };
    if (config.once) {
      await worker.takeUpUnfinishedRuns(options);
      await deliveries.deliverDue(delivery);
    } else {
      await Promise.all([
        worker.keepTakingUp({ ...options, pollMs: config.pollMs, reportError: (error) => log.error({ err: error }, 'could not look for billing runs') }),
        deliveries.keepDelivering({ ...delivery, pollMs: config.pollMs, reportError: (error) => log.error({ err: error }, 'could not deliver webhooks') }),
      ]);
    }
  } finally {
    await app.close();
    await database.stop();
    log.info('billing worker stopped');
  }
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'billing worker failed');
  process.exit(1);
});
