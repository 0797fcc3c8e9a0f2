import { readNotifyCallbackTokens, readNotifySettings, type NotifySettings } from '../../../../libs/documents/src/index.js';
import { readAuthSettings, type AuthSettings } from '../../../../libs/identity/src/index.js';
import { readDeliverySettings } from '../../../../libs/events/src/index.js';
import { wholeNumberSetting } from '../../../../libs/kernel/src/index.js';
import { readPaymentSecretsKey } from './payment-secrets-key.js';
import { readAdminConfig, type AdminConfig } from '../admin/admin-config.js';

export interface ApiConfig {
  readonly port: number;
  readonly host: string;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes: number;
  readonly graphql: { readonly maxDepth: number; readonly maxCost: number };
  readonly auth: AuthSettings;
  /** The staff admin UI at /admin. */
  readonly admin: AdminConfig;
  readonly logLevel: string;
  /** Create the demo council on start (demo mode only). */
  readonly seedDemoCouncil: boolean;
  /**
   * Run the batch worker inside the API process (BILLING_WORKER=in-process, the default), so a
   * single `npm start` bills annual runs; set `off` where apps/worker runs on its own.
   */
  readonly billingWorkerInProcess: boolean;
  readonly workerPollMs: number;
  /** GOV.UK Notify, when NOTIFY_API_KEY is set; null sends notices to the local sink. */
  readonly notify: NotifySettings | null;
  /** Seals payment providers' signing secrets (see payment-secrets-key.ts). */
  readonly paymentSecretsKey: Buffer | null;
  /** GOV.UK Notify callback bearer tokens by council code (NOTIFY_CALLBACK_TOKENS); a token set through the API wins. */
  readonly notifyCallbackTokens: ReadonlyMap<string, string>;
  /** Deliver webhooks from the events outbox inside the API process (EVENTS_WORKER=in-process, the default) or leave it to apps/worker (off). */
  readonly eventsWorkerInProcess: boolean;
  readonly delivery: ReturnType<typeof readDeliverySettings>;
}

/** Reads the service's settings from the environment; a bad value stops start-up naming the variable. */
export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const auth = readAuthSettings(env);
  const port = wholeNumberSetting(env, 'PORT', 3000, 0, 65_535);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    bodyLimitBytes: wholeNumberSetting(env, 'BODY_LIMIT_BYTES', 1_048_576, 1_024, 104_857_600),
    graphql: {
      maxDepth: wholeNumberSetting(env, 'GRAPHQL_MAX_DEPTH', 10, 2, 50),
      maxCost: wholeNumberSetting(env, 'GRAPHQL_MAX_COST', 1_000, 10, 1_000_000),
    },
    auth,
    admin: readAdminConfig(env, auth, port),
    logLevel: env.LOG_LEVEL ?? 'info',
    seedDemoCouncil: auth.mode === 'demo' && env.SEED_DEMO_COUNCIL !== 'false',
    billingWorkerInProcess: inProcessOrOff('BILLING_WORKER', env.BILLING_WORKER),
    workerPollMs: wholeNumberSetting(env, 'WORKER_POLL_MS', 5_000, 100, 3_600_000),
    notify: readNotifySettings(env),
    paymentSecretsKey: readPaymentSecretsKey(env, auth.mode === 'demo'),
    notifyCallbackTokens: readNotifyCallbackTokens(env),
    eventsWorkerInProcess: inProcessOrOff('EVENTS_WORKER', env.EVENTS_WORKER),
    delivery: readDeliverySettings(env),
  };
}

function inProcessOrOff(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === '' || raw === 'in-process') return true;
  if (raw === 'off') return false;
  throw new Error(`${name} must be in-process or off, not "${raw}"`);
}
