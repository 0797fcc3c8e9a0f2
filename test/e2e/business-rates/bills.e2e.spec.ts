import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountReferenceFor } from '../../../libs/business-rates/src/index.js';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { inCouncilSql } from '../../support/council-sql.js';
import { TestApi, type TestCouncil } from '../../support/test-api.js';

const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);

describe('bills: recomputed from the register, never patched', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let council: TestCouncil;
  let officer: string;
  let account: SeededAccount;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('bills');
    officer = await api.token(['revenues-officer'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000, liableFrom: '2024-04-01', propertyUse: 'office' });
  });
  afterAll(() => api.close());

  const issue = (reference: string, financialYear = '2024-25') =>
    api.http.post(`/v1/business-rates/accounts/${reference}/bills`).set('authorization', `Bearer ${officer}`).send({ financialYear });

  it('the first notice for a year demands the whole charge in ten instalments', async () => {
    const response = await issue(account.accountReference).expect(201);
    const notice = response.body.notice;
    expect(response.body.issued).toBe(true);
    expect(notice).toMatchObject({ kind: 'demand', financialYear: '2024-25', issuedOn: '2024-03-15', accountReference: account.accountReference });
    // RV £20,000 × the 2024-25 small multiplier 49.9p for the whole year; no small business rate relief above £15,000.
    expect(notice.lines.map((line: { code: string; amountPence: number }) => [line.code, line.amountPence])).toEqual([['GROSS_CHARGE', 998_000]]);
    expect(notice.totalPence).toBe(998_000);
    expect(notice.instalments).toHaveLength(10);
    expect(sum(notice.instalments.map((each: { amountPence: number }) => each.amountPence))).toBe(998_000);
    expect(notice.instalments[0].dueDate).toBe('2024-04-01');
  });

  it('issuing again with nothing changed issues nothing', async () => {
    const response = await issue(account.accountReference).expect(201);
    expect(response.body).toEqual({ issued: false, notice: null });
  });

  it('a backdated reduction gives an adjustment of differences, and re-profiles what is left to pay', async () => {
    clock.setToday('2024-08-20');
    await inCouncilSql(council.id, (query) =>
      query(`insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value, reason) values ($1, $2, '2024-06-01', 16000, 'VOA alteration')`, [
        council.id,
        account.hereditamentId,
      ]),
    );
    const notice = (await issue(account.accountReference).expect(201)).body.notice;
    expect(notice.kind).toBe('adjustment');
    const all = (await api.http.get(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    expect(all).toHaveLength(2);
    const everyLine = all.flatMap((each: { lines: Array<{ amountPence: number }> }) => each.lines.map((line) => line.amountPence));
    // 61 days (April and May) at £20,000 and 304 days at £16,000 (still above the relief threshold), × 49.9p ÷ 365:
    // 20,000 × 499 × 61 ÷ 3,650 = 166,789.04p and 16,000 × 499 × 304 ÷ 3,650 = 664,968.77p, each rounded to the penny.
    const expected = 166_789 + 664_969;
    expect(sum(everyLine)).toBe(expected);
    expect(notice.yearChargePence).toBe(expected);
    expect(notice.lines.some((line: { description: string; amountPence: number }) => line.description.startsWith('Withdrawn') && line.amountPence === -998_000)).toBe(true);
    // Nothing has been paid. The annual bill's April to August instalments (£998 each) had fallen due
    // and stay due; the instalments from September collect the rest of the new charge.
    expect(notice.dueBeforePence).toBe(5 * 99_800);
    expect(sum(notice.instalments.map((each: { amountPence: number }) => each.amountPence))).toBe(expected - 5 * 99_800);
    expect(notice.instalments[0].dueDate >= '2024-09-01').toBe(true);
  });

  it('reads one notice by number, over REST and GraphQL alike', async () => {
    const [first] = (await api.http.get(`/v1/business-rates/accounts/${account.accountReference}/bills?financialYear=2024-25`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    const rest = (await api.http.get(`/v1/business-rates/bills/${first.billNumber}`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    const graphql = await api.graphql(officer, 'query ($n: Int!) { bill(billNumber: $n) { billNumber kind totalPence lines { code amountPence rule legislation inputs } instalments { number dueDate amountPence } } }', { n: first.billNumber });
    expect(graphql.body.data.bill).toMatchObject({ billNumber: rest.billNumber, kind: rest.kind, totalPence: rest.totalPence });
    expect(graphql.body.data.bill.lines[0].rule).toBe(rest.lines[0].rule);
  });

  it('issues through GraphQL too, and says when there is nothing to issue', async () => {
    const response = await api.graphql(officer, 'mutation ($ref: String!) { issueBill(accountReference: $ref, input: {financialYear: "2024-25"}) { issued notice { billNumber } } }', {
      ref: account.accountReference,
    });
    expect(response.body.data.issueBill).toEqual({ issued: false, notice: null });
  });

  it('refuses an unknown account, a mistyped reference and a year that is not one', async () => {
    const unknown = await issue(accountReferenceFor(99_999_999));
    expect(unknown.status).toBe(404);
    const mistyped = await issue(`${account.accountReference.slice(0, 8)}${(Number(account.accountReference[8]) + 1) % 10}`);
    expect(mistyped.status).toBe(400);
    expect(mistyped.body.problems[0].field).toBe('accountReference');
    const badYear = await issue(account.accountReference, '2024-26');
    expect(badYear.status).toBe(400);
    expect(badYear.body.problems[0].field).toBe('financialYear');
  });

  it('lets a viewer read bills but not issue them', async () => {
    const viewer = await api.token(['revenues-viewer'], council.code);
    await api.http.get(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${viewer}`).expect(200);
    await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${viewer}`).send({ financialYear: '2024-25' }).expect(403);
  });
});
