import { wholeNumberSetting } from '../../../kernel/src/index.js';
import { DEFAULT_RETRY_POLICY } from '../domain/retry-schedule.js';
import { DEFAULT_DELIVERY_BATCH, DEFAULT_DELIVERY_TIMEOUT_MS, type DeliveryOptions } from './webhook-delivery-worker.js';

/** The delivery loop's settings from the environment (the same for apps/worker and the API); a bad value stops start-up naming it. */
export function readDeliverySettings(env: NodeJS.ProcessEnv = process.env): Required<Pick<DeliveryOptions, 'retry' | 'timeoutMs' | 'batchSize'>> {
  return {
    timeoutMs: wholeNumberSetting(env, 'WEBHOOK_TIMEOUT_MS', DEFAULT_DELIVERY_TIMEOUT_MS, 100, 60_000),
    batchSize: wholeNumberSetting(env, 'WEBHOOK_BATCH_SIZE', DEFAULT_DELIVERY_BATCH, 1, 200),
    retry: { ...DEFAULT_RETRY_POLICY, maxAttempts: wholeNumberSetting(env, 'WEBHOOK_MAX_ATTEMPTS', DEFAULT_RETRY_POLICY.maxAttempts, 1, 30) },
  };
}
