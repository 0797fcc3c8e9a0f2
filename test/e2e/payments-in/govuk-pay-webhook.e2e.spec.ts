import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedRatedAccount, type SeededAccount } from '../../support/business-rates-seed.js';
import { FakeGovUkPay } from '../../support/fake-govuk-pay.js';
import { TestApi } from '../../support/test-api.js';

const SECRET = 'webhook_test_4f1c2a9b8e7d6c5b4a39281706f5e4d3';

describe('GOV.UK Pay webhook: signed notifications post card payments once', () => {
  let api: TestApi;
  let manager: string;
  let pay: FakeGovUkPay;
  let account: SeededAccount;
  let councilCode: string;
  let councilId: string;

  const get = (path: string) => api.http.get(path).set('authorization', `Bearer ${manager}`).expect(200);
  const payments = async (reference: string) =>
    ((await get(`/v1/business-rates/accounts/${reference}/statement`)).body.entries as Array<{ kind: string; amountPence: number }>).filter((entry) => entry.kind === 'payment');
  const notifications = async () => (await get('/v1/integrations/govuk-pay/notifications')).body as Array<Record<string, unknown>>;

  beforeAll(async () => {
    api = await TestApi.start();
    const council = await api.createCouncil('govpay');
    councilCode = council.code;
    councilId = council.id;
    manager = await api.token(['revenues-manager'], council.code);
    account = await seedRatedAccount(council.id, { rateableValue: 15_000 });
    pay = new FakeGovUkPay(api, council.code, SECRET);
  });
  afterAll(() => api.close());

  it('refuses every notification until the council has set its signing secret', async () => {
    const { response } = await pay.pay({ amountPence: 100, reference: account.accountReference });
    expect(response.status).toBe(401);
    expect(response.body.message).toContain('no-signing-secret');
  });

  it('lets a revenues manager set the secret, which is never returned or written to the audit trail in the clear', async () => {
    const officer = await api.token(['revenues-officer'], councilCode);
    await api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${officer}`).send({ secret: SECRET }).expect(403);
    const set = await api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${manager}`).send({ secret: SECRET, reason: 'webhook created in GOV.UK Pay' }).expect(200);
    expect(set.body).toMatchObject({ provider: 'govuk-pay', fingerprint: expect.stringMatching(/^[0-9a-f]{12}$/), toleranceSeconds: 900 });
    expect(JSON.stringify(set.body)).not.toContain(SECRET);
    const trail = await get('/v1/audit-events?tableName=payment_signing_secrets');
    expect(trail.body.length).toBeGreaterThan(0);
    expect(JSON.stringify(trail.body)).not.toContain(SECRET);
  });

  it('posts a good notification once, even when GOV.UK Pay sends it twice', async () => {
    const { body, paymentId } = pay.notification({ amountPence: 12_345, reference: account.accountReference });
    const first = await pay.send(body).expect(200);
    expect(first.body).toMatchObject({ outcome: 'posted' });
    const second = await pay.send(body).expect(200);
    expect(second.body).toMatchObject({ outcome: 'already-posted' });
    expect(await payments(account.accountReference)).toEqual([expect.objectContaining({ amountPence: -12_345 })]);
    const recorded = (await notifications()).filter((each) => each.providerPaymentId === paymentId);
    expect(recorded.map((each) => each.outcome).sort()).toEqual(['already-posted', 'posted']);
  });

  it('posts once when the same notification arrives twice at once, and the audit trail says it came from GOV.UK Pay', async () => {
    const { body, paymentId } = pay.notification({ amountPence: 700, reference: account.accountReference });
    const answers = await Promise.all([pay.send(body), pay.send(body)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect(answers.map((answer) => answer.body.outcome).sort()).toEqual(['already-posted', 'posted']);
    expect(await payments(account.accountReference)).toEqual([expect.objectContaining({ amountPence: -12_345 }), expect.objectContaining({ amountPence: -700 })]);
    const trail = (await get('/v1/audit-events?tableName=payments')).body as Array<{ actor: string; reason: string }>;
    expect(trail).toContainEqual(expect.objectContaining({ actor: 'govuk-pay-webhook', reason: `GOV.UK Pay payment ${paymentId}` }));
  });

  it('rejects a bad signature with 401, posts nothing, and records it', async () => {
    const { body } = pay.notification({ amountPence: 999, reference: account.accountReference });
    const response = await pay.send(body, 'someone-elses-secret-000000');
    expect(response.status).toBe(401);
    expect(response.body.message).toContain('bad-signature');
    const [latest] = await notifications();
    expect(latest).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining('bad-signature'), paymentId: null });
    expect(await payments(account.accountReference)).toHaveLength(2);
  });

  it('rejects a stale notification and records it', async () => {
    const { response } = await pay.pay({ amountPence: 500, reference: account.accountReference, createdAt: new Date(Date.now() - 60 * 60 * 1000) });
    expect(response.status).toBe(401);
    expect(response.body.message).toContain('stale');
    expect((await notifications())[0]).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining('stale') });
    expect(await payments(account.accountReference)).toHaveLength(2);
  });

  it('takes a retry that arrives after the default tolerance once the manager lengthens the council\'s tolerance', async () => {
    const late = await seedRatedAccount(councilId, { rateableValue: 12_000 });
    const { body } = pay.notification({ amountPence: 4_200, reference: late.accountReference, createdAt: new Date(Date.now() - 60 * 60 * 1000) });
    expect((await pay.send(body)).status).toBe(401);
    const setSecret = (input: Record<string, unknown>) => api.http.put('/v1/integrations/govuk-pay/signing-secret').set('authorization', `Bearer ${manager}`).send({ secret: SECRET, ...input });
    const tooLong = await setSecret({ toleranceSeconds: 4 * 24 * 3600 }).expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('toleranceSeconds');
    expect((await setSecret({ toleranceSeconds: 2 * 3600, reason: 'Pay retried after our outage' }).expect(200)).body).toMatchObject({ toleranceSeconds: 7200 });
    // Pay's retry: the same body, the same created_date, an hour later than it was made.
    expect((await pay.send(body).expect(200)).body).toMatchObject({ outcome: 'posted' });
    expect((await setSecret({}).expect(200)).body).toMatchObject({ toleranceSeconds: 7200 });
    const graphql = await api.graphql(manager, 'mutation { setGovUkPaySigningSecret(input: {secret: "' + SECRET + '", toleranceSeconds: 900}) { toleranceSeconds } }');
    expect(graphql.body.data.setGovUkPaySigningSecret).toEqual({ toleranceSeconds: 900 });
    expect((await pay.send(body)).status).toBe(401);
  });

  it('rejects a malformed (but signed) notification with 400 and records it', async () => {
    const response = await pay.send(JSON.stringify({ created_date: new Date().toISOString(), event_type: 'card_payment_succeeded', resource: { payment_id: 'p1', amount: 'ten pounds', reference: 'x', state: { status: 'success' } } }));
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('resource.amount');
    expect((await notifications())[0]).toMatchObject({ outcome: 'rejected', reason: expect.stringContaining('malformed') });
  });

  it('holds a payment whose reference names no account in suspense', async () => {
    const { response, paymentId } = await pay.pay({ amountPence: 2_500, reference: 'BUSINESS RATES 12' });
    expect(response.body).toMatchObject({ outcome: 'held-in-suspense' });
    const suspense = (await get('/v1/business-rates/payments/suspense')).body as Array<{ quotedReference: string; amountPence: number }>;
    expect(suspense).toContainEqual(expect.objectContaining({ quotedReference: 'BUSINESS RATES 12', amountPence: 2_500 }));
    expect((await notifications()).find((each) => each.providerPaymentId === paymentId)).toMatchObject({ outcome: 'held-in-suspense' });
  });

  it('acknowledges and ignores events that carry no money', async () => {
    expect((await pay.pay({ amountPence: 100, reference: account.accountReference, eventType: 'card_payment_captured' })).response.body).toMatchObject({ outcome: 'ignored' });
    expect((await pay.pay({ amountPence: 100, reference: account.accountReference, status: 'failed' })).response.body).toMatchObject({ outcome: 'ignored' });
    expect(await payments(account.accountReference)).toHaveLength(2);
  });

  it('refuses a notification for a council that is not on the service', async () => {
    const stranger = new FakeGovUkPay(api, 'no-such-council', SECRET);
    expect((await stranger.pay({ amountPence: 100, reference: account.accountReference })).response.status).toBe(401);
  });
});
