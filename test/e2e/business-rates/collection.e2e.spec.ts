import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { TestApi } from '../../support/test-api.js';

describe('collection: payments post once, land on the oldest debt, and the balance comes from the ledger', () => {
  const clock = SettableClock.on('2024-03-15');
  let api: TestApi;
  let token: string;
  let manager: string;
  let account: SeededAccount;
  let other: SeededAccount;

  const pay = (body: object, key?: string) => {
    const call = api.http.post('/v1/business-rates/payments').set('authorization', `Bearer ${token}`);
    if (key) call.set('idempotency-key', key);
    return call.send({ method: 'bank-transfer', receivedOn: '2024-04-20', ...body });
  };
  const statement = async (reference: string, asAt?: string) =>
    (await api.http.get(`/v1/business-rates/accounts/${reference}/statement${asAt ? `?asAt=${asAt}` : ''}`).set('authorization', `Bearer ${token}`).expect(200)).body;

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('collect');
    token = await api.token(['integration'], council.code);
    manager = await api.token(['revenues-manager'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 20_000 });
    other = await seedRatedAccount(council.id, { rateableValue: 20_000 });
    await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/bills`).set('authorization', `Bearer ${manager}`).send({ financialYear: '2024-25' }).expect(201);
    clock.setToday('2024-04-25');
  });
  afterAll(() => api.close());

  it('a payment is posted once however often it is sent with the same Idempotency-Key', async () => {
    const first = await pay({ accountReference: account.accountReference, amountPence: 99_800 }, 'bank-file-2024-04-20-line-7').expect(201);
    expect(first.body).toMatchObject({ replayed: false, inSuspense: false, payment: { amountPence: 99_800, allocatedPence: 99_800 } });
    const again = await pay({ accountReference: account.accountReference, amountPence: 99_800 }, 'bank-file-2024-04-20-line-7').expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.payment.paymentId).toBe(first.body.payment.paymentId);
    expect((await statement(account.accountReference)).balancePence).toBe(998_000 - 99_800);
  });

  it('the same key with a different payment is a conflict naming Idempotency-Key', async () => {
    const response = await pay({ accountReference: account.accountReference, amountPence: 1 }, 'bank-file-2024-04-20-line-7').expect(409);
    expect(response.body.problems[0].field).toBe('Idempotency-Key');
  });

  it('the same payment sent twice at once still posts once', async () => {
    const body = { accountReference: account.accountReference, amountPence: 5_000, externalReference: 'CARD-123' };
    const [a, b] = await Promise.all([pay(body), pay(body)]);
    expect([a.status, b.status].sort()).toEqual([200, 201]);
    expect(a.body.payment.paymentId).toBe(b.body.payment.paymentId);
    expect((await statement(account.accountReference)).entries.filter((entry: { kind: string }) => entry.kind === 'payment')).toHaveLength(2);
  });

  it('an unknown reference goes to suspense, never lost, and an officer can assign it', async () => {
    const response = await pay({ accountReference: 'RATES REF 0001234', amountPence: 12_345 }).expect(201);
    expect(response.body.inSuspense).toBe(true);
    const waiting = (await api.http.get('/v1/business-rates/payments/suspense').set('authorization', `Bearer ${token}`).expect(200)).body;
    expect(waiting.map((payment: { quotedReference: string }) => payment.quotedReference)).toContain('RATES REF 0001234');
    const assigned = await api.http
      .post(`/v1/business-rates/payments/${response.body.payment.paymentId}/assign`)
      .set('authorization', `Bearer ${token}`)
      .send({ accountReference: account.accountReference, reason: 'payer phoned with the right reference' })
      .expect(201);
    expect(assigned.body.accountReference).toBe(account.accountReference);
    expect((await statement(account.accountReference)).balancePence).toBe(998_000 - 99_800 - 5_000 - 12_345);
  });

  it('an account with no debt keeps its payment as credit, which can be transferred and refunded but not beyond what it holds', async () => {
    await pay({ accountReference: other.accountReference, amountPence: 30_000 }).expect(201);
    expect((await statement(other.accountReference)).balancePence).toBe(-30_000);
    const tooMuch = await api.http.post(`/v1/business-rates/accounts/${other.accountReference}/refunds`).set('authorization', `Bearer ${manager}`).send({ amountPence: 30_001, reason: 'overpaid' });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.problems[0]).toEqual({ field: 'amountPence', reason: "is more than the account's credit of £300.00" });
    await api.http.post(`/v1/business-rates/accounts/${other.accountReference}/transfers`).set('authorization', `Bearer ${manager}`)
      .send({ toAccountReference: account.accountReference, amountPence: 10_000, reason: 'same ratepayer' }).expect(201);
    await api.http.post(`/v1/business-rates/accounts/${other.accountReference}/refunds`).set('authorization', `Bearer ${manager}`).send({ amountPence: 20_000, reason: 'overpaid' }).expect(201);
    expect((await statement(other.accountReference)).balancePence).toBe(0);
    expect((await statement(account.accountReference)).balancePence).toBe(998_000 - 99_800 - 5_000 - 12_345 - 10_000);
  });

  it('a statement as at an earlier date shows only what was posted by then', async () => {
    const before = await statement(account.accountReference, '2024-04-01');
    expect(before.entries.map((entry: { kind: string }) => entry.kind)).toEqual(['charge']);
    expect(before.balancePence).toBe(998_000);
  });

  it('write-offs are for managers, and never more than is unpaid', async () => {
    const byIntegration = await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/write-offs`).set('authorization', `Bearer ${token}`).send({ financialYear: '2024-25', amountPence: 100, reason: 'x' });
    expect(byIntegration.status).toBe(403);
    const tooMuch = await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/write-offs`).set('authorization', `Bearer ${manager}`).send({ financialYear: '2024-25', amountPence: 998_000, reason: 'insolvent' });
    expect(tooMuch.status).toBe(400);
    await api.http.post(`/v1/business-rates/accounts/${account.accountReference}/write-offs`).set('authorization', `Bearer ${manager}`).send({ financialYear: '2024-25', amountPence: 870_855, reason: 'company dissolved' }).expect(201);
    expect((await statement(account.accountReference)).balancePence).toBe(0);
  });
});
