import { addDays, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import { dueUnderPlan, type InstalmentPlan } from '../instalments/instalment-plan.js';
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
  /** Of that, paid toward the year's rates (a reduced bill's released payments count against it). */
  readonly ratesPaidSincePence: Pence;
  /** Paid toward the year's rates since the notice by payments received by its pay-by day: what counts as paying it in time. */
  readonly ratesPaidInTimePence: Pence;
}

/** Where one account's year stands, for recovery. */
export interface AccountYearArrears {
  /** The plan the latest notice for the year set (null if none has been issued). */
  readonly plan: InstalmentPlan | null;
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
 * - Reg 8(2)-(3): if the reminder is not paid by its pay-by day, or once the reminders allowed are
 *   used a later instalment is missed, the right to instalments is lost: a final notice asks for the
 *   whole balance within `daysToPay` days. Paying a reminder in time keeps the instalments.
 * - Reg 12: what the final notice demanded and is still unpaid when its time runs out is sued for:
 *   a summons (costs added; hearing `daysToHearing` days on), unless below `minimumSummonsArrearsPence`.
 * - Reg 12(5)-(6): what the summons claimed (rates and costs) still unpaid on the hearing day brings a
 *   liability order (its costs added; its pay-by, `daysToPay` on, is this engine's choice [R]).
 *   Enforcement after that is not decided here.
 *
 * Each final notice starts its own course to the court, for what it demanded. A charge added after
 * it (a backdated increase, say) is billed with instalments of its own and chased afresh: reminders
 * (as many again as the policy allows), then a final notice for the new balance alone. Each run
 * issues at most one notice per account-year, and never a second of a kind on the same day.
 */
export function nextRecoveryStep(asAt: IsoDate, year: AccountYearArrears, policy: RecoveryPolicy): StageToIssue | null {
  const owed = Math.max(0, year.ratesChargedPence - year.ratesPaidPence) + Math.max(0, year.costsChargedPence - year.costsPaidPence);
  if (owed <= 0) return null;
  const issuedToday = new Set(year.stages.filter((stage) => stage.issuedOn === asAt).map((stage) => stage.stage));
  const candidates = [...courses(year.stages).map((course) => nextTowardCourt(asAt, course, owed, policy)), nextForInstalments(asAt, year, policy)];
  return candidates.find((step) => step !== null && !issuedToday.has(step.stage)) ?? null;
}

/** The final notices served, each with the summons and liability order that followed it. */
function courses(stages: readonly IssuedStage[]): IssuedStage[][] {
  const found: IssuedStage[][] = [];
  for (const stage of stages) {
    if (stage.stage === 'final-notice') found.push([stage]);
    else if (stage.stage !== 'reminder') found.at(-1)?.push(stage);
  }
  return found;
}

/** A final notice's course: a summons when it runs out unpaid, a liability order when the hearing comes. */
function nextTowardCourt(asAt: IsoDate, course: readonly IssuedStage[], owed: Pence, policy: RecoveryPolicy): StageToIssue | null {
  const last = course[course.length - 1];
  if (last.stage === 'summons') {
    if (asAt < (last.hearingOn as IsoDate)) return null;
    // The order is for what the summons claimed (with its costs) and is still unpaid, never for more.
    const unpaid = Math.min(owed, last.arrearsPence + last.costsPence - last.paidSincePence);
    if (unpaid <= 0) return null;
    return issue('liability-order', unpaid, policy.liabilityOrderCostsPence, addDays(asAt, policy.daysToPay), null, 'the summons was not paid by the hearing: liability order (reg 12)');
  }
  if (last.stage === 'final-notice') {
    if (asAt <= last.payBy) return null;
    // The summons is for what the final notice demanded and is still unpaid: reg 8 made due the
    // balance unpaid when it was served, not a charge added since.
    const unpaid = Math.min(owed, last.arrearsPence - last.paidSincePence);
    if (unpaid <= 0 || unpaid < policy.minimumSummonsArrearsPence) return null;
    const hearingOn = addDays(asAt, policy.daysToHearing);
    return issue('summons', unpaid, policy.summonsCostsPence, hearingOn, hearingOn, 'the final notice was not paid in time: summons to the magistrates (reg 12)');
  }
  return null;
}

/** Reminders and a final notice for what the instalments have made due and no final notice has yet demanded. */
function nextForInstalments(asAt: IsoDate, year: AccountYearArrears, policy: RecoveryPolicy): StageToIssue | null {
  const finalNotices = year.stages.filter((stage) => stage.stage === 'final-notice');
  const latestFinalNotice = finalNotices.at(-1);
  // What final notices have made due: each demanded the balance beyond what was paid, or demanded by
  // an earlier one, when it was served.
  const demanded = finalNotices.reduce((sum, notice) => Math.max(sum, year.ratesPaidPence - notice.ratesPaidSincePence) + notice.arrearsPence, 0);
  const accountedFor = Math.max(demanded, year.ratesPaidPence);
  const balance = year.ratesChargedPence - accountedFor;
  if (balance <= 0 || !year.plan) return null;
  const plan = year.plan;
  const dueOnceLateBy = (day: IsoDate) => Math.min(year.ratesChargedPence, dueUnderPlan(plan, (dueOn) => addDays(dueOn, policy.reminderAfterDays) <= day));

  const reminders = year.stages.filter((stage) => stage.stage === 'reminder' && (!latestFinalNotice || year.stages.indexOf(stage) > year.stages.indexOf(latestFinalNotice)));
  const lastReminder = reminders.at(-1);
  if (lastReminder) {
    if (asAt <= lastReminder.payBy) return null;
    // Paid in time means what the reminder asked for, received by its pay-by day, however late the next run looks.
    if (lastReminder.ratesPaidInTimePence < lastReminder.arrearsPence) return finalNotice(asAt, balance, policy, 'the reminder was not paid in time: the whole balance is due (reg 8)');
  }
  const missed = Math.min(balance, dueOnceLateBy(asAt) - accountedFor);
  if (missed <= 0) return null;
  if (reminders.length >= policy.remindersPerYear) {
    return finalNotice(asAt, balance, policy, `an instalment was missed with ${reminders.length} reminder(s) already sent for it: the whole balance is due (reg 8)`);
  }
  return issue('reminder', missed, 0, addDays(asAt, policy.daysToPay), null, 'an instalment was missed: reminder for the instalments unpaid (reg 8)');
}

function finalNotice(asAt: IsoDate, balance: Pence, policy: RecoveryPolicy, rule: string): StageToIssue {
  return issue('final-notice', balance, 0, addDays(asAt, policy.daysToPay), null, rule);
}

function issue(stage: RecoveryStageName, arrearsPence: Pence, costsPence: Pence, payBy: IsoDate, hearingOn: IsoDate | null, rule: string): StageToIssue {
  return { stage, arrearsPence, costsPence, payBy, hearingOn, rule };
}
