import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { inCouncilSql } from '../../support/council-sql.js';
import { expectForRole, expectGraphqlForRole, expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const APPLY: Role[] = ['integration', 'revenues-officer', 'revenues-manager'];
const DECIDE: Role[] = ['revenues-officer', 'revenues-manager'];
const PAY: Role[] = ['revenues-manager'];
const BRUE = 'brue-valley/high-street';
const SCHEME = `${BRUE}:small-business-hardship-2026`;
/** Open whatever day the suite runs. */
const ALWAYS_OPEN = { grantOpensOn: '2020-01-01', grantClosesOn: '2099-12-31' };
/** A's key: used by B, it must make B an application of B's own, never replay A's. */
const A_KEY = 'alpha-grant-key-1';
const A_APPLICANT = 'Alpha Grant Applicant Secret';
const A_BANK = { payeeSortCode: '404142', payeeAccountNumber: '77778888' };
const A_OTHER_BANK = { payeeSortCode: '404142', payeeAccountNumber: '66665555' };
const A_THIRD_BANK = { payeeSortCode: '404142', payeeAccountNumber: '44443333' };
const B_APPLICATION = { schemeId: SCHEME, applicantName: 'Bravo Applicant', payeeSortCode: '505152', payeeAccountNumber: '12121212' };

const call = (world: IsolationWorld, token: string, method: 'get' | 'post' | 'put', path: string, body?: object) =>
  world.api.http[method](`/v1${path}`).set('authorization', `Bearer ${token}`).send(body);

/** The council's policy as it stands, with the grant scheme added (and open), from a day after the policy probes' own. */
async function offerTheGrantScheme(world: IsolationWorld, token: string): Promise<void> {
  const current = (await call(world, token, 'get', '/council-policy').expect(200)).body as { plugins: Array<{ id: string; settings: Array<{ key: string; value: unknown; source: string }> }> };
  const kept = current.plugins.filter((plugin) => plugin.id !== 'national' && plugin.id !== BRUE);
  const settings = Object.fromEntries(kept.map((plugin) => [plugin.id, Object.fromEntries(plugin.settings.filter((each) => each.source === 'council').map((each) => [each.key, each.value]))]));
  await call(world, token, 'put', '/council-policy', {
    effectiveFrom: new Date().toISOString().slice(0, 10), plugins: [...kept.map((plugin) => plugin.id), BRUE], settings: { ...settings, [BRUE]: ALWAYS_OPEN }, reason: 'grant scheme for the isolation suite',
  }).expect(200);
}

/** A's applications and run are as A's seed left them. */
async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const waiting = await call(world, world.a.manager, 'get', `/grants/applications/${world.a.seeded.grantAwaitingReference}`).expect(200);
  expect(waiting.body).toMatchObject({ status: 'awaiting-officer', officerDecision: null });
  const approved = await call(world, world.a.manager, 'get', `/grants/applications/${world.a.seeded.grantApprovedReference}`).expect(200);
  expect(approved.body).toMatchObject({ status: 'approved', paymentRunId: null });
  expect((await call(world, world.a.manager, 'get', '/grants/payment-runs').expect(200)).body).toHaveLength(1);
}

