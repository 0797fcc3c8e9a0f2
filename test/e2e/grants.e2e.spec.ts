import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { seedRatedAccount, type SeededAccount } from '../support/business-rates-seed.js';
import { inCouncilSql } from '../support/council-sql.js';
import { TestApi, type TestCouncil } from '../support/test-api.js';

const SCHEME = 'brue-valley/high-street:small-business-hardship-2026';
const BANK = { payeeSortCode: '20-00-00', payeeAccountNumber: '11112222' };
const APPLICATION_FIELDS = 'reference schemeId accountReference accountFound applicantName payeeSortCode payeeAccountNumberEnding appliedOn eligible amountPence risk reasons status paymentRunId officerDecision { decision decidedBy decidedOn reason }';

interface Application { reference: string; status: string; risk: string; eligible: boolean; amountPence: number; reasons: string[]; accountFound: boolean; paymentRunId: string | null }

/**
 * A council's hardship grant, end to end through REST and GraphQL: the scheme comes from the
 * council's policy plugin (Brue Valley's small-business hardship grant: open 1 November 2026 to
 * 31 January 2027, liable by 1 April 2026, rateable value up to £15,000, £2,500), applications are
 * assessed on the council's own records, triaged, decided by officers, paid in a run and audited.
 */
describe('grant schemes: apply, triage, decide, pay, audit', () => {
  const clock = SettableClock.on('2026-11-16');
  let api: TestApi;
  let council: TestCouncil;
  let manager: string;
  let officer: string;
  let anotherOfficer: string;
  let onlineForm: string;
  let viewer: string;
  let bakery: SeededAccount;
  let cafe: SeededAccount;
  let warehouse: SeededAccount;
  let florist: SeededAccount;
  const seen: Record<string, Application> = {};

  const apply = (body: object, key?: string, token = onlineForm) => {
    const call = api.http.post('/v1/grants/applications').set('authorization', `Bearer ${token}`);
    if (key) call.set('idempotency-key', key);
    return call.send({ schemeId: SCHEME, ...BANK, ...body });
  };
  const get = (path: string, token = manager) => api.http.get(`/v1${path}`).set('authorization', `Bearer ${token}`);
  const post = (path: string, body: object, token = manager) => api.http.post(`/v1${path}`).set('authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    council = await api.createCouncil('brue');
    [manager, officer, anotherOfficer, onlineForm, viewer] = await Promise.all([
      api.token(['revenues-manager'], council.code), api.token(['revenues-officer'], council.code, 'officer-jo'), api.token(['revenues-officer'], council.code, 'officer-sam'),
      api.token(['integration'], council.code), api.token(['revenues-viewer'], council.code),
    ]);
    await api.http.put('/v1/council-policy').set('authorization', `Bearer ${manager}`)
      .send({ effectiveFrom: '2026-11-16', plugins: ['brue-valley/high-street'], reason: 'Cabinet 3 March 2026: hardship grant' }).expect(200);
    bakery = await seedRatedAccount(council.id, { rateableValue: 12_000, liableFrom: '2025-04-01', propertyUse: 'retail', partyName: 'Brue Valley Bakery Ltd', postcode: 'BA10 0AB' });
    cafe = await seedRatedAccount(council.id, { rateableValue: 9_000, liableFrom: '2025-06-01', propertyUse: 'hospitality', partyName: 'Red Kite Cafe Ltd', postcode: 'BA9 9AA' });
    warehouse = await seedRatedAccount(council.id, { rateableValue: 40_000, liableFrom: '2024-04-01', propertyUse: 'industrial', partyName: 'Big Sheds Limited' });
    florist = await seedRatedAccount(council.id, { rateableValue: 8_000, liableFrom: '2025-04-01', propertyUse: 'retail', partyName: 'Petals Florist Ltd' });
  });
  afterAll(() => api.close());

  it("lists the scheme the council's policy offers, open today, over REST and GraphQL", async () => {
    const scheme = { id: SCHEME, pluginId: 'brue-valley/high-street', name: 'Small business hardship grant 2026', opensOn: '2026-11-01', closesOn: '2027-01-31', openToday: true };
    expect((await get('/grants/schemes', viewer).expect(200)).body).toEqual([scheme]);
    expect((await api.graphql(viewer, '{ grantSchemes { id pluginId name opensOn closesOn openToday } }')).body.data.grantSchemes).toEqual([scheme]);
  });

  it('green: an eligible small business whose name matches is approved without an officer; the account number is shown only by its last four digits', async () => {
    const response = await apply({ accountReference: bakery.accountReference, applicantName: 'BRUE VALLEY BAKERY LIMITED' }, 'web-form-0001').expect(201);
    const { application, replayed } = response.body;
    expect(replayed).toBe(false);
    expect(application).toMatchObject({
      reference: expect.stringMatching(/^GA-\d{8}$/), schemeId: SCHEME, accountReference: bakery.accountReference, accountFound: true, appliedOn: '2026-11-16',
      eligible: true, amountPence: 250_000, risk: 'green', status: 'approved', payeeSortCode: '200000', payeeAccountNumberEnding: '2222', officerDecision: null, paymentRunId: null,
      reasons: ['an occupied small business liable by the qualifying day'],
    });
    expect(JSON.stringify(response.body)).not.toContain('11112222');
    seen.green = application;
  });

  it('a replay with the same Idempotency-Key returns the same application, never a second one; a different application with it is a conflict', async () => {
    const again = await apply({ accountReference: bakery.accountReference, applicantName: 'BRUE VALLEY BAKERY LIMITED' }, 'web-form-0001').expect(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toMatchObject({ replayed: true, application: { reference: seen.green.reference, status: 'approved' } });
    expect((await get(`/grants/applications?schemeId=${encodeURIComponent(SCHEME)}`).expect(200)).body).toHaveLength(1);
    const different = await apply({ accountReference: bakery.accountReference, applicantName: 'BRUE VALLEY BAKERY LIMITED', payeeAccountNumber: '99998888' }, 'web-form-0001').expect(409);
    expect(different.body.problems[0].field).toBe('Idempotency-Key');
  });

  it("red: a name that does not match the ratepayer's waits for an officer, who approves it with a reason (GraphQL, with idempotencyKey)", async () => {
    const mutation = `mutation ($input: GrantApplicationInput!) { applyForGrant(input: $input) { replayed application { ${APPLICATION_FIELDS} } } }`;
    const input = { schemeId: SCHEME, accountReference: cafe.accountReference, applicantName: 'Kite Coffee House', payeeSortCode: '30-11-22', payeeAccountNumber: '33334444', idempotencyKey: 'phone-0001' };
    const first = (await api.graphql(officer, mutation, { input })).body.data.applyForGrant;
    expect(first.replayed).toBe(false);
    expect(first.application).toMatchObject({ eligible: true, amountPence: 250_000, risk: 'red', status: 'awaiting-officer', payeeAccountNumberEnding: '4444' });
    expect(first.application.reasons).toContain("the applicant's name does not match the ratepayer's");
    const replay = (await api.graphql(officer, mutation, { input })).body.data.applyForGrant;
    expect(replay).toMatchObject({ replayed: true, application: { reference: first.application.reference } });

    // Jo took it by phone, so Jo may not decide it: another officer does.
    const own = await post(`/grants/applications/${first.application.reference}/decision`, { decision: 'approve', reason: 'I checked it' }, officer).expect(403);
    expect(own.body.message).toMatch(/was taken by you: another officer decides it/);
    const decided = await post(`/grants/applications/${first.application.reference}/decision`, { decision: 'approve', reason: 'Trades as Kite Coffee House; director confirmed by phone' }, anotherOfficer).expect(200);
    expect(decided.body).toMatchObject({
      status: 'approved', officerDecision: { decision: 'approved', decidedBy: 'officer-sam', decidedOn: '2026-11-16', reason: 'Trades as Kite Coffee House; director confirmed by phone' },
    });
    const twice = await post(`/grants/applications/${first.application.reference}/decision`, { decision: 'reject', reason: 'changed my mind' }, anotherOfficer).expect(409);
    expect(twice.body.code).toBe('CONFLICT');
    seen.red = decided.body;
  });

  it('amber: a second application for the same account waits for an officer, who rejects it (GraphQL)', async () => {
    const second = (await apply({ accountReference: bakery.accountReference, applicantName: 'Brue Valley Bakery Ltd' }, 'web-form-0002').expect(201)).body.application;
    expect(second).toMatchObject({ eligible: true, risk: 'amber', status: 'awaiting-officer' });
    expect(second.reasons).toContain('the account has applied before');
    const rejected = await api.graphql(officer, 'mutation ($ref: String!, $input: GrantDecisionInput!) { decideGrantApplication(reference: $ref, input: $input) { status officerDecision { decision reason } } }', {
      ref: second.reference, input: { decision: 'reject', reason: 'Duplicate of an approved application' },
    });
    expect(rejected.body.data.decideGrantApplication).toEqual({ status: 'rejected', officerDecision: { decision: 'rejected', reason: 'Duplicate of an approved application' } });
  });

  it('not eligible: a property valued over £15,000 is rejected at once, with the scheme’s reason', async () => {
    const { application } = (await apply({ accountReference: warehouse.accountReference, applicantName: 'Big Sheds Ltd' }, 'web-form-0003').expect(201)).body;
    expect(application).toMatchObject({ eligible: false, amountPence: 0, status: 'rejected', officerDecision: null });
    expect(application.reasons[0]).toBe('the account occupies no property with a rateable value of £15,000 or less');
  });

  it('an account reference the register does not know is rejected, red; a mistyped one is refused, for the applicant to put right', async () => {
    const { application } = (await apply({ accountReference: accountReferenceFor(99_999_999), applicantName: 'Nobody Ltd' }).expect(201)).body;
    expect(application).toMatchObject({ accountFound: false, eligible: false, risk: 'red', status: 'rejected', reasons: ['no business-rates account has the reference given'] });
    const typo = `${bakery.accountReference.slice(0, 8)}${(Number(bakery.accountReference[8]) + 1) % 10}`;
    const refused = await apply({ accountReference: typo, applicantName: 'Brue Valley Bakery Ltd' }).expect(400);
    expect(refused.body.problems).toEqual([{ field: 'accountReference', reason: 'has a wrong check digit: please check the reference' }]);
  });

  it('refuses a malformed sort code or account number, naming the field, over REST and GraphQL; nothing is recorded', async () => {
    const before = (await get('/grants/applications').expect(200)).body.length;
    const badSortCode = await apply({ accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd', payeeSortCode: '12-34-5' }).expect(400);
    expect(badSortCode.body.problems).toEqual([{ field: 'payeeSortCode', reason: expect.stringMatching(/6 digits/) }]);
    const badAccount = await apply({ accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd', payeeAccountNumber: '1234567' }).expect(400);
    expect(badAccount.body.problems[0].field).toBe('payeeAccountNumber');
    const graphql = await api.graphql(onlineForm, 'mutation ($input: GrantApplicationInput!) { applyForGrant(input: $input) { replayed } }', {
      input: { schemeId: SCHEME, accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd', payeeSortCode: 'ABCDEF', payeeAccountNumber: '12345678' },
    });
    expect(graphql.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'payeeSortCode' }] });
    expect((await get('/grants/applications').expect(200)).body).toHaveLength(before);
  });

  it('outside the scheme’s dates an application is refused, naming schemeId, and the scheme shows closed', async () => {
    clock.setToday('2027-02-01');
    try {
      const response = await apply({ accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd' }).expect(400);
      expect(response.body.problems).toEqual([{ field: 'schemeId', reason: 'takes applications from 2026-11-01 to 2027-01-31; today is 2027-02-01' }]);
      expect((await get('/grants/schemes').expect(200)).body[0].openToday).toBe(false);
    } finally {
      clock.setToday('2026-11-16');
    }
  });

  it('who may do what: a viewer reads but cannot apply; an officer cannot pay', async () => {
    await apply({ accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd' }, undefined, viewer).expect(403);
    await post('/grants/payment-runs', { schemeId: SCHEME }, officer).expect(403);
    const approved = (await get(`/grants/applications?status=approved`, viewer).expect(200)).body;
    expect(approved.map((each: Application) => each.reference)).toEqual([seen.green.reference, seen.red.reference]);
    expect((await get(`/grants/applications?status=rejected&limit=2`, viewer).expect(200)).body).toHaveLength(2);
    const one = await api.graphql(viewer, `query ($ref: String!) { grantApplication(reference: $ref) { ${APPLICATION_FIELDS} } }`, { ref: seen.red.reference });
    expect(one.body.data.grantApplication).toMatchObject({ reference: seen.red.reference, status: 'approved', officerDecision: { decidedBy: 'officer-sam' } });
    await get('/grants/applications/GA-99999999', viewer).expect(404);
  });

  it('a payment run pays every approved application at once, with the payment file (full account numbers); a second run has nothing to pay', async () => {
    const run = (await post('/grants/payment-runs', { schemeId: SCHEME, reason: 'Weekly grant payments 16 November' }).expect(201)).body;
    expect(run).toMatchObject({ schemeId: SCHEME, runOn: '2026-11-16', applicationCount: 2, totalPence: 500_000 });
    expect(run.lines).toEqual([
      { applicationReference: seen.green.reference, accountReference: bakery.accountReference, payeeName: 'BRUE VALLEY BAKERY LIMITED', sortCode: '200000', accountNumber: '11112222', amountPence: 250_000 },
      { applicationReference: seen.red.reference, accountReference: cafe.accountReference, payeeName: 'Kite Coffee House', sortCode: '301122', accountNumber: '33334444', amountPence: 250_000 },
    ]);
    expect((await get(`/grants/applications/${seen.green.reference}`).expect(200)).body).toMatchObject({ status: 'paid', paymentRunId: run.paymentRunId });

    const nothing = await post('/grants/payment-runs', { schemeId: SCHEME }).expect(409);
    expect(nothing.body.problems[0].field).toBe('schemeId');
    const graphqlNothing = await api.graphql(manager, 'mutation ($input: GrantPaymentRunInput!) { runGrantPayments(input: $input) { paymentRunId } }', { input: { schemeId: SCHEME } });
    expect(graphqlNothing.body.errors[0].extensions.code).toBe('CONFLICT');

    const listed = (await get('/grants/payment-runs', viewer).expect(200)).body;
    expect(listed).toEqual([{ paymentRunId: run.paymentRunId, schemeId: SCHEME, runOn: '2026-11-16', applicationCount: 2, totalPence: 500_000 }]);
    expect((await api.graphql(viewer, '{ grantPaymentRuns { paymentRunId totalPence } }')).body.data.grantPaymentRuns).toEqual([{ paymentRunId: run.paymentRunId, totalPence: 500_000 }]);
    expect((await get(`/grants/payment-runs/${run.paymentRunId}`).expect(200)).body).toEqual(run);
    await get(`/grants/payment-runs/${run.paymentRunId}`, viewer).expect(403);
    const file = await api.graphql(manager, 'query ($id: String!) { grantPaymentRun(paymentRunId: $id) { applicationCount lines { accountNumber } } }', { id: run.paymentRunId });
    expect(file.body.data.grantPaymentRun).toEqual({ applicationCount: 2, lines: [{ accountNumber: '11112222' }, { accountNumber: '33334444' }] });
  });

  it('amber: a bank account already paid a grant for another account sends the next application to an officer', async () => {
    const { application } = (await apply({ accountReference: florist.accountReference, applicantName: 'Petals Florist Ltd' }, 'web-form-0004').expect(201)).body;
    expect(application).toMatchObject({ eligible: true, risk: 'amber', status: 'awaiting-officer' });
    expect(application.reasons).toContain('the bank account has been paid a grant for another account');
    const waiting = (await api.graphql(viewer, '{ grantApplications(status: "awaiting-officer") { reference } }')).body.data.grantApplications;
    expect(waiting).toEqual([{ reference: application.reference }]);
    seen.florist = application;
  });

  it('every step is in the audit trail, with its reason', async () => {
    const applications = (await get('/audit-events?tableName=grant_applications&limit=200').expect(200)).body;
    const reasons = applications.map((event: { reason: string | null }) => event.reason);
    expect(applications.filter((event: { operation: string }) => event.operation === 'INSERT')).toHaveLength(6);
    expect(reasons).toEqual(expect.arrayContaining([
      'application to Small business hardship grant 2026', 'Trades as Kite Coffee House; director confirmed by phone', 'Duplicate of an approved application', 'Weekly grant payments 16 November',
    ]));
    const runs = (await get('/audit-events?tableName=grant_payment_runs').expect(200)).body;
    expect(runs).toEqual([expect.objectContaining({ operation: 'INSERT', reason: 'Weekly grant payments 16 November' })]);
  });

  it('bank details in the audit trail show in full to a revenues manager only; to others, an account number’s last four digits and a sort code’s last two', async () => {
    const asManager = (await get('/audit-events?tableName=grant_applications&limit=1').expect(200)).body[0];
    const asViewer = (await get('/audit-events?tableName=grant_applications&limit=1', viewer).expect(200)).body[0];
    const row = (event: { after: Record<string, string> | null; before: Record<string, string> | null }) => event.after ?? event.before;
    expect(row(asManager)?.payee_account_number).toMatch(/^[0-9]{8}$/);
    expect(row(asViewer)).toMatchObject({
      payee_account_number: `****${row(asManager)?.payee_account_number.slice(-4)}`,
      payee_sort_code: `****${row(asManager)?.payee_sort_code.slice(-2)}`,
      applicant_name: row(asManager)?.applicant_name,
    });
  });

  it('the database keeps an application’s bank details and assessment as made, and a paid one in a run', async () => {
    await expect(inCouncilSql(council.id, (query) => query(`update grant_applications set status = 'paid' where reference = $1`, [seen.florist.reference])))
      .rejects.toThrow(/grant_applications_paid_has_run/);
    await expect(inCouncilSql(council.id, (query) => query(`update grant_applications set payee_account_number = '55556666' where reference = $1`, [seen.florist.reference])))
      .rejects.toThrow(/permission denied/);
    await expect(inCouncilSql(council.id, (query) => query(`update grant_applications set amount_pence = 1 where reference = $1`, [seen.florist.reference])))
      .rejects.toThrow(/permission denied/);
  });

  it('sent twice at once with the same key, one application is made; two runs at once pay it once', async () => {
    const newsagent = await seedRatedAccount(council.id, { rateableValue: 6_000, liableFrom: '2025-04-01', propertyUse: 'retail', partyName: 'Corner News Ltd' });
    const body = { accountReference: newsagent.accountReference, applicantName: 'Corner News Ltd', payeeSortCode: '40-50-60', payeeAccountNumber: '70809010' };
    const both = await Promise.all([apply(body, 'web-form-race'), apply(body, 'web-form-race')]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 201]);
    expect(new Set(both.map((response) => response.body.application.reference)).size).toBe(1);
    expect(both[0].body.application).toMatchObject({ risk: 'green', status: 'approved' });

    const runs = await Promise.all([post('/grants/payment-runs', { schemeId: SCHEME }), post('/grants/payment-runs', { schemeId: SCHEME })]);
    expect(runs.map((response) => response.status).sort()).toEqual([201, 409]);
    const paid = runs.find((response) => response.status === 201)?.body;
    expect(paid).toMatchObject({ applicationCount: 1, totalPence: 250_000, lines: [{ accountReference: newsagent.accountReference, accountNumber: '70809010' }] });
  });
});
