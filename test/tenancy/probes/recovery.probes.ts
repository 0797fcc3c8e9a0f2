import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { seedRatedAccount } from '../../support/business-rates-seed.js';
import { seedOverdueNotice } from '../../support/recovery-seed.js';
import { expectForRole, expectGraphqlForRole, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const MANAGERS: Role[] = ['revenues-manager'];
/** A's own figures: B must never be shown them, nor change them. */
const A_SUMMONS_COSTS = 7_777;
const A_OVERDUE_PENCE = 123_457;
const B_POLICY = { effectiveFrom: '2020-04-01', reminderAfterDays: 3, remindersPerYear: 2, daysToPay: 8, daysToHearing: 15, summonsCostsPence: 1_111, liabilityOrderCostsPence: 1_111, minimumSummonsArrearsPence: 0 };



const request = (world: IsolationWorld, token: string, method: 'get' | 'put' | 'post', path: string, body?: object) =>
  world.api.http[method](`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body);

/** A's policy and stages are as A's seed left them. */
async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const policy = await request(world, world.a.manager, 'get', '/recovery-policy').expect(200);
  expect(policy.body.summonsCostsPence).toBe(A_SUMMONS_COSTS);
  const stages = await request(world, world.a.manager, 'get', `/accounts/${world.a.seeded.recoveryAccountReference}/recovery-stages`).expect(200);
  expect(stages.body).toHaveLength(1);
}

/** Business rates recovery: a probe for every route and field it adds. */
export const recoveryProbes: ProbeSet = {
  async seed(world) {
    const account = await seedRatedAccount(world.a.id, { rateableValue: 41_000, partyName: 'Alpha Recovery Secrets Ltd' });
    world.a.secrets.push(account.partyName);
    world.a.seeded.recoveryAccountReference = account.accountReference;
    await seedOverdueNotice(world.a.id, account, { financialYear: '2023-24', dueOn: '2023-05-01', amountPence: A_OVERDUE_PENCE });
    await request(world, world.a.manager, 'put', '/recovery-policy', { ...B_POLICY, daysToPay: 7, daysToHearing: 14, summonsCostsPence: A_SUMMONS_COSTS, reason: 'seeded policy' }).expect(200);
    const run = await request(world, world.a.manager, 'post', '/recovery-runs', {}).expect(200);
    expect(run.body.issued.reminder).toBeGreaterThan(0);
    await aIsUnchanged(world);
  },
  rest: {
    'GET /v1/business-rates/recovery-policy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await request(world, token, 'get', '/recovery-policy');
        expectForRole(world, role, READERS, 200, response);
        if (response.status === 200) expect(response.body.summonsCostsPence).not.toBe(A_SUMMONS_COSTS);
      }),
    'PUT /v1/business-rates/recovery-policy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        // B's manager sets B's own policy; nothing of A's moves.
        expectForRole(world, role, MANAGERS, 200, await request(world, token, 'put', '/recovery-policy', B_POLICY));
        await aIsUnchanged(world);
      }),
    'POST /v1/business-rates/recovery-runs': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, MANAGERS, 200, await request(world, token, 'post', '/recovery-runs', {}));
        await aIsUnchanged(world);
      }),
    'GET /v1/business-rates/accounts/{accountReference}/recovery-stages': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, READERS, 404, await request(world, token, 'get', `/accounts/${world.a.seeded.recoveryAccountReference}/recovery-stages`));
      }),
    'GET /v1/business-rates/collection-totals/{financialYear}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await request(world, token, 'get', '/collection-totals/2023-24');
        expectForRole(world, role, READERS, 200, response);
        if (response.status === 200) expect(response.body.netCollectablePence).not.toBe(A_OVERDUE_PENCE);
      }),
  },
  graphql: {
    'Query.recoveryPolicy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, '{ recoveryPolicy { source summonsCostsPence } }');
        expectGraphqlForRole(world, role, READERS, undefined, response.body);
        if (READERS.includes(role)) expect(response.body.data.recoveryPolicy.summonsCostsPence).not.toBe(A_SUMMONS_COSTS);
      }),
    'Mutation.setRecoveryPolicy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($input: RecoveryPolicyInput!) { setRecoveryPolicy(input: $input) { source } }', { input: B_POLICY });
        expectGraphqlForRole(world, role, MANAGERS, undefined, response.body);
        await aIsUnchanged(world);
      }),
    'Mutation.runRecovery': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation { runRecovery { issued { reminder } } }');
        expectGraphqlForRole(world, role, MANAGERS, undefined, response.body);
        await aIsUnchanged(world);
      }),
    'Query.recoveryStages': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { recoveryStages(accountReference: $ref) { stage arrearsPence } }', { ref: world.a.seeded.recoveryAccountReference });
        expectGraphqlForRole(world, role, READERS, 'NOT_FOUND', response.body);
      }),
    'Query.collectionTotals': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, '{ collectionTotals(financialYear: "2023-24") { netCollectablePence } }');
        expectGraphqlForRole(world, role, READERS, undefined, response.body);
        if (READERS.includes(role)) expect(response.body.data.collectionTotals.netCollectablePence).not.toBe(A_OVERDUE_PENCE);
      }),
  },
};
