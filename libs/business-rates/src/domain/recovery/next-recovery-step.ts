import { addDays, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import type { RecoveryPolicy } from './recovery-policy.js';

export const RECOVERY_STAGES = ['reminder', 'final-notice', 'summons', 'liability-order'] as const;
export type RecoveryStageName = (typeof RECOVERY_STAGES)[number];

/** A recovery notice already issued for the account's year. */
export interface IssuedStage {
  readonly stage: RecoveryStageName;
  readonly issuedOn: IsoDate;
  readonly payBy: IsoDate;
  readonly hearingOn: IsoDate | null;
  /** What the notice asked for, and the costs it added. */
  readonly arrearsPence: Pence;
  readonly costsPence: Pence;
  /** Paid toward the year (rates and costs) since the notice was issued. */
  readonly paidSincePence: Pence;
}

/** Where one account's year stands, for recovery. */
export interface AccountYearArrears {
  /** The instalments of the latest notice for the year: it supersedes earlier plans. */
  readonly instalments: ReadonlyArray<{ readonly dueOn: IsoDate; readonly amountPence: Pence }>;
  /** Paid toward the year when that notice was issued: its instalments collect the rest. */
  readonly paidBeforeNoticePence: Pence;
  /** The year's rates (charges less write-offs) and what has been paid toward them. */
  readonly ratesChargedPence: Pence;
  readonly ratesPaidPence: Pence;
  /** Recovery costs charged for the year and what has been paid toward them. */
  readonly costsChargedPence: Pence;
  readonly costsPaidPence: Pence;
  /** Oldest first. */
  readonly stages: readonly IssuedStage[];
}

export interface StageToIssue {
  readonly stage: RecoveryStageName;
  /** What the notice asks for: the missed instalments (reminder), the whole balance (later stages). */
  readonly arrearsPence: Pence;
  /** Costs the stage adds to the account (summons and liability order). */
  readonly costsPence: Pence;
  readonly payBy: IsoDate;
  readonly hearingOn: IsoDate | null;
  /** The rule that chose it, in words. */
  readonly rule: string;
}

/**
 * The next recovery notice for an account's year as at a day, or null when none is due.
 * Non-Domestic Rating (Collection and Enforcement) (Local Lists) Regulations 1989 (SI 1989/1058):
 *
 * - Reg 8(1): an instalment unpaid (here, `reminderAfterDays` after it fell due) brings a reminder
 *   asking for the instalments missed, to be paid within `daysToPay` (7) days.
 * - Reg 8(2)-(3): if the reminder is not paid in time, or once the reminders allowed are used a
 *   later instalment is missed, the right to instalments is lost: a final notice asks for the whole
 *   year's balance within `daysToPay` days. Paying a reminder in time keeps the instalments (the
 *   account is back in instalments); nothing restores them after a final notice.
 * - Reg 12: what the final notice demanded and is still unpaid when its time runs out is sued for:
 *   a summons (costs added; hearing `daysToHearing` days on), unless below `minimumSummonsArrearsPence`.
 * - Reg 12(5)-(6): what the summons claimed (rates and costs) still unpaid on the hearing day brings a
 *   liability order (its costs added; its pay-by, `daysToPay` on, is this engine's choice [R]).
 *   Enforcement after that is not decided here; nor are charges added after a final notice, which
 *   no notice has yet demanded.
 * Nothing owed, nothing issued; and a stage issued today always waits for its own deadline, so a
 * second run the same day issues nothing.
 */
export function nextRecoveryStep(asAt: IsoDate, year: AccountYearArrears, policy: RecoveryPolicy): StageToIssue | null {
  const ratesOwed = Math.max(0, year.ratesChargedPence - year.ratesPaidPence);
  const owed = ratesOwed + Math.max(0, year.costsChargedPence - year.costsPaidPence);
  if (owed <= 0) return null;
  const last = year.stages.at(-1);

  if (last?.stage === 'liability-order') return null;
  if (last?.stage === 'summons') {
    if (asAt < (last.hearingOn as IsoDate)) return null;
    // The order is for what the summons claimed (with its costs) and is still unpaid, never for more.
    const unpaid = Math.min(owed, last.arrearsPence + last.costsPence - last.paidSincePence);
    if (unpaid <= 0) return null;
    return issue('liability-order', unpaid, policy.liabilityOrderCostsPence, addDays(asAt, policy.daysToPay), null, 'the summons was not paid by the hearing: liability order (reg 12)');
  }
  if (last?.stage === 'final-notice') {
    if (asAt <= last.payBy) return null;
    // The summons is for what the final notice demanded and is still unpaid: reg 8 made due the
    // balance unpaid when it was served, not a charge added since (an adjustment's new instalments).
    const unpaid = Math.min(owed, last.arrearsPence - last.paidSincePence);
    if (unpaid <= 0 || unpaid < policy.minimumSummonsArrearsPence) return null;
    const hearingOn = addDays(asAt, policy.daysToHearing);
    return issue('summons', unpaid, policy.summonsCostsPence, hearingOn, hearingOn, 'the final notice was not paid in time: summons to the magistrates (reg 12)');
  }

  const missed = Math.min(ratesOwed, dueBy(year, (dueOn) => addDays(dueOn, policy.reminderAfterDays) <= asAt) - year.ratesPaidPence);
  if (last?.stage === 'reminder') {
    if (asAt <= last.payBy) return null;
    const reminderPaid = year.ratesPaidPence >= Math.min(year.ratesChargedPence, dueBy(year, (dueOn) => addDays(dueOn, policy.reminderAfterDays) <= last.issuedOn));
    if (!reminderPaid) return finalNotice(asAt, ratesOwed, policy, 'the reminder was not paid in time: the whole balance is due (reg 8)');
  }
  if (missed <= 0) return null;
  const remindersSent = year.stages.filter((stage) => stage.stage === 'reminder').length;
  if (remindersSent >= policy.remindersPerYear) {
    return finalNotice(asAt, ratesOwed, policy, `an instalment was missed with ${remindersSent} reminder(s) already sent this year: the whole balance is due (reg 8)`);
  }
  return issue('reminder', missed, 0, addDays(asAt, policy.daysToPay), null, 'an instalment was missed: reminder for the instalments unpaid (reg 8)');
}

/** What the instalments due (by the test given) and the payments before the notice add up to. */
function dueBy(year: AccountYearArrears, isDue: (dueOn: IsoDate) => boolean): Pence {
  return year.paidBeforeNoticePence + year.instalments.filter((each) => isDue(each.dueOn)).reduce((sum, each) => sum + each.amountPence, 0);
}

function finalNotice(asAt: IsoDate, ratesOwed: Pence, policy: RecoveryPolicy, rule: string): StageToIssue {
  return issue('final-notice', ratesOwed, 0, addDays(asAt, policy.daysToPay), null, rule);
}

function issue(stage: RecoveryStageName, arrearsPence: Pence, costsPence: Pence, payBy: IsoDate, hearingOn: IsoDate | null, rule: string): StageToIssue {
  return { stage, arrearsPence, costsPence, payBy, hearingOn, rule };
}
