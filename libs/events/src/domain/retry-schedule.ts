/**
 * When a failed delivery is tried again: exponential backoff with jitter, so receivers coming back
 * from an outage are not hit by every delivery at once. Attempt n (1-based) failing waits
 * `base * 2^(n-1)`, capped, of which the second half is random ("equal jitter"): never less than half
 * the step, so the schedule still backs off. After `maxAttempts` attempts the delivery is dead.
 */
export interface RetryPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxAttempts: number;
}

/** Waits of 30 s, 1 min, 2 min ... capped at 6 h (each up to half less, by the jitter): the 12th failed attempt, 7 to 14.5 hours after the first, leaves the delivery dead. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 6 * 3_600_000, maxAttempts: 12 };

/** The wait after failed attempt `attempt` (1 for the first); `random` in [0, 1). */
export function retryDelayMs(policy: RetryPolicy, attempt: number, random: number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step / 2 + (step / 2) * random);
}

export type AttemptResult = { readonly statusCode: number } | { readonly error: string };

export type NextStep =
  | { readonly status: 'delivered' }
  | { readonly status: 'retrying'; readonly nextAttemptAt: Date }
  | { readonly status: 'dead' };

/** A 2xx is delivered; anything else (another status, a timeout, a refused connection) is tried again while attempts are left. */
export function afterAttempt(policy: RetryPolicy, attemptsMade: number, result: AttemptResult, now: Date, random: number): NextStep {
  if ('statusCode' in result && result.statusCode >= 200 && result.statusCode < 300) return { status: 'delivered' };
  if (attemptsMade >= policy.maxAttempts) return { status: 'dead' };
  return { status: 'retrying', nextAttemptAt: new Date(now.getTime() + retryDelayMs(policy, attemptsMade, random)) };
}
