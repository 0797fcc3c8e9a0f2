import 'reflect-metadata';
import { pino } from 'pino';
import { BillingRunWorker } from '../../../libs/business-rates/src/index.js';
import { prepareDatabase } from '../../../libs/database/src/index.js';
import { WebhookDeliveryWorker } from '../../../libs/events/src/index.js';
import { readApiConfig } from './config/api-config.js';
import { createApi } from './create-api.js';
import { DEMO_COUNCIL_CODE, ensureDemoCouncil } from './demo-council.js';

const config = readApiConfig();
const log = pino({ level: config.logLevel, base: { service: 'open-revenues-api' } });

async function main(): Promise<void> {
  const database = await prepareDatabase({ log: (message) => log.debug({ component: 'postgres' }, message) });
  log.info(
    { embedded: database.embedded, appliedMigrations: database.appliedMigrations },
    database.embedded ? 'embedded PostgreSQL started (data in .data/postgres)' : 'connected to DATABASE_URL',
  );
  const app = await createApi(config, database.appUrl).catch(async (error) => {
    await database.stop();
    throw error;
  });

  let stopping = false;
  let billingWorker: Promise<void> = Promise.resolve();
  let eventsWorker: Promise<void> = Promise.resolve();
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await billingWorker;
    await eventsWorker;
    await app.close();
    await database.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (config.auth.mode === 'demo') {
    log.warn('DEMO MODE: this service signs and accepts its own development tokens. Never use demo mode in production.');
  }
  if (config.seedDemoCouncil) await ensureDemoCouncil(app);
  await app.listen(config.port, config.host);
  if (config.billingWorkerInProcess) {
    billingWorker = app.get(BillingRunWorker).keepTakingUp({
      pollMs: config.workerPollMs,
      stopping: () => stopping,
      report: (run) => log.info(run, `annual billing ${run.outcome}`),
      reportError: (error) => log.error({ err: error }, 'could not look for billing runs'),
    });
  }
  if (config.eventsWorkerInProcess) {
    eventsWorker = app.get(WebhookDeliveryWorker).keepDelivering({
      ...config.delivery,
      pollMs: config.workerPollMs,
      stopping: () => stopping,
      reportError: (error) => log.error({ err: error }, 'could not deliver webhooks'),
    });
  }

  const base = `http://localhost:${config.port}`;
  const tokenHelp =
    config.auth.mode === 'demo'
      ? `npm run --silent dev-token -- --council ${DEMO_COUNCIL_CODE} --roles revenues-manager   (operator: --roles operator)`
      : `a token from ${config.auth.issuer} for audience ${config.auth.audience}`;
  log.info({ admin: `${base}/admin`, graphql: `${base}/graphql`, restDocs: `${base}/docs`, openApi: `${base}/docs/openapi.json` }, 'listening');
  process.stdout.write(
    [
      '',
      `  Open Revenues API on ${base}`,
      `  GraphQL:    ${base}/graphql`,
      `  REST docs:  ${base}/docs   (OpenAPI JSON: ${base}/docs/openapi.json)`,
      `  Health:     ${base}/health`,
      `  Admin UI:   ${base}/admin${config.auth.mode === 'demo' ? '   (demo sign-in: pick a role)' : ''}`,
      `  Get a token: ${tokenHelp}`,
      '',
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, 'could not start');
  process.exit(1);
});
