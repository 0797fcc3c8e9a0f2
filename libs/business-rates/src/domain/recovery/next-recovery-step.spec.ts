import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, addMonths } from '../../../../kernel/src/index.js';
import type { InstalmentPlan } from '../instalments/instalment-plan.js';
import { nextRecoveryStep, RECOVERY_STAGES, type AccountYearArrears, type IssuedStage, type StageToIssue } from './next-recovery-step.js';
import { recoveryDefaultsOn } from './recovery-defaults.js';
import { checkRecoveryPolicy, type RecoveryPolicy } from './recovery-policy.js';

// The national defaults: a reminder 7 days after a missed instalment, one reminder a year, 7 days to
// pay, a hearing 14 days after the summons, £65 and £40 costs, no summons under £50.
const policy = recoveryDefaultsOn('2024-04-01').policy;

// £9,980 for 2024-25 in ten instalments of £998, due on the 1st from April to January.
const instalments = Array.from({ length: 10 }, (_, index) => ({ dueOn: addMonths('2024-04-01', index), amountPence: 99_800 }));
/** The annual bill's plan; a final notice served since it makes the whole plan due. */
const annualPlan = (stages: readonly IssuedStage[]): InstalmentPlan => ({
  paidBeforePence: 0, dueBeforePence: 0, yearChargePence: 998_000, instalments, instalmentsLost: stages.some((each) => each.stage === 'final-notice'),
});
const year = (paidPence: number, stages: IssuedStage[] = [], costs = { charged: 0, paid: 0 }): AccountYearArrears => ({
  plan: annualPlan(stages), ratesChargedPence: 998_000, ratesPaidPence: paidPence, costsChargedPence: costs.charged, costsPaidPence: costs.paid, stages,
});
const issued = (step: StageToIssue, on: string, paidSincePence = 0): IssuedStage => ({
  stage: step.stage, issuedOn: on, payBy: step.payBy, hearingOn: step.hearingOn, arrearsPence: step.arrearsPence, costsPence: step.costsPence,
  paidSincePence, ratesPaidSincePence: paidSincePence, ratesPaidInTimePence: paidSincePence,
});
/** A notice already issued: what it asked for, what has been paid since (all of it to rates), and how much of that was received by its pay-by day (all, unless said). */
const stage = (name: IssuedStage['stage'], issuedOn: string, payBy: string, hearingOn: string | null = null, asked: { arrears: number; costs: number; paidSince: number; paidInTime?: number } = { arrears: 0, costs: 0, paidSince: 0 }): IssuedStage => ({
  stage: name, issuedOn, payBy, hearingOn, arrearsPence: asked.arrears, costsPence: asked.costs,
  paidSincePence: asked.paidSince, ratesPaidSincePence: asked.paidSince, ratesPaidInTimePence: asked.paidInTime ?? asked.paidSince,
});

describe('reg 8: a missed instalment brings a reminder', () => {
  it('April paid, May unpaid: on 8 May (7 days on) a reminder for £998, to pay by 15 May', () => {
    expect(nextRecoveryStep('2024-05-08', year(99_800), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 99_800, costsPence: 0, payBy: '2024-05-15', hearingOn: null });
  });

  it('not before the council waits after the due date', () => {
    expect(nextRecoveryStep('2024-05-07', year(99_800), policy)).toBeNull();
  });

  it('nothing is sent when every instalment due has been paid', () => {
    expect(nextRecoveryStep('2024-05-20', year(199_600), policy)).toBeNull();
  });

  it('a part-paid instalment is missed for what is left of it', () => {
    expect(nextRecoveryStep('2024-05-08', year(150_000), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 49_600 });
  });

  it('a council may not skip the reminder, nor send it on the day the instalment falls due', () => {
    const limits = { minimumDaysToPay: 7, minimumDaysToHearing: 14 };
    expect(() => checkRecoveryPolicy({ ...policy, remindersPerYear: 0 }, limits)).toThrow(/regulation 8/);
    expect(() => checkRecoveryPolicy({ ...policy, reminderAfterDays: 0 }, limits)).toThrow(/late only after the day it falls due/);
  });
});