/** Grant schemes: a probe for every route and field. */
export const grantsProbes: ProbeSet = {
  async seed(world) {
    await offerTheGrantScheme(world, world.a.manager);
    await offerTheGrantScheme(world, world.b.manager);
    // A's references are numbered where B's never reach: a 404 for B means B cannot see A's, not that B has none yet.
    await inCouncilSql(world.a.id, (query) => query(`insert into council_sequences (council_id, sequence_name, last_value) values ($1, 'grant-application', 5000000)`, [world.a.id]));
    const paid = await seedRatedAccount(world.a.id, { rateableValue: 10_000, partyName: 'Alpha Grant Paid Secrets Ltd' });
    const approved = await seedRatedAccount(world.a.id, { rateableValue: 11_000, partyName: 'Alpha Grant Approved Secrets Ltd' });
    world.a.secrets.push(paid.partyName, approved.partyName, A_APPLICANT, A_BANK.payeeAccountNumber, A_OTHER_BANK.payeeAccountNumber, A_THIRD_BANK.payeeAccountNumber, A_BANK.payeeSortCode);
    const apply = (body: object, key?: string) => {
      const request = world.api.http.post('/v1/grants/applications').set('authorization', `Bearer ${world.a.manager}`);
      if (key) request.set('idempotency-key', key);
      return request.send({ schemeId: SCHEME, ...body });
    };
    const green = (await apply({ accountReference: paid.accountReference, applicantName: paid.partyName, ...A_BANK }, A_KEY).expect(201)).body.application;
    expect(green.status).toBe('approved');
    const run = (await call(world, world.a.manager, 'post', '/grants/payment-runs', { schemeId: SCHEME, reason: 'seeded run' }).expect(201)).body;
    world.a.seeded.grantPaymentRunId = run.paymentRunId;
    const waiting = (await apply({ accountReference: paid.accountReference, applicantName: A_APPLICANT, ...A_OTHER_BANK }).expect(201)).body.application;
    world.a.seeded.grantAwaitingReference = waiting.reference;
    const approvedApplication = (await apply({ accountReference: approved.accountReference, applicantName: approved.partyName, ...A_THIRD_BANK }).expect(201)).body.application;
    world.a.seeded.grantApprovedReference = approvedApplication.reference;
    await aIsUnchanged(world);
  },
  rest: {
    'GET /v1/grants/schemes': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/grants/schemes'))),
    'POST /v1/grants/applications': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        // Quoting A's account reference and A's idempotency key, B's staff make (or replay) an application of B's own.
        const response = await world.api.http.post('/v1/grants/applications').set('authorization', `Bearer ${token}`).set('idempotency-key', A_KEY)
          .send({ ...B_APPLICATION, accountReference: world.a.seeded.collectionAccountReference });
        if (APPLY.includes(role)) {
          expect({ role, status: [200, 201].includes(response.status) }).toEqual({ role, status: true });
          expect(response.body.application.applicantName).toBe(B_APPLICATION.applicantName);
        } else {
          expect({ role, status: response.status }).toEqual({ role, status: 403 });
        }
        expectNoTraceOfA(world, response.body);
        await aIsUnchanged(world);
      }),
    'GET /v1/grants/applications': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/grants/applications?limit=1000'))),
    'GET /v1/grants/applications/{reference}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, READERS, 404, await call(world, token, 'get', `/grants/applications/${world.a.seeded.grantAwaitingReference}`));
      }),
    'POST /v1/grants/applications/{reference}/decision': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await call(world, token, 'post', `/grants/applications/${world.a.seeded.grantAwaitingReference}/decision`, { decision: 'approve', reason: 'theft' });
        expectForRole(world, role, DECIDE, 404, response);
        await aIsUnchanged(world);
      }),
    'POST /v1/grants/payment-runs': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        // B has nothing approved; A's approved application is not B's to pay.
        expectForRole(world, role, PAY, 409, await call(world, token, 'post', '/grants/payment-runs', { schemeId: SCHEME }));
        await aIsUnchanged(world);
      }),
    'GET /v1/grants/payment-runs': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/grants/payment-runs'))),
    'GET /v1/grants/payment-runs/{paymentRunId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, PAY, 404, await call(world, token, 'get', `/grants/payment-runs/${world.a.seeded.grantPaymentRunId}`));
      }),
  },
  graphql: {
    'Query.grantSchemes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ grantSchemes { id openToday } }')).body);
      }),
    'Mutation.applyForGrant': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const mutation = 'mutation ($input: GrantApplicationInput!) { applyForGrant(input: $input) { replayed application { reference applicantName payeeAccountNumberEnding } } }';
        const response = await world.api.graphql(token, mutation, { input: { ...B_APPLICATION, accountReference: world.a.seeded.collectionAccountReference, idempotencyKey: A_KEY } });
        expectGraphqlForRole(world, role, APPLY, undefined, response.body);
        if (APPLY.includes(role)) expect(response.body.data.applyForGrant.application.applicantName).toBe(B_APPLICATION.applicantName);
        await aIsUnchanged(world);
      }),
    'Query.grantApplications': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ grantApplications(limit: 1000) { reference applicantName payeeAccountNumberEnding } }')).body);
      }),
    'Query.grantApplication': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { grantApplication(reference: $ref) { status } }', { ref: world.a.seeded.grantAwaitingReference });
        expectGraphqlForRole(world, role, READERS, 'NOT_FOUND', response.body);
      }),
    'Mutation.decideGrantApplication': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { decideGrantApplication(reference: $ref, input: { decision: "approve", reason: "theft" }) { status } }', {
          ref: world.a.seeded.grantAwaitingReference,
        });
        expectGraphqlForRole(world, role, DECIDE, 'NOT_FOUND', response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.runGrantPayments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($input: GrantPaymentRunInput!) { runGrantPayments(input: $input) { paymentRunId lines { accountNumber } } }', { input: { schemeId: SCHEME } });
        expectGraphqlForRole(world, role, PAY, 'CONFLICT', response.body);
        await aIsUnchanged(world);
      }),
    'Query.grantPaymentRuns': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ grantPaymentRuns { paymentRunId totalPence } }')).body);
      }),
    'Query.grantPaymentRun': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($id: String!) { grantPaymentRun(paymentRunId: $id) { lines { accountNumber } } }', { id: world.a.seeded.grantPaymentRunId });
        expectGraphqlForRole(world, role, PAY, 'NOT_FOUND', response.body);
      }),
  },
};
