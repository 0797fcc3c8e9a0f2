import { DEFAULT_CHUNK_SIZE, DEFAULT_LANES } from '../../../libs/business-rates/src/index.js';
import { readDeliverySettings } from '../../../libs/events/src/index.js';
import { wholeNumberSetting } from '../../../libs/kernel/src/index.js';

export interface WorkerConfig {
  /** Take up what is waiting, then stop (for a scheduler such as cron), rather than keep polling. */
  readonly once: boolean;
  readonly pollMs: number;
  readonly chunkSize: number;
  /** Lanes billing each council's run at once. */
  readonly lanes: number;
  readonly councilsAtOnce: number;
  readonly logLevel: string;
  /** Webhook delivery: the per-request timeout, deliveries per batch, and the retry policy. */
  readonly delivery: ReturnType<typeof readDeliverySettings>;
}

/** Reads the worker's settings from its arguments and the environment; a bad value stops start-up naming it. */
export function readWorkerConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const unknown = argv.filter((argument) => argument !== '--once');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}: the worker takes only --once`);
  return {
    once: argv.includes('--once'),
    pollMs: wholeNumberSetting(env, 'WORKER_POLL_MS', 5_000, 100, 3_600_000),
    chunkSize: wholeNumberSetting(env, 'BILLING_CHUNK_SIZE', DEFAULT_CHUNK_SIZE, 1, 10_000),
    lanes: wholeNumberSetting(env, 'BILLING_LANES', DEFAULT_LANES, 1, 16),
    councilsAtOnce: wholeNumberSetting(env, 'BILLING_COUNCILS_AT_ONCE', 1, 1, 64),
    logLevel: env.LOG_LEVEL ?? 'info',
    delivery: readDeliverySettings(env),
  };
}
