import type { IsoDate } from '../../../../kernel/src/index.js';
import type { RecoveryLimits, RecoveryPolicy } from './recovery-policy.js';

/**
 * National defaults for recovery, used when a council has set no policy of its own, and the
 * limits a council's policy must keep to. Dated, so a corrected figure is a new entry, not a code
 * change. Tags as in shared/domain/business-rates.md §7 "Recovery" (sources 42, 48): [C] confirmed from legislation, [C-LA]
 * from two or more council pages, [R] not confirmed (a council should set its own).
 */
export interface RecoveryDefaults {
  readonly effectiveFrom: IsoDate;
  readonly policy: RecoveryPolicy;
  readonly limits: RecoveryLimits;
  /** Where each figure comes from. */
  readonly sources: Readonly<Record<keyof RecoveryPolicy | keyof RecoveryLimits, string>>;
}

export const NATIONAL_RECOVERY_DEFAULTS: readonly RecoveryDefaults[] = [
  {
    effectiveFrom: '1990-04-01',
    policy: {
      reminderAfterDays: 7,
      remindersPerYear: 1,
      daysToPay: 7,
      daysToHearing: 14,
      summonsCostsPence: 6_500,
      liabilityOrderCostsPence: 4_000,
      minimumSummonsArrearsPence: 5_000,
    },
    limits: { minimumDaysToPay: 7, minimumDaysToHearing: 14 },
    sources: {
      reminderAfterDays: '[R] reg 8 sets no wait before the reminder; a week is common practice, not confirmed',
      remindersPerYear:
        '[C] SI 1989/1058 reg 8: after a reminder, unpaid arrears or a later missed instalment make the whole balance due; [C-LA] councils send one reminder, then a final notice (Ashford)',
      daysToPay: '[C] SI 1989/1058 reg 8: arrears to be paid within 7 days of the reminder, the balance 7 days after that',
      daysToHearing: "[C-LA] the summons gives at least 14 days' notice of the hearing (Ashford)",
      summonsCostsPence: '[C-LA] costs are agreed locally with the court: Wiltshire £63, Southend £65, Rother £80; the middle figure',
      liabilityOrderCostsPence: '[C-LA] Wiltshire adds £40 at the liability order; the only figure found',
      minimumSummonsArrearsPence: '[R] no source: a council should set its own threshold',
      minimumDaysToPay: '[C] SI 1989/1058 reg 8: 7 days',
      minimumDaysToHearing: "[C-LA] at least 14 days' notice of the hearing",
    },
  },
];

/** The defaults in force on a day (the latest entry from on or before it). */
export function recoveryDefaultsOn(day: IsoDate, table: readonly RecoveryDefaults[] = NATIONAL_RECOVERY_DEFAULTS): RecoveryDefaults {
  const inForce = table.filter((entry) => entry.effectiveFrom <= day).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)).at(-1);
  if (!inForce) throw new RangeError(`no national recovery defaults are held for ${day}`);
  return inForce;
}