describe('reg 8: an unpaid reminder, or a later miss once the reminders are used, makes the whole balance due', () => {
  // May's £998 missed; the reminder asked for it. Paid by 15 May in the cases that say so.
  const reminder = stage('reminder', '2024-05-08', '2024-05-15', null, { arrears: 99_800, costs: 0, paidSince: 0 });
  const paidReminder = stage('reminder', '2024-05-08', '2024-05-15', null, { arrears: 99_800, costs: 0, paidSince: 99_800 });

  it('while the reminder has time to run, nothing more', () => {
    expect(nextRecoveryStep('2024-05-15', year(99_800, [reminder]), policy)).toBeNull();
  });

  it('the reminder unpaid after its 7 days: a final notice for the whole year’s balance', () => {
    expect(nextRecoveryStep('2024-05-16', year(99_800, [reminder]), policy)).toMatchObject({ stage: 'final-notice', arrearsPence: 898_200, payBy: '2024-05-23' });
  });

  it('the reminder paid in time keeps the instalments: nothing while they are kept up', () => {
    expect(nextRecoveryStep('2024-05-16', year(199_600, [paidReminder]), policy)).toBeNull();
    expect(nextRecoveryStep('2024-06-20', year(299_400, [paidReminder]), policy)).toBeNull();
  });

  it('back in instalments, the next missed instalment (the one reminder used) brings a final notice', () => {
    expect(nextRecoveryStep('2024-06-08', year(199_600, [paidReminder]), policy)).toMatchObject({ stage: 'final-notice', arrearsPence: 798_400 });
  });

  it('where the council allows two reminders a year, the second miss brings a second reminder', () => {
    expect(nextRecoveryStep('2024-06-08', year(199_600, [paidReminder]), { ...policy, remindersPerYear: 2 })).toMatchObject({ stage: 'reminder', arrearsPence: 99_800 });
  });
});

describe('reg 8: a reminder is paid in time only if paid by its pay-by day', () => {
  const reminder = (paidInTime: number) => stage('reminder', '2024-05-08', '2024-05-15', null, { arrears: 99_800, costs: 0, paidSince: 99_800, paidInTime });

  it('May’s £998 paid on 17 May, two days after the reminder ran out: a final notice, though the run looks on 20 May', () => {
    expect(nextRecoveryStep('2024-05-20', year(199_600, [reminder(0)]), policy)).toMatchObject({ stage: 'final-notice', arrearsPence: 798_400 });
  });

  it('paid on 14 May: back in instalments', () => {
    expect(nextRecoveryStep('2024-05-20', year(199_600, [reminder(99_800)]), policy)).toBeNull();
  });

  it('paid in time, then a backdated increase billed: the reminder still counts as paid (judged by what it asked for)', () => {
    const increase: InstalmentPlan = { ...annualPlan([]), paidBeforePence: 299_400, dueBeforePence: 299_400, yearChargePence: 1_198_000, instalments: instalments.slice(3).map((each) => ({ ...each, amountPence: 114_086 })) };
    expect(nextRecoveryStep('2024-06-20', { ...year(299_400, [reminder(99_800)]), plan: increase, ratesChargedPence: 1_198_000 }, policy)).toBeNull();
  });
});

describe('para 7: an adjustment re-profiles what is not yet due, and what was missed stays missed', () => {
  // May’s instalment missed; on 20 May a backdated increase makes the year £11,180. The new plan
  // keeps April and May due (£1,996) and spreads the other £9,184 from June.
  const adjusted: InstalmentPlan = {
    paidBeforePence: 99_800, dueBeforePence: 199_600, yearChargePence: 1_118_000, instalmentsLost: false,
    instalments: Array.from({ length: 8 }, (_, index) => ({ dueOn: addMonths('2024-06-01', index), amountPence: 114_800 })),
  };
  const afterAdjustment = (paidPence: number): AccountYearArrears => ({ ...year(paidPence), plan: adjusted, ratesChargedPence: 1_118_000 });

  it('28 May: May’s £998 is still missed after the new notice, so a reminder asks for it', () => {
    expect(nextRecoveryStep('2024-05-28', afterAdjustment(99_800), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 99_800 });
  });

  it('once May is paid, nothing until the new plan’s June instalment is a week late', () => {
    expect(nextRecoveryStep('2024-06-07', afterAdjustment(199_600), policy)).toBeNull();
    expect(nextRecoveryStep('2024-06-08', afterAdjustment(199_600), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 114_800 });
  });
});

