import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { TestApi } from '../support/test-api.js';
import { RatepayerJourney, sumOf, type Notice } from './ratepayer-journey.js';

interface Stage { stage: string; issuedOn: string; arrearsPence: number; costsPence: number; payBy: string; hearingOn: string | null }
interface Statement { balancePence: number; entries: Array<{ kind: string; amountPence: number; postedOn: string }> }

/**
 * One ratepayer's 2024-25 as the recovery team lives it, on the national default policy (a reminder
 * a week after a missed instalment, one reminder a year, 7 days to pay, a hearing 14 days after the
 * summons, £65 summons costs). £9,980 a year (RV £20,000 × 49.9p) in ten instalments of £998.
 */
describe('recovery year 2024-25: a missed instalment, a reminder paid, another missed, a final notice and a summons; then a backdated increase chased afresh', () => {
  const clock = SettableClock.on('2024-03-01');
  let api: TestApi;
  let officer: RatepayerJourney;
  let manager: RatepayerJourney;
  let reference: string;
  let hereditamentId: string;

  const runRecovery = async (asAt: string) => {
    clock.setToday(asAt);
    return (await manager.post<{ issued: Record<string, number> }>('/recovery-runs', {}, 200)).issued;
  };
  const stages = () => officer.get<Stage[]>(`/accounts/${reference}/recovery-stages`);
  const statement = () => officer.get<Statement>(`/accounts/${reference}/statement`);

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('recovery');
    officer = new RatepayerJourney(api, await api.token(['revenues-officer'], council.code));
    manager = new RatepayerJourney(api, await api.token(['revenues-manager'], council.code));
    const hereditament = await officer.post<{ hereditamentId: string }>('/hereditaments', {
      baReference: 'RC0001', addressLines: ['2 Quay Street', 'Bridgwater'], postcode: 'ta6 3aa', description: 'Offices and premises',
      scatCode: '203', propertyUse: 'office', rateableValue: 20_000, effectiveFrom: '2023-04-01', reason: 'entered in the 2023 list',
    });
    hereditamentId = hereditament.hereditamentId;
    const party = await officer.post<{ partyId: string }>('/parties', { kind: 'company', name: 'Quayside Hardware Ltd' });
    reference = (await officer.post<{ reference: string }>('/accounts', { partyId: party.partyId })).reference;
    await officer.post(`/accounts/${reference}/liabilities`, {
      hereditamentId: hereditament.hereditamentId, capacity: 'occupier', startsOn: '2024-04-01', reason: 'new tenant',
    });
    // Liable from 1 April, billed for the year ahead in March.
    await manager.post(`/accounts/${reference}/bills`, { financialYear: '2024-25' });
    const notices = await officer.notices(reference, '2024-25');
    expect(notices[0].instalments.map((each) => each.amountPence)).toEqual(Array(10).fill(99_800));
    expect(notices[0].instalments[0].dueDate).toBe('2024-04-01');
    expect(sumOf(notices[0].instalments.map((each) => each.amountPence))).toBe(998_000);
  });
  afterAll(() => api.close());

  it('1 April: the first instalment is paid; the bank sends the line twice and it is posted once', async () => {
    clock.setToday('2024-04-01');
    expect((await officer.pay(reference, 99_800, '2024-04-01', 'bank-2024-04-01-line-3')).replayed).toBe(false);
    expect((await officer.pay(reference, 99_800, '2024-04-01', 'bank-2024-04-01-line-3', 200)).replayed).toBe(true);
    expect((await statement()).balancePence).toBe(998_000 - 99_800);
  });

  it('8 May: May’s instalment unpaid a week on brings a reminder for £998, to pay by 15 May', async () => {
    expect(await runRecovery('2024-05-07')).toMatchObject({ reminder: 0 });
    expect(await runRecovery('2024-05-08')).toMatchObject({ reminder: 1 });
    expect(await runRecovery('2024-05-08')).toEqual({ reminder: 0, finalNotice: 0, summons: 0, liabilityOrder: 0 });
    expect(await stages()).toEqual([expect.objectContaining({ stage: 'reminder', issuedOn: '2024-05-08', arrearsPence: 99_800, costsPence: 0, payBy: '2024-05-15' })]);
  });

  it('14 May: paid within the 7 days, the account is back in instalments and nothing more is sent', async () => {
    clock.setToday('2024-05-14');
    await officer.pay(reference, 99_800, '2024-05-14', 'bank-2024-05-14-line-1');
    expect(await runRecovery('2024-05-16')).toEqual({ reminder: 0, finalNotice: 0, summons: 0, liabilityOrder: 0 });
  });

  it('8 June: June missed with the year’s one reminder used: a final notice for the whole balance', async () => {
    expect(await runRecovery('2024-06-08')).toMatchObject({ finalNotice: 1 });
    expect((await stages()).at(-1)).toMatchObject({ stage: 'final-notice', issuedOn: '2024-06-08', arrearsPence: 798_400, payBy: '2024-06-15' });
  });

  it('16 June: paying June alone is not enough after a final notice: a summons for the balance, with £65 costs', async () => {
    clock.setToday('2024-06-12');
    await officer.pay(reference, 99_800, '2024-06-12', 'bank-2024-06-12-line-9');
    expect(await runRecovery('2024-06-15')).toMatchObject({ summons: 0 });
    expect(await runRecovery('2024-06-16')).toMatchObject({ summons: 1 });
    expect((await stages()).at(-1)).toEqual(expect.objectContaining({ stage: 'summons', issuedOn: '2024-06-16', arrearsPence: 698_600, costsPence: 6_500, payBy: '2024-06-30', hearingOn: '2024-06-30' }));
    const account = await statement();
    expect(account.entries.filter((entry) => entry.kind === 'costs')).toEqual([expect.objectContaining({ postedOn: '2024-06-16', amountPence: 6_500 })]);
    expect(account.balancePence).toBe(698_600 + 6_500);
  });

  it('20 June: the balance and costs paid before the hearing, there is no liability order', async () => {
    clock.setToday('2024-06-20');
    await officer.pay(reference, 705_100, '2024-06-20', 'bank-2024-06-20-line-2');
    expect((await statement()).balancePence).toBe(0);
    expect(await runRecovery('2024-06-30')).toEqual({ reminder: 0, finalNotice: 0, summons: 0, liabilityOrder: 0 });
    expect((await stages()).map((each) => each.stage)).toEqual(['reminder', 'final-notice', 'summons']);
    const totals = await officer.get<{ arrearsPence: number; collectedPence: number; costsChargedPence: number; costsCollectedPence: number }>('/collection-totals/2024-25');
    expect(totals).toMatchObject({ arrearsPence: 0, collectedPence: 998_000, costsChargedPence: 6_500, costsCollectedPence: 6_500 });
  });

  it('10 July: a backdated increase after the final notice is billed in instalments of its own; the old charge, all due, is not re-profiled', async () => {
    clock.setToday('2024-07-10');
    const { notices } = await officer.post<{ notices: Notice[] }>(`/hereditaments/${hereditamentId}/rateable-values`, {
      effectiveFrom: '2024-04-01', rateableValue: 24_000, reason: 'VOA alteration from 1 April',
    });
    const [adjustment] = notices;
    // 24,000 × 49.9p = £11,976 for the year, £1,996 more. The final notice made the old £9,980 due and it
    // is paid; the new £1,996 is spread over the 7 months from August: £286, then 6 × £285.
    expect(adjustment).toMatchObject({ kind: 'adjustment', totalPence: 199_600, yearChargePence: 1_197_600, paidBeforePence: 998_000, dueBeforePence: 998_000 });
    expect(adjustment.instalments.map((each) => each.amountPence)).toEqual([28_600, ...Array(6).fill(28_500)]);
    expect(adjustment.instalments[0].dueDate).toBe('2024-08-01');
  });

  it('8 August: the new charge’s first instalment missed brings a reminder for it, though the year’s reminder was used on the old charge', async () => {
    expect(await runRecovery('2024-08-08')).toMatchObject({ reminder: 1, liabilityOrder: 0 });
    expect((await stages()).at(-1)).toMatchObject({ stage: 'reminder', arrearsPence: 28_600, payBy: '2024-08-15' });
  });

  it('20 August: the reminder paid on 17 August, two days after its pay-by day, was too late: a final notice for the new balance alone', async () => {
    clock.setToday('2024-08-17');
    await officer.pay(reference, 28_600, '2024-08-17', 'bank-2024-08-17-line-4');
    expect(await runRecovery('2024-08-20')).toMatchObject({ finalNotice: 1 });
    expect((await stages()).at(-1)).toMatchObject({ stage: 'final-notice', issuedOn: '2024-08-20', arrearsPence: 199_600 - 28_600, payBy: '2024-08-27' });
  });

  it('28 August: unpaid, the new balance goes to court on its own: a summons for £1,710 with £65 costs', async () => {
    expect(await runRecovery('2024-08-28')).toMatchObject({ summons: 1 });
    expect((await stages()).at(-1)).toMatchObject({ stage: 'summons', arrearsPence: 171_000, costsPence: 6_500, hearingOn: '2024-09-11' });
    expect((await statement()).balancePence).toBe(171_000 + 6_500);
    expect((await stages()).map((each) => each.stage)).toEqual(['reminder', 'final-notice', 'summons', 'reminder', 'final-notice', 'summons']);
  });
});
