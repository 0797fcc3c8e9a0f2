import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const TAKE_PAYMENTS: Role[] = ['revenues-officer', 'revenues-manager', 'integration'];
const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const MANAGERS: Role[] = ['revenues-manager'];
const A_SUSPENSE_REFERENCE = 'ALPHA SUSPENSE SECRET 77';

function expectRefusedOrNotFound(world: IsolationWorld, role: Role, allowed: Role[], response: { status: number; body: unknown }) {
  expect({ role, status: response.status }).toEqual({ role, status: allowed.includes(role) ? 404 : 403 });
  expectNoTraceOfA(world, response.body);
}

function expectGraphqlRefusedOrNotFound(world: IsolationWorld, role: Role, allowed: Role[], body: { errors?: Array<{ extensions: { code: string } }> }) {
  expect({ role, code: body.errors?.[0]?.extensions.code }).toEqual({ role, code: allowed.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN' });
  expectNoTraceOfA(world, body);
}

/**
 * Who in B may write off: managers, and officers too once B's own policy sets them a limit (the
 * policy probes set one). Either way A's account is not found.
 */
async function writersOff(world: IsolationWorld): Promise<Role[]> {
  const policy = await world.api.http.get('/v1/council-policy').set('authorization', `Bearer ${world.b.manager}`).expect(200);
  const limits = policy.body.plugins.some((plugin: { decisions: string[] }) => plugin.decisions.includes('writeOffs'));
  return limits ? ['revenues-officer', ...MANAGERS] : MANAGERS;
}

const post = (world: IsolationWorld, token: string, path: string, body: object) =>
  world.api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body);

/** Business rates collection: payments, suspense, credits, write-offs and statements. */
export const collectionProbes: ProbeSet = {
  async seed(world) {
    const account = await seedRatedAccount(world.a.id, { rateableValue: 31_000, partyName: 'Alpha Collection Secrets Ltd' });
    world.a.secrets.push(account.partyName, A_SUSPENSE_REFERENCE);
    world.a.seeded.collectionAccountReference = account.accountReference;
    await post(world, world.a.manager, `/accounts/${account.accountReference}/bills`, { financialYear: '2024-25' }).expect(201);
    await post(world, world.a.manager, '/payments', { accountReference: account.accountReference, amountPence: 50_000, receivedOn: '2024-04-02', method: 'card', externalReference: 'ALPHA-CARD-1' }).expect(201);
    const suspense = await post(world, world.a.manager, '/payments', { accountReference: A_SUSPENSE_REFERENCE, amountPence: 777, receivedOn: '2024-04-02', method: 'cheque' }).expect(201);
    world.a.seeded.suspensePaymentId = suspense.body.payment.paymentId;
    // Credit on A's account, so a refund or transfer by B would have something to take.
    await post(world, world.a.manager, '/payments', { accountReference: account.accountReference, amountPence: 5_000_000, receivedOn: '2024-04-03', method: 'bank-transfer' }).expect(201);
    await post(world, world.a.manager, `/accounts/${account.accountReference}/refunds`, { amountPence: 100, reason: 'seeded refund' }).expect(201);
    await post(world, world.a.manager, `/accounts/${account.accountReference}/transfers`, { toAccountReference: world.a.seeded.billingAccountReference, amountPence: 100, reason: 'seeded transfer' }).expect(201);
    await post(world, world.a.manager, `/accounts/${world.a.seeded.billingAccountReference}/write-offs`, { financialYear: '2024-25', amountPence: 100, reason: 'seeded write-off' }).expect(201);
  },
  rest: {
    'POST /v1/business-rates/payments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        // Money sent to B quoting A's reference stays in B (in suspense): it never reaches A's account.
        const response = await post(world, token, '/payments', { accountReference: world.a.seeded.collectionAccountReference, amountPence: 100, receivedOn: '2024-04-02', method: 'card' });
        expect({ role, status: response.status }).toEqual({ role, status: TAKE_PAYMENTS.includes(role) ? 201 : 403 });
        if (response.status === 201) expect(response.body.inSuspense).toBe(true);
        expectNoTraceOfA(world, response.body);
      }),
    'GET /v1/business-rates/payments/suspense': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.get('/v1/business-rates/payments/suspense').set('authorization', `Bearer ${token}`);
        expect({ role, status: response.status }).toEqual({ role, status: READERS.includes(role) ? 200 : 403 });
        expectNoTraceOfA(world, response.body);
      }),
    'POST /v1/business-rates/payments/{paymentId}/assign': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/payments/${world.a.seeded.suspensePaymentId}/assign`, { accountReference: world.a.seeded.collectionAccountReference });
        expectRefusedOrNotFound(world, role, TAKE_PAYMENTS, response);
      }),
    'POST /v1/business-rates/accounts/{accountReference}/refunds': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MANAGERS, await post(world, token, `/accounts/${world.a.seeded.collectionAccountReference}/refunds`, { amountPence: 100, reason: 'theft' }));
      }),
    'POST /v1/business-rates/accounts/{accountReference}/transfers': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/accounts/${world.a.seeded.collectionAccountReference}/transfers`, { toAccountReference: '000000018', amountPence: 100, reason: 'theft' });
        expectRefusedOrNotFound(world, role, MANAGERS, response);
      }),
    'POST /v1/business-rates/accounts/{accountReference}/write-offs': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/accounts/${world.a.seeded.collectionAccountReference}/write-offs`, { financialYear: '2024-25', amountPence: 100, reason: 'theft' });
        expectRefusedOrNotFound(world, role, await writersOff(world), response);
      }),
    'GET /v1/business-rates/accounts/{accountReference}/statement': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.get(`/v1/business-rates/accounts/${world.a.seeded.collectionAccountReference}/statement`).set('authorization', `Bearer ${token}`);
        expectRefusedOrNotFound(world, role, READERS, response);
      }),
  },
  graphql: {
    'Mutation.recordPayment': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { recordPayment(input: {accountReference: $ref, amountPence: 100, receivedOn: "2024-04-02", method: "card"}) { inSuspense payment { accountReference } } }', {
          ref: world.a.seeded.collectionAccountReference,
        });
        if (TAKE_PAYMENTS.includes(role)) expect(response.body.data.recordPayment.inSuspense).toBe(true);
        else expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expectNoTraceOfA(world, response.body);
      }),
    'Query.suspensePayments': (world) =>
      forEachTokenOfB(world, async (token) => {
        const response = await world.api.graphql(token, '{ suspensePayments { quotedReference amountPence } }');
        expectNoTraceOfA(world, response.body);
      }),
    'Mutation.assignSuspensePayment': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!, $ref: String!) { assignSuspensePayment(paymentId: $id, input: {accountReference: $ref}) { paymentId } }', {
          id: world.a.seeded.suspensePaymentId, ref: world.a.seeded.collectionAccountReference,
        });
        expectGraphqlRefusedOrNotFound(world, role, TAKE_PAYMENTS, response.body);
      }),
    'Mutation.refundCredit': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { refundCredit(accountReference: $ref, input: {amountPence: 100, reason: "theft"}) { id } }', { ref: world.a.seeded.collectionAccountReference });
        expectGraphqlRefusedOrNotFound(world, role, MANAGERS, response.body);
      }),
    'Mutation.transferCredit': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { transferCredit(accountReference: $ref, input: {toAccountReference: "000000018", amountPence: 100, reason: "theft"}) { id } }', { ref: world.a.seeded.collectionAccountReference });
        expectGraphqlRefusedOrNotFound(world, role, MANAGERS, response.body);
      }),
    'Mutation.writeOff': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { writeOff(accountReference: $ref, input: {financialYear: "2024-25", amountPence: 100, reason: "theft"}) { id } }', { ref: world.a.seeded.collectionAccountReference });
        expectGraphqlRefusedOrNotFound(world, role, await writersOff(world), response.body);
      }),
    'Query.accountStatement': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { accountStatement(accountReference: $ref) { balancePence entries { description } } }', { ref: world.a.seeded.collectionAccountReference });
        expectGraphqlRefusedOrNotFound(world, role, READERS, response.body);
      }),
  },
};
