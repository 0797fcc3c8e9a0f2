import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { TestApi } from '../support/test-api.js';
import { linesOf, RatepayerJourney, sumOf, type Notice } from './ratepayer-journey.js';

/**
 * One ratepayer's 2024-25, told as the officer lives it: the clock moves, facts change, and every
 * notice's lines and the year's total are checked to the penny. Daily charge = RV × 49.9p ÷ 365
 * (the 2024-25 small multiplier), each line rounded half-up to the penny.
 */
describe('billing year 2024-25: an office that is moved into, revalued, left empty, reoccupied and given charity relief', () => {
  const clock = SettableClock.on('2024-03-01');
  let api: TestApi;
  let officer: RatepayerJourney;
  let hereditamentId: string;
  let reference: string;
  let liabilityId: string;
  let demand: Notice;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('scenario');
    officer = new RatepayerJourney(api, await api.token(['revenues-officer'], council.code));
    const hereditament = await officer.post<{ hereditamentId: string }>('/hereditaments', {
      baReference: 'SC0001', addressLines: ['Unit 4, Mill Lane', 'Bridgwater'], postcode: 'ta6 3ar', description: 'Offices and premises',
      scatCode: '203', propertyUse: 'office', rateableValue: 30_000, effectiveFrom: '2023-04-01', reason: 'entered in the 2023 list',
    });
    hereditamentId = hereditament.hereditamentId;
    const party = await officer.post<{ partyId: string }>('/parties', { kind: 'charity', name: 'Somerset Scanning Trust', charityNumber: '1123456' });
    reference = (await officer.post<{ reference: string }>('/accounts', { partyId: party.partyId })).reference;
  });
  afterAll(() => api.close());

  const allNotices = () => officer.notices(reference, '2024-25');
  const billedSoFar = async () => sumOf((await allNotices()).flatMap((notice) => notice.lines.map((line) => line.amountPence)));

  it('10 July: moving in from 15 July brings a demand for the 260 days left, in instalments from August', async () => {
    clock.setToday('2024-07-10');
    const { liability, notices } = await officer.post<{ liability: { liabilityId: string }; notices: Notice[] }>(`/accounts/${reference}/liabilities`, {
      hereditamentId, capacity: 'occupier', startsOn: '2024-07-15', reason: 'new tenant',
    });
    liabilityId = liability.liabilityId;
    expect(notices).toHaveLength(1);
    [demand] = notices;
    expect(demand.kind).toBe('demand');
    // 30,000 × 499 × 260 ÷ 3,650 = 1,066,356.16p.
    expect(linesOf(demand)).toEqual([['GROSS_CHARGE', '2024-07-15', '2025-03-31', 1_066_356]]);
    expect(sumOf(demand.instalments.map((each) => each.amountPence))).toBe(1_066_356);
    expect(demand.instalments[0].dueDate).toBe('2024-08-01');
  });

  it('20 September: a rateable value reduced to £24,000 back to 1 April withdraws the charge and bills it again at the new value', async () => {
    clock.setToday('2024-09-20');
    const { notices } = await officer.post<{ notices: Notice[] }>(`/hereditaments/${hereditamentId}/rateable-values`, {
      effectiveFrom: '2024-04-01', rateableValue: 24_000, reason: 'VOA alteration, check-challenge-appeal',
    });
    expect(notices).toHaveLength(1);
    const [adjustment] = notices;
    expect(adjustment.kind).toBe('adjustment');
    // 24,000 × 499 × 260 ÷ 3,650 = 853,084.93p.
    expect(linesOf(adjustment)).toEqual([
      ['GROSS_CHARGE', '2024-07-15', '2025-03-31', 853_085 - 1_066_356],
    ]);
    expect(adjustment.totalPence).toBe(-213_271);
    expect(adjustment.yearChargePence).toBe(853_085);
    // Nothing paid: the demand's August and September instalments had fallen due and stay due (they are
    // not re-profiled); the new instalments, from the first month starting 14 days or more after the
    // notice, collect the rest of the new charge.
    const dueByNow = sumOf(demand.instalments.filter((each) => each.dueDate <= '2024-09-20').map((each) => each.amountPence));
    expect(demand.instalments.filter((each) => each.dueDate <= '2024-09-20').map((each) => each.dueDate)).toEqual(['2024-08-01', '2024-09-01']);
    expect(adjustment.dueBeforePence).toBe(dueByNow);
    expect(sumOf(adjustment.instalments.map((each) => each.amountPence))).toBe(853_085 - dueByNow);
    expect(adjustment.instalments[0].dueDate).toBe('2024-11-01');
  });

  it('5 November: empty from 1 November, the first three months are exempt', async () => {
    clock.setToday('2024-11-05');
    const { notices } = await officer.post<{ notices: Notice[] }>(`/hereditaments/${hereditamentId}/occupation`, { startsOn: '2024-11-01', occupied: false });
    const [adjustment] = notices;
    // The whole-period line is withdrawn and replaced by its pieces: 109 days occupied (357,639.45p); 92 days empty within the
    // three months' exemption (301,860.82p charged and exempted); 59 empty days at the full rate once it ends (193,584.66p).
    expect(linesOf(adjustment)).toEqual([
      ['GROSS_CHARGE', '2024-07-15', '2024-10-31', 357_639],
      ['GROSS_CHARGE', '2024-11-01', '2025-01-31', 301_861],
      ['EMPTY_PROPERTY_EXEMPTION', '2024-11-01', '2025-01-31', -301_861],
      ['GROSS_CHARGE', '2025-02-01', '2025-03-31', 193_585],
      ['GROSS_CHARGE', '2024-07-15', '2025-03-31', -853_085],
    ]);
    expect(adjustment.yearChargePence).toBe(357_639 + 193_585);
    expect(await billedSoFar()).toBe(adjustment.yearChargePence);
  });

  it('20 January: reoccupied from 10 January, so the rest of the year is charged as occupied', async () => {
    clock.setToday('2025-01-20');
    const { notices } = await officer.post<{ notices: Notice[] }>(`/hereditaments/${hereditamentId}/occupation`, { startsOn: '2025-01-10', occupied: true });
    const [adjustment] = notices;
    expect(adjustment.kind).toBe('adjustment');
    // 109 days occupied, 70 days empty and exempt (nothing), 81 days occupied (265,769.26p).
    expect(adjustment.yearChargePence).toBe(357_639 + 265_769);
    expect(await billedSoFar()).toBe(357_639 + 265_769);
  });

  it('3 February: charity relief awarded late, from the day they moved in, takes 80% off every charged day', async () => {
    clock.setToday('2025-02-03');
    const { notices } = await officer.post<{ notices: Notice[] }>(`/liabilities/${liabilityId}/reliefs`, {
      kind: 'charity', startsOn: '2024-07-15', evidence: 'Charity Commission register entry 1123456 checked 3/2/25',
    });
    const [adjustment] = notices;
    const relief = adjustment.lines.filter((line) => line.code === 'CHARITABLE_RELIEF');
    expect(relief.length).toBeGreaterThan(0);
    expect(relief.every((line) => line.amountPence < 0)).toBe(true);
    // 80% of each charged piece, rounded per line: what is left is a fifth of 623,408p, give or take a penny a line.
    expect(Math.abs(adjustment.yearChargePence - 124_682)).toBeLessThanOrEqual(2);
    expect(await billedSoFar()).toBe(adjustment.yearChargePence);
    // Nothing has been paid all year, and more than the reduced charge had already fallen due: all of
    // it stays due now, so there is nothing left to pay by instalments.
    expect(adjustment.dueBeforePence).toBeGreaterThan(adjustment.yearChargePence);
    expect(adjustment.instalments).toEqual([]);
  });

  it('asking again with nothing changed issues nothing, and the account shows the liability and its relief', async () => {
    const again = await officer.post<{ issued: boolean }>(`/accounts/${reference}/bills`, { financialYear: '2024-25' });
    expect(again.issued).toBe(false);
    const account = await officer.get<{ liabilities: Array<{ reliefs: Array<{ kind: string }> }> }>(`/accounts/${reference}`);
    expect(account.liabilities[0].reliefs.map((award) => award.kind)).toEqual(['charity']);
    expect((await allNotices()).map((notice) => notice.kind)).toEqual(['demand', 'adjustment', 'adjustment', 'adjustment', 'adjustment']);
  });
});
