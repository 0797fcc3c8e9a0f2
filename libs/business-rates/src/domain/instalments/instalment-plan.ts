import type { IsoDate, Pence } from '../../../../kernel/src/index.js';

/**
 * The instalment plan a notice set for an account's year. The latest notice's plan is the one in
 * force, but it never forgives what earlier plans had already made due: an adjustment re-profiles
 * only what was not yet due (Sch 1 para 7 as the reference recalls it [R]), so an instalment missed
 * before it stays missed, and recovery can still chase it.
 */
export interface InstalmentPlan {
  /** Paid towards the year's rates when the notice was issued. */
  readonly paidBeforePence: Pence;
  /** What earlier notices had made due by the day it was issued: kept due, not re-profiled. */
  readonly dueBeforePence: Pence;
  /** The year's whole charge on the facts the notice was drawn on. */
  readonly yearChargePence: Pence;
  readonly instalments: ReadonlyArray<{ readonly dueOn: IsoDate; readonly amountPence: Pence }>;
  /**
   * A final notice has been served since the plan was set: the right to pay by instalments is lost,
   * so the whole plan is due (reg 8).
   */
  readonly instalmentsLost: boolean;
}

/** What the plan takes as paid or already due; its instalments collect the rest of the year's charge. */
export function settledOrDueBefore(plan: Pick<InstalmentPlan, 'paidBeforePence' | 'dueBeforePence' | 'yearChargePence'>): Pence {
  return Math.max(plan.paidBeforePence, Math.min(plan.dueBeforePence, plan.yearChargePence));
}

/**
 * What the plan had made due: what it took as paid or already due, and its instalments that pass
 * the test (all of them once the right to instalments is lost).
 */
export function dueUnderPlan(plan: InstalmentPlan, isDue: (dueOn: IsoDate) => boolean): Pence {
  const instalments = plan.instalments.filter((each) => plan.instalmentsLost || isDue(each.dueOn));
  return settledOrDueBefore(plan) + instalments.reduce((sum, each) => sum + each.amountPence, 0);
}
