import { wholeNumberSetting } from '../../../libs/kernel/src/index.js';

export interface WorkerConfig {
  /** Take up what is waiting, then stop (for a scheduler such as cron), rather than keep polling. */
  readonly once: boolean;
  readonly pollMs: number;
  readonly chunkSize: number;
  readonly councilsAtOnce: number;
  readonly logLevel: string;
}

/** Reads the worker's settings from its arguments and the environment; a bad value stops start-up naming it. */
export function readWorkerConfig(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const unknown = argv.filter((argument) => argument !== '--once');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown[0]}: the worker takes only --once`);
  return {
    once: argv.includes('--once'),
    pollMs: wholeNumberSetting(env, 'WORKER_POLL_MS', 5_000, 100, 3_600_000),
    chunkSize: wholeNumberSetting(env, 'BILLING_CHUNK_SIZE', 500, 1, 10_000),
    councilsAtOnce: wholeNumberSetting(env, 'BILLING_COUNCILS_AT_ONCE', 2, 1, 64),
    logLevel: env.LOG_LEVEL ?? 'info',
  };
}