describe('a charge added after a final notice is billed in instalments and chased afresh', () => {
  const reminder = stage('reminder', '2024-05-08', '2024-05-15');
  const finalNotice = (paidSince: number) => stage('final-notice', '2024-05-16', '2024-05-23', null, { arrears: 898_200, costs: 0, paidSince });
  // The final notice paid in full; on 10 July a backdated increase adds £2,000, billed with
  // instalments of £400 from August (the whole old charge was due, so none of it is re-profiled).
  const increase: InstalmentPlan = {
    paidBeforePence: 998_000, dueBeforePence: 998_000, yearChargePence: 1_198_000, instalmentsLost: false,
    instalments: Array.from({ length: 5 }, (_, index) => ({ dueOn: addMonths('2024-08-01', index), amountPence: 40_000 })),
  };
  const raised = (paidPence: number, later: IssuedStage[] = []): AccountYearArrears => ({
    ...year(paidPence), plan: increase, ratesChargedPence: 1_198_000, stages: [reminder, finalNotice(898_200 + paidPence - 998_000), ...later],
  });

  it('nothing while the new instalments are kept up', () => {
    expect(nextRecoveryStep('2024-08-20', raised(1_038_000), policy)).toBeNull();
  });

  it('August’s £400 missed: a reminder for it, the year’s reminder already used on the old charge notwithstanding', () => {
    expect(nextRecoveryStep('2024-08-08', raised(998_000), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 40_000 });
  });

  it('that reminder unpaid: a final notice for the £2,000 no notice had demanded, and then a summons for it', () => {
    const newReminder = stage('reminder', '2024-08-08', '2024-08-15', null, { arrears: 40_000, costs: 0, paidSince: 0 });
    expect(nextRecoveryStep('2024-08-16', raised(998_000, [newReminder]), policy)).toMatchObject({ stage: 'final-notice', arrearsPence: 200_000 });
    const secondFinal = stage('final-notice', '2024-08-16', '2024-08-23', null, { arrears: 200_000, costs: 0, paidSince: 0 });
    const atCourt = { ...raised(998_000, [newReminder, secondFinal]), plan: { ...increase, instalmentsLost: true } };
    expect(nextRecoveryStep('2024-08-24', atCourt, policy)).toMatchObject({ stage: 'summons', arrearsPence: 200_000 });
  });

  it('after a second final notice, the first one’s debt is never chased again: each goes to court once', () => {
    // Nothing paid since the first final notice (£8,982, taken to a liability order); the £2,000 increase's
    // reminder unpaid, so a second final notice for it.
    const firstCourse = [
      reminder, finalNotice(0),
      stage('summons', '2024-05-24', '2024-06-07', '2024-06-07', { arrears: 898_200, costs: 6_500, paidSince: 0 }),
      stage('liability-order', '2024-06-07', '2024-06-14', null, { arrears: 904_700, costs: 4_000, paidSince: 0 }),
    ];
    const secondCourse = [
      stage('reminder', '2024-08-08', '2024-08-15', null, { arrears: 40_000, costs: 0, paidSince: 0 }),
      stage('final-notice', '2024-08-16', '2024-08-23', null, { arrears: 200_000, costs: 0, paidSince: 0 }),
    ];
    const fromAugust = { ...increase, paidBeforePence: 99_800, instalmentsLost: true };
    const now = (later: IssuedStage[]): AccountYearArrears => ({ ...year(99_800), plan: fromAugust, ratesChargedPence: 1_198_000, costsChargedPence: 10_500, stages: [...firstCourse, ...secondCourse, ...later] });
    const summons = nextRecoveryStep('2024-08-24', now([]), policy);
    expect(summons).toMatchObject({ stage: 'summons', arrearsPence: 200_000 });
    const issuedSummons = issued(summons as StageToIssue, '2024-08-24');
    for (const day of ['2024-08-25', '2024-09-01', '2024-09-06']) expect(nextRecoveryStep(day, now([issuedSummons]), policy)).toBeNull();
    expect(nextRecoveryStep('2024-09-07', now([issuedSummons]), policy)).toMatchObject({ stage: 'liability-order', arrearsPence: 206_500 });
  });

  it('an earlier final notice still on its way to court goes on beside the new charge’s reminders', () => {
    // Nothing paid since the final notice; summonsed; on 25 May an increase of £2,000 is billed from June.
    const summons = stage('summons', '2024-05-24', '2024-06-07', '2024-06-07', { arrears: 898_200, costs: 6_500, paidSince: 0 });
    const fromJune = { ...increase, paidBeforePence: 99_800, instalments: increase.instalments.map((each, index) => ({ ...each, dueOn: addMonths('2024-06-01', index) })) };
    const both = (stages: IssuedStage[]): AccountYearArrears => ({ ...year(99_800), plan: fromJune, ratesChargedPence: 1_198_000, costsChargedPence: 6_500, stages });
    const onHearingDay = nextRecoveryStep('2024-06-07', both([reminder, finalNotice(0), summons]), policy);
    expect(onHearingDay).toMatchObject({ stage: 'liability-order', arrearsPence: 904_700 });
    const order = issued(onHearingDay as StageToIssue, '2024-06-07');
    expect(nextRecoveryStep('2024-06-08', both([reminder, finalNotice(0), summons, order]), policy)).toMatchObject({ stage: 'reminder', arrearsPence: 40_000 });
  });
});

