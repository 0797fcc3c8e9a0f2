import { addDays, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import { calculateCharge } from '../charge/calculate-charge.js';
import { dueUnderPlan, settledOrDueBefore, type InstalmentPlan } from '../instalments/instalment-plan.js';
import { instalmentSchedule, type Instalment } from '../instalments/instalment-schedule.js';
import type { NationalRates } from '../reference/national-rates.js';
import type { AccountYearFacts } from './account-year-facts.js';
import { noticeDifferences, type NoticeLine } from './notice-lines.js';
import { ratingCasesFor } from './rating-cases.js';

/** `migrated`: a legacy system's notice, carried over by the migration toolkit; never drafted here. */
export type NoticeKind = 'annual' | 'demand' | 'adjustment' | 'migrated';

/** Where an account's year stands when a notice is considered. */
export interface AccountYearPosition {
  readonly facts: AccountYearFacts;
  /** Every line of every notice already issued for the account and year. */
  readonly billedLines: readonly NoticeLine[];
  /** What has been paid towards the year's rates so far (allocations). */
  readonly paidTowardsYearPence: Pence;
  /** The plan the latest notice for the year set, or null before the first. */
  readonly latestPlan: InstalmentPlan | null;
  readonly instalmentPreference: 10 | 12;
}

/** How the council draws up instalments (its policy in force on the notice's day); the statutory default where silent. */
export interface InstalmentPolicy {
  readonly defaultCount?: 10 | 12;
  readonly dayOfMonth?: number;
  readonly minimumInstalmentPence?: Pence;
}

export interface NoticeDraft {
  readonly kind: NoticeKind;
  readonly issuedOn: IsoDate;
  readonly lines: readonly NoticeLine[];
  /** The sum of the lines: what this notice adds to (or, if negative, takes off) the account. */
  readonly totalPence: Pence;
  /** The year's whole charge on the facts as they stand: every notice's lines sum to it. */
  readonly yearChargePence: Pence;
  readonly paidBeforePence: Pence;
  /** What earlier notices had already made due by the day of this one: it stays due, not re-profiled. */
  readonly dueBeforePence: Pence;
  /** The rest of the year's charge (beyond what is paid or already due), re-profiled from this notice. */
  readonly instalments: readonly Instalment[];
}

/**
 * The notice an account's year needs now, or null when the facts give exactly what has been billed.
 * The first notice for a year is the annual bill (from a billing run) or a demand; later ones adjust.
 * A year that nets to nothing in every line (wholly exempt, say) gets no notice.
 */
export function draftNotice(
  rates: NationalRates,
  position: AccountYearPosition,
  issuedOn: IsoDate,
  fromBillingRun: boolean,
  instalmentPolicy: InstalmentPolicy = {},
): NoticeDraft | null {
  const computed = yearLines(rates, position.facts);
  const lines = noticeDifferences(computed, position.billedLines);
  // Nothing to add or take away: no notice (a wholly exempt year included, or rebilling never ends).
  if (lines.length === 0) return null;
  const isFirst = position.billedLines.length === 0;
  const yearChargePence = computed.reduce((sum, line) => sum + line.amountPence, 0);
  // Instalments that fell due on or before the day of this notice stay due: re-profiling must not
  // turn a missed instalment into a later one.
  const dueBeforePence = position.latestPlan ? dueUnderPlan(position.latestPlan, (dueOn) => dueOn <= issuedOn) : 0;
  const plan = { paidBeforePence: position.paidTowardsYearPence, dueBeforePence, yearChargePence };
  return {
    kind: !isFirst ? 'adjustment' : fromBillingRun ? 'annual' : 'demand',
    issuedOn,
    lines,
    totalPence: lines.reduce((sum, line) => sum + line.amountPence, 0),
    yearChargePence,
    paidBeforePence: position.paidTowardsYearPence,
    dueBeforePence,
    instalments: remainingInstalments(position, yearChargePence - settledOrDueBefore(plan), issuedOn, instalmentPolicy),
  };
}

/** Every line of the account's year on the facts as they stand: what all its notices must add up to. */
export function yearLines(rates: NationalRates, facts: AccountYearFacts): NoticeLine[] {
  return ratingCasesFor(rates, facts).flatMap(({ liabilityId, ratingCase }) => calculateCharge(rates, ratingCase).lines.map((line): NoticeLine => ({ ...line, liabilityId })));
}

function remainingInstalments(position: AccountYearPosition, toPayPence: Pence, issuedOn: IsoDate, policy: InstalmentPolicy): Instalment[] {
  const { year } = position.facts;
  if (toPayPence <= 0) return [];
  // After the year has ended, what is still due is payable in one sum at least 14 days after the notice (reg 9).
  if (issuedOn > year.end) return [{ number: 1, dueDate: addDays(issuedOn, 14), amountPence: toPayPence }];
  // A ratepayer who has asked for 12 gets 12 (SI 2014/479); otherwise the council's default, or the statutory 10.
  const requestedCount = position.instalmentPreference === 12 ? 12 : (policy.defaultCount ?? 10);
  return instalmentSchedule({
    totalPence: toPayPence, year, noticeIssuedOn: issuedOn, requestedCount, dayOfMonth: policy.dayOfMonth, minimumInstalmentPence: policy.minimumInstalmentPence,
  });
}
