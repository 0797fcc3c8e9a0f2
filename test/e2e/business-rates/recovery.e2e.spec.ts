import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { TestApi } from '../../support/test-api.js';

describe('recovery: a policy per council, a daily run that issues each notice once, and the year’s totals', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let manager: string;
  let officer: string;
  let account: SeededAccount;

  const as = (token: string) => ({
    get: (path: string) => api.http.get(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`),
    put: (path: string, body: object) => api.http.put(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body),
    post: (path: string, body: object) => api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body),
  });
  const policy = {
    effectiveFrom: '2024-04-01', reminderAfterDays: 7, remindersPerYear: 1, daysToPay: 7, daysToHearing: 14,
    summonsCostsPence: 7_000, liabilityOrderCostsPence: 3_000, minimumSummonsArrearsPence: 5_000, reason: 'costs agreed with the court for 2024-25',
  };
  const run = async () => (await as(manager).post('/recovery-runs', {}).expect(200)).body;
  const stages = async () => (await as(officer).get(`/accounts/${account.accountReference}/recovery-stages`).expect(200)).body;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('recover');
    manager = await api.token(['revenues-manager'], council.code);
    officer = await api.token(['revenues-officer'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000 });
    // £9,980 for 2024-25, ten instalments of £998 from 1 April.
    await as(manager).post(`/accounts/${account.accountReference}/bills`, { financialYear: '2024-25' }).expect(201);
    clock.setToday('2024-04-02');
    await as(officer).post('/payments', { accountReference: account.accountReference, amountPence: 99_800, receivedOn: '2024-04-02', method: 'card' }).expect(201);
  });
  afterAll(() => api.close());

  it('without a policy of its own, the council follows the national defaults', async () => {
    const response = await as(officer).get('/recovery-policy').expect(200);
    expect(response.body).toMatchObject({ source: 'national-default', reminderAfterDays: 7, remindersPerYear: 1, daysToPay: 7, daysToHearing: 14, summonsCostsPence: 6_500 });
  });

  it('a policy the law does not allow is refused, naming the field; only managers set one', async () => {
    const tooQuick = await as(manager).put('/recovery-policy', { ...policy, daysToPay: 3 }).expect(400);
    expect(tooQuick.body.problems[0].field).toBe('daysToPay');
    const notANumber = await as(manager).put('/recovery-policy', { ...policy, daysToHearing: 'soon' }).expect(400);
    expect(notANumber.body.problems.map((problem: { field: string }) => problem.field)).toContain('daysToHearing');
    // Regulation 8: a reminder before a final notice, and only once an instalment is late.
    const noReminder = await as(manager).put('/recovery-policy', { ...policy, remindersPerYear: 0 }).expect(400);
    expect(noReminder.body.problems[0].field).toBe('remindersPerYear');
    const onTheDay = await as(manager).put('/recovery-policy', { ...policy, reminderAfterDays: 0 }).expect(400);
    expect(onTheDay.body.problems[0].field).toBe('reminderAfterDays');
    const badDay = await as(manager).put('/recovery-policy', { ...policy, effectiveFrom: '2024-13-01' }).expect(400);
    expect(badDay.body.problems[0].field).toBe('effectiveFrom');
    await as(officer).put('/recovery-policy', policy).expect(403);
  });

  it('a policy set from a day applies from that day; before it the default stands', async () => {
    const set = await as(manager).put('/recovery-policy', policy).expect(200);
    expect(set.body).toMatchObject({ source: 'council', effectiveFrom: '2024-04-01', summonsCostsPence: 7_000 });
    expect((await as(officer).get('/recovery-policy?asAt=2024-03-31').expect(200)).body.source).toBe('national-default');
    const graphql = await api.graphql(officer, '{ recoveryPolicy { source summonsCostsPence } }');
    expect(graphql.body.data.recoveryPolicy).toEqual({ source: 'council', summonsCostsPence: 7_000 });
  });

  it('May missed: a reminder a week on, issued once however often the run is repeated that day', async () => {
    clock.setToday('2024-05-08');
    expect(await run()).toEqual({ asAt: '2024-05-08', accountYearsChecked: 1, issued: { reminder: 1, finalNotice: 0, summons: 0, liabilityOrder: 0 } });
    expect((await run()).issued).toEqual({ reminder: 0, finalNotice: 0, summons: 0, liabilityOrder: 0 });
    expect(await stages()).toEqual([
      expect.objectContaining({ financialYear: '2024-25', stage: 'reminder', issuedOn: '2024-05-08', arrearsPence: 99_800, costsPence: 0, payBy: '2024-05-15', hearingOn: null }),
    ]);
  });

  it('a run for any day but today is refused: notices are dated the day they go out', async () => {
    for (const asAt of ['2024-05-09', '2024-05-01']) {
      const response = await as(manager).post('/recovery-runs', { asAt }).expect(400);
      expect(response.body.problems[0].field).toBe('asAt');
    }
  });

  it('the reminder unpaid: a final notice for the balance, then a summons with the council’s costs', async () => {
    clock.setToday('2024-05-16');
    expect((await run()).issued.finalNotice).toBe(1);
    clock.setToday('2024-05-24');
    expect((await run()).issued.summons).toBe(1);
    const graphql = await api.graphql(officer, 'query ($ref: String!) { recoveryStages(accountReference: $ref) { stage issuedOn arrearsPence costsPence hearingOn } }', { ref: account.accountReference });
    expect(graphql.body.data.recoveryStages).toEqual([
      { stage: 'reminder', issuedOn: '2024-05-08', arrearsPence: 99_800, costsPence: 0, hearingOn: null },
      { stage: 'final-notice', issuedOn: '2024-05-16', arrearsPence: 898_200, costsPence: 0, hearingOn: null },
      { stage: 'summons', issuedOn: '2024-05-24', arrearsPence: 898_200, costsPence: 7_000, hearingOn: '2024-06-07' },
    ]);
  });

  it('the totals add up, and agree with the account statement', async () => {
    await as(officer).post('/payments', { accountReference: account.accountReference, amountPence: 200_000, receivedOn: '2024-05-24', method: 'bank-transfer' }).expect(201);
    await as(manager).post(`/accounts/${account.accountReference}/write-offs`, { financialYear: '2024-25', amountPence: 10_000, reason: 'agreed settlement' }).expect(201);
    const totals = (await as(officer).get('/collection-totals/2024-25').expect(200)).body;
    expect(totals).toEqual({
      financialYear: '2024-25',
      grossByMultiplier: [{ multiplier: 'small business multiplier', amountPence: 998_000 }],
      reliefs: [],
      netCollectablePence: 998_000,
      collectedPence: 299_800,
      writtenOffPence: 10_000,
      arrearsPence: 998_000 - 299_800 - 10_000,
      costsChargedPence: 7_000,
      costsCollectedPence: 0,
    });
    const gross = totals.grossByMultiplier.reduce((sum: number, each: { amountPence: number }) => sum + each.amountPence, 0);
    const reliefs = totals.reliefs.reduce((sum: number, each: { amountPence: number }) => sum + each.amountPence, 0);
    expect(gross + reliefs).toBe(totals.netCollectablePence);
    const statement = (await as(officer).get(`/accounts/${account.accountReference}/statement`).expect(200)).body;
    expect(statement.balancePence).toBe(totals.arrearsPence + totals.costsChargedPence - totals.costsCollectedPence);
    const graphql = await api.graphql(officer, '{ collectionTotals(financialYear: "2024-25") { arrearsPence costsChargedPence } }');
    expect(graphql.body.data.collectionTotals).toEqual({ arrearsPence: totals.arrearsPence, costsChargedPence: 7_000 });
    expect((await as(officer).get('/collection-totals/2024').expect(400)).body.problems[0].field).toBe('financialYear');
  });

  it('the summons unpaid by the hearing: a liability order, its costs on the account', async () => {
    clock.setToday('2024-06-07');
    expect((await api.graphql(manager, 'mutation { runRecovery { issued { liabilityOrder } } }')).body.data.runRecovery.issued.liabilityOrder).toBe(1);
    expect((await stages()).at(-1)).toMatchObject({ stage: 'liability-order', costsPence: 3_000, arrearsPence: 998_000 - 299_800 - 10_000 + 7_000 });
  });
});

describe('recovery across a council: each account-year decided on its own facts, many at once', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let manager: string;
  let officer: string;
  const accounts: Record<'none' | 'all' | 'april', SeededAccount> = {} as never;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('recover-many');
    manager = await api.token(['revenues-manager'], council.code);
    officer = await api.token(['revenues-officer'], council.code);
    for (const name of ['none', 'all', 'april'] as const) {
      accounts[name] = await seedRatedAccount(council.id, { rateableValue: 20_000 });
      // £9,980 for 2024-25, ten instalments of £998 from 1 April.
      await api.http.post(`/v1/business-rates/accounts/${accounts[name].accountReference}/bills`).set('authorization', `Bearer ${officer}`).send({ financialYear: '2024-25' }).expect(201);
    }
    const pay = (name: keyof typeof accounts, amountPence: number) =>
      api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${officer}`).send({ accountReference: accounts[name].accountReference, amountPence, receivedOn: '2024-05-01', method: 'card' }).expect(201);
    clock.setToday('2024-05-01');
    await pay('all', 2 * 99_800);
    await pay('april', 99_800);
  });
  afterAll(() => api.close());

  it('a week after May’s instalment: a reminder for what each has missed, none for the account up to date', async () => {
    clock.setToday('2024-05-08');
    const result = (await api.http.post('/v1/business-rates/recovery-runs').set('authorization', `Bearer ${manager}`).send({}).expect(200)).body;
    expect(result).toMatchObject({ accountYearsChecked: 3, issued: { reminder: 2, finalNotice: 0, summons: 0, liabilityOrder: 0 } });
    const stagesOf = async (name: keyof typeof accounts) =>
      (await api.http.get(`/v1/business-rates/accounts/${accounts[name].accountReference}/recovery-stages`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    expect(await stagesOf('none')).toEqual([expect.objectContaining({ stage: 'reminder', arrearsPence: 2 * 99_800 })]);
    expect(await stagesOf('april')).toEqual([expect.objectContaining({ stage: 'reminder', arrearsPence: 99_800 })]);
    expect(await stagesOf('all')).toEqual([]);
  });
});