describe('reg 12: a final notice unpaid brings a summons, and a summons unpaid a liability order', () => {
  const reminder = stage('reminder', '2024-05-08', '2024-05-15');
  // The final notice asked for the year's balance then, £8,982.
  const finalNotice = (paidSince = 0) => stage('final-notice', '2024-05-16', '2024-05-23', null, { arrears: 898_200, costs: 0, paidSince });

  it('after the final notice’s 7 days: a summons for the balance, £65 costs, the hearing 14 days on', () => {
    expect(nextRecoveryStep('2024-05-24', year(99_800, [reminder, finalNotice()]), policy)).toMatchObject({
      stage: 'summons', arrearsPence: 898_200, costsPence: 6_500, hearingOn: '2024-06-07', payBy: '2024-06-07',
    });
  });

  it('paying the missed instalments after a final notice is not enough: the whole balance is due', () => {
    expect(nextRecoveryStep('2024-05-24', year(199_600, [reminder, finalNotice(99_800)]), policy)).toMatchObject({ stage: 'summons', arrearsPence: 798_400 });
  });

  it('no summons for less than the council’s minimum', () => {
    expect(nextRecoveryStep('2024-05-24', year(998_000 - 4_999, [reminder, finalNotice(898_200 - 4_999)]), policy)).toBeNull();
  });

  it('the whole balance paid: nothing more', () => {
    expect(nextRecoveryStep('2024-05-24', year(998_000, [reminder, finalNotice(898_200)]), policy)).toBeNull();
  });

  it('a charge added after the final notice (a higher value, backdated) is not sued for with it', () => {
    const raised = { ...year(99_800, [reminder, finalNotice()]), ratesChargedPence: 998_000 + 200_000 };
    expect(nextRecoveryStep('2024-05-24', raised, policy)).toMatchObject({ stage: 'summons', arrearsPence: 898_200 });
    // The final notice paid in full, then the increase: no summons for money no notice has demanded.
    const paidThenRaised = { ...year(998_000, [reminder, finalNotice(898_200)]), ratesChargedPence: 998_000 + 200_000 };
    expect(nextRecoveryStep('2024-05-24', paidThenRaised, policy)).toBeNull();
  });

  const summons = (paidSince = 0) => stage('summons', '2024-05-24', '2024-06-07', '2024-06-07', { arrears: 898_200, costs: 6_500, paidSince });
  it('before the hearing, nothing; on the hearing day, unpaid: a liability order with its £40 costs', () => {
    const owing = year(99_800, [reminder, finalNotice(), summons()], { charged: 6_500, paid: 0 });
    expect(nextRecoveryStep('2024-06-06', owing, policy)).toBeNull();
    expect(nextRecoveryStep('2024-06-07', owing, policy)).toMatchObject({ stage: 'liability-order', arrearsPence: 904_700, costsPence: 4_000 });
  });

  it('the rates paid but the summons costs not: the order is for the costs', () => {
    expect(nextRecoveryStep('2024-06-07', year(998_000, [reminder, finalNotice(898_200), summons(898_200)], { charged: 6_500, paid: 0 }), policy)).toMatchObject({ stage: 'liability-order', arrearsPence: 6_500 });
  });

  it('the order is for what the summons claimed, not for a charge added since', () => {
    const raised = { ...year(99_800, [reminder, finalNotice(), summons()], { charged: 6_500, paid: 0 }), ratesChargedPence: 998_000 + 200_000 };
    expect(nextRecoveryStep('2024-06-07', raised, policy)).toMatchObject({ stage: 'liability-order', arrearsPence: 904_700 });
  });

  it('after a liability order, enforcement is not decided here', () => {
    const order = stage('liability-order', '2024-06-07', '2024-06-14', null, { arrears: 904_700, costs: 4_000, paidSince: 0 });
    expect(nextRecoveryStep('2024-09-01', year(99_800, [reminder, finalNotice(), summons(), order], { charged: 10_500, paid: 0 }), policy)).toBeNull();
  });
});

