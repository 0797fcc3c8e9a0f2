import { describe, expect, it } from '@jest/globals';
import { afterAttempt, DEFAULT_RETRY_POLICY, retryDelayMs } from './retry-schedule.js';

const POLICY = { baseDelayMs: 1_000, maxDelayMs: 10_000, maxAttempts: 4 };
const NOW = new Date('2026-12-03T07:00:00Z');

describe('retry schedule', () => {
  it('doubles each attempt, half of each wait random, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(POLICY, attempt, 0))).toEqual([500, 1_000, 2_000, 4_000, 5_000, 5_000]);
    expect([1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(POLICY, attempt, 0.999_999))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
    expect(retryDelayMs(POLICY, 2, 0.5)).toBe(1_500);
  });

  it('by default waits 15 to 30 seconds after the first failure and at most six hours', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 0)).toBe(15_000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 0.999_999)).toBe(30_000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 30, 0)).toBe(3 * 3_600_000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 30, 0.999_999)).toBeLessThanOrEqual(6 * 3_600_000);
  });

  it('a 2xx is delivered; another status or an error retries while attempts are left, then is dead', () => {
    expect(afterAttempt(POLICY, 1, { statusCode: 204 }, NOW, 0)).toEqual({ status: 'delivered' });
    expect(afterAttempt(POLICY, 4, { statusCode: 200 }, NOW, 0)).toEqual({ status: 'delivered' });
    expect(afterAttempt(POLICY, 1, { statusCode: 500 }, NOW, 0)).toEqual({ status: 'retrying', nextAttemptAt: new Date(NOW.getTime() + 500) });
    expect(afterAttempt(POLICY, 2, { statusCode: 302 }, NOW, 0)).toEqual({ status: 'retrying', nextAttemptAt: new Date(NOW.getTime() + 1_000) });
    expect(afterAttempt(POLICY, 3, { error: 'connect ECONNREFUSED' }, NOW, 0)).toEqual({ status: 'retrying', nextAttemptAt: new Date(NOW.getTime() + 2_000) });
    expect(afterAttempt(POLICY, 4, { statusCode: 500 }, NOW, 0)).toEqual({ status: 'dead' });
    expect(afterAttempt(POLICY, 4, { error: 'timed out' }, NOW, 0)).toEqual({ status: 'dead' });
  });
});
