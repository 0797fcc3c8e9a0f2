import { expect } from '@jest/globals';
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
  },
};