describe('recovery, whatever happens (property-based)', () => {
  const rank = (name: string) => RECOVERY_STAGES.indexOf(name as IssuedStage['stage']);
  const anyPolicy = fc.record<RecoveryPolicy>({
    reminderAfterDays: fc.integer({ min: 1, max: 30 }),
    remindersPerYear: fc.integer({ min: 1, max: 3 }),
    daysToPay: fc.integer({ min: 7, max: 30 }),
    daysToHearing: fc.integer({ min: 14, max: 60 }),
    summonsCostsPence: fc.integer({ min: 0, max: 10_000 }),
    liabilityOrderCostsPence: fc.integer({ min: 0, max: 10_000 }),
    minimumSummonsArrearsPence: fc.integer({ min: 0, max: 100_000 }),
  });
  // A year lived day by day, a recovery run every few days, the ratepayer paying now and then.
  const anyYear = fc.record({
    policy: anyPolicy,
    instalmentPence: fc.integer({ min: 100, max: 500_000 }),
    steps: fc.array(fc.record({ days: fc.integer({ min: 1, max: 20 }), paidPence: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 600_000 })) }), { maxLength: 40 }),
  });

  it('never a stage when nothing is overdue; stages only move forward, in order; a rerun the same day issues nothing', () => {
    fc.assert(
      fc.property(anyYear, ({ policy: chosen, instalmentPence, steps }) => {
        const plan = instalments.map((each) => ({ ...each, amountPence: instalmentPence }));
        const charged = instalmentPence * plan.length;
        let today = '2024-04-01';
        let paid = 0;
        let costs = 0;
        const stages: Array<IssuedStage & { paidAtIssue: number }> = [];
        for (const step of steps) {
          today = addDays(today, step.days);
          paid = Math.min(charged, paid + step.paidPence);
          const asNow = () => stages.map(({ paidAtIssue, ...each }) => ({ ...each, paidSincePence: paid - paidAtIssue, ratesPaidSincePence: paid - paidAtIssue }));
          const position: AccountYearArrears = { plan: { ...annualPlan(stages), instalments: plan, yearChargePence: charged }, ratesChargedPence: charged, ratesPaidPence: paid, costsChargedPence: costs, costsPaidPence: 0, stages: asNow() };
          const next = nextRecoveryStep(today, position, chosen);
          const dueSoFar = plan.filter((each) => each.dueOn <= today).reduce((sum, each) => sum + each.amountPence, 0);
          if (stages.length === 0 && paid >= dueSoFar) expect(next).toBeNull();
          if (paid >= charged && costs === 0) expect(next).toBeNull();
          if (!next) continue;
          const last = stages.at(-1);
          expect(next.arrearsPence).toBeGreaterThan(0);
          if (last) expect(rank(next.stage)).toBeGreaterThanOrEqual(rank(last.stage));
          if (next.stage === 'summons') expect(last?.stage).toBe('final-notice');
          if (next.stage === 'summons') expect(next.arrearsPence).toBeGreaterThanOrEqual(chosen.minimumSummonsArrearsPence);
          if (next.stage === 'liability-order') expect(last?.stage).toBe('summons');
          // Never sued for more than the notice before asked for.
          if (next.stage === 'summons' || next.stage === 'liability-order') expect(next.arrearsPence).toBeLessThanOrEqual((last?.arrearsPence ?? 0) + (last?.costsPence ?? 0));
          if (next.stage === 'reminder') expect(stages.filter((each) => each.stage === 'reminder').length).toBeLessThan(chosen.remindersPerYear);
          stages.push({ ...issued(next, today), paidAtIssue: paid });
          costs += next.costsPence;
          expect(nextRecoveryStep(today, { ...position, costsChargedPence: costs, stages: asNow() }, chosen)).toBeNull();
        }
      }),
    );
  });
});
