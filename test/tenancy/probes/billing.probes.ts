import { expect } from '@jest/globals';
import { BillingRunWorker } from '../../../libs/business-rates/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

/** B's answer to anything about A's bills: refused (403) or not found (404), and nothing of A's in it. */
function refusedOrNotFound(world: IsolationWorld, response: { status: number; body: unknown }) {
  expect([403, 404]).toContain(response.status);
  expectNoTraceOfA(world, response.body);
}

function graphqlRefusedOrNotFound(world: IsolationWorld, body: { data?: unknown; errors?: Array<{ extensions: { code: string } }> }) {
  expect(['FORBIDDEN', 'NOT_FOUND']).toContain(body.errors?.[0]?.extensions.code);
  expectNoTraceOfA(world, body);
}

/** Business rates billing: notices and their lines and instalments. */
export const billingProbes: ProbeSet = {
  async seed(world) {
    const account = await seedRatedAccount(world.a.id, { rateableValue: 27_500, partyName: 'Alpha Billing Secrets Ltd' });
    world.a.secrets.push(account.partyName, account.baReference);
    world.a.seeded.billingAccountReference = account.accountReference;
    const issued = await world.api.http
      .post(`/v1/business-rates/accounts/${account.accountReference}/bills`)
      .set('authorization', `Bearer ${world.a.manager}`)
      .send({ financialYear: '2024-25' })
      .expect(201);
    world.a.seeded.billNumber = String(issued.body.notice.billNumber);
    const run = await world.api.http
      .post('/v1/business-rates/billing-runs')
      .set('authorization', `Bearer ${world.a.manager}`)
      .send({ financialYear: '2025-26', issuedOn: '2025-03-10', reason: 'Alpha annual billing secret reason' })
      .expect(202);
    world.a.secrets.push(run.body.billingRunId, 'Alpha annual billing secret reason');
    world.a.seeded.billingRunAccountsTotal = String(run.body.accountsTotal);
    // One chunk of one account billed, so A's run has chunks and is part way.
    await world.api.app.get(BillingRunWorker).takeUpUnfinishedRuns({ councilIds: [world.a.id], chunkSize: 1, maxChunks: 1, lanes: 1 });
  },
  rest: {
    'POST /v1/business-rates/accounts/{accountReference}/bills': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.http
          .post(`/v1/business-rates/accounts/${world.a.seeded.billingAccountReference}/bills`)
          .set('authorization', `Bearer ${token}`)
          .send({ financialYear: '2024-25' });
        refusedOrNotFound(world, response);
      }),
    'GET /v1/business-rates/accounts/{accountReference}/bills': (world) =>
      forEachTokenOfB(world, async (token) => {
        refusedOrNotFound(world, await world.api.http.get(`/v1/business-rates/accounts/${world.a.seeded.billingAccountReference}/bills`).set('authorization', `Bearer ${token}`));
      }),
    'GET /v1/business-rates/bills/{billNumber}': (world) =>
      forEachTokenOfB(world, async (token) => {
        refusedOrNotFound(world, await world.api.http.get(`/v1/business-rates/bills/${world.a.seeded.billNumber}`).set('authorization', `Bearer ${token}`));
      }),
    'POST /v1/business-rates/billing-runs': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.post('/v1/business-rates/billing-runs').set('authorization', `Bearer ${token}`).send({ financialYear: '2025-26', issuedOn: '2025-03-10' });
        // B's manager may start B's own run; it is not A's, and A's run is untouched.
        expect(response.status).toBe(role === 'revenues-manager' ? 202 : 403);
        expectNoTraceOfA(world, response.body);
        await expectAsRunUntouched(world);
      }),
    'GET /v1/business-rates/billing-runs': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.http.get('/v1/business-rates/billing-runs').set('authorization', `Bearer ${token}`);
        if (response.status === 200) expect(response.body.every((run: { billingRunId: string }) => !world.a.secrets.includes(run.billingRunId))).toBe(true);
        expectNoTraceOfA(world, response.body);
      }),
    'GET /v1/business-rates/billing-runs/{financialYear}': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.http.get('/v1/business-rates/billing-runs/2025-26').set('authorization', `Bearer ${token}`);
        expect([200, 403, 404]).toContain(response.status);
        expectNoTraceOfA(world, response.body);
      }),
  },
  graphql: {
    'Mutation.issueBill': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { issueBill(accountReference: $ref, input: {financialYear: "2024-25"}) { issued notice { billNumber lines { rule } } } }', {
          ref: world.a.seeded.billingAccountReference,
        });
        graphqlRefusedOrNotFound(world, response.body);
      }),
    'Query.bills': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { bills(accountReference: $ref) { billNumber totalPence } }', { ref: world.a.seeded.billingAccountReference });
        graphqlRefusedOrNotFound(world, response.body);
      }),
    'Query.bill': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'query ($n: Int!) { bill(billNumber: $n) { billNumber lines { description } } }', { n: Number(world.a.seeded.billNumber) });
        graphqlRefusedOrNotFound(world, response.body);
      }),
    'Mutation.startBillingRun': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'mutation { startBillingRun(input: {financialYear: "2025-26", issuedOn: "2025-03-10"}) { billingRunId status requestedBy } }');
        expectNoTraceOfA(world, response.body);
        await expectAsRunUntouched(world);
      }),
    'Query.billingRun': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'query { billingRun(financialYear: "2025-26") { billingRunId accountsTotal requestedBy } }');
        expectNoTraceOfA(world, response.body);
      }),
    'Query.billingRuns': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, 'query { billingRuns { billingRunId financialYear accountsTotal } }');
        expectNoTraceOfA(world, response.body);
      }),
  },
};

/** A's run for 2025-26 is still A's, still part way (one account billed), still counting only A's accounts. */
async function expectAsRunUntouched(world: IsolationWorld) {
  const run = await world.api.http.get('/v1/business-rates/billing-runs/2025-26').set('authorization', `Bearer ${world.a.manager}`).expect(200);
  expect(run.body).toMatchObject({ status: 'running', accountsTotal: Number(world.a.seeded.billingRunAccountsTotal), accountsDone: 1 });
  expect(run.body.accountsTotal).toBeGreaterThan(0);
  expect(world.a.secrets).toContain(run.body.billingRunId);
}
