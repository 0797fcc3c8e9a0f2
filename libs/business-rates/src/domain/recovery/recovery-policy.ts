import { InvalidInputError, isPence, type IsoDate, type Pence } from '../../../../kernel/src/index.js';

/** How a council runs recovery: the waits, the reminders and the costs it asks the court for. */
export interface RecoveryPolicy {
  /** Days after an instalment falls due, unpaid, before a reminder is sent. */
  readonly reminderAfterDays: number;
  /** Reminders a ratepayer may have in a year before a missed instalment brings a final notice instead. */
  readonly remindersPerYear: number;
  /** Days a reminder or final notice gives to pay. */
  readonly daysToPay: number;
  /** Days from issuing a summons to the hearing. */
  readonly daysToHearing: number;
  readonly summonsCostsPence: Pence;
  readonly liabilityOrderCostsPence: Pence;
  /** Arrears below this are not worth a summons. */
  readonly minimumSummonsArrearsPence: Pence;
}

export const RECOVERY_POLICY_FIELDS = [
  'reminderAfterDays', 'remindersPerYear', 'daysToPay', 'daysToHearing', 'summonsCostsPence', 'liabilityOrderCostsPence', 'minimumSummonsArrearsPence',
] as const satisfies ReadonlyArray<keyof RecoveryPolicy>;

/** A policy in force from a day: the council's own, or the national default when it has set none. */
export interface RecoveryPolicyInForce extends RecoveryPolicy {
  readonly effectiveFrom: IsoDate;
  /** Set through the recovery-policy API; decided by one of the council's policy plugins; or the national default. */
  readonly source: 'council' | 'council-plugin' | 'national-default';
}

/** What the law allows a council's policy to be; the limits are dated data (see recovery-defaults.ts). */
export interface RecoveryLimits {
  readonly minimumDaysToPay: number;
  readonly minimumDaysToHearing: number;
}

/** Refuses a policy the law or common sense does not allow, naming the field. */
export function checkRecoveryPolicy(policy: RecoveryPolicy, limits: RecoveryLimits): RecoveryPolicy {
  const whole = (field: keyof RecoveryPolicy, min: number, max: number, why = '') => {
    const value = policy[field];
    if (!Number.isInteger(value) || value < min || value > max) throw new InvalidInputError(field, `must be a whole number from ${min} to ${max}${why}`);
  };
  // Reg 8 asks for a reminder before the right to instalments is lost, once an instalment is late.
  whole('reminderAfterDays', 1, 60, ' (an instalment is late only after the day it falls due)');
  whole('remindersPerYear', 1, 12, ' (regulation 8 requires a reminder before a final notice)');
  whole('daysToPay', limits.minimumDaysToPay, 90, ` (the law gives at least ${limits.minimumDaysToPay} days)`);
  whole('daysToHearing', limits.minimumDaysToHearing, 180, ` (the summons gives at least ${limits.minimumDaysToHearing} days' notice)`);
  for (const field of ['summonsCostsPence', 'liabilityOrderCostsPence', 'minimumSummonsArrearsPence'] as const) {
    if (!isPence(policy[field]) || policy[field] < 0 || policy[field] > 100_000) throw new InvalidInputError(field, 'must be a whole number of pence from 0 to 100000 (£1,000)');
  }
  return Object.fromEntries(RECOVERY_POLICY_FIELDS.map((field) => [field, policy[field]])) as unknown as RecoveryPolicy;
}
