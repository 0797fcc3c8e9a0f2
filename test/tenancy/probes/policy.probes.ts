import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { expectForRole, expectGraphqlForRole, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];
const MANAGERS: Role[] = ['revenues-manager'];
const PREVIEWERS: Role[] = ['revenues-officer', 'revenues-manager'];
const PREVIEW = { financialYear: '2025-26', effectiveFrom: '2025-04-01', plugins: ['quantock-vale/village-shops'], settings: { 'quantock-vale/village-shops': { percent: '100', villagePostcodeSectors: ['TA6 3'] } } };
/** A's own policy: B must never be shown it, nor change it. */
const A_REFERENCE = 'Alpha cabinet minute 77 (secret)';
/** Policy versions may not be set for a past day: the suite runs on the real clock. */
const TODAY = new Date().toISOString().slice(0, 10);
const A_POLICY = { effectiveFrom: TODAY, plugins: ['quantock-vale/village-shops'], settings: { 'quantock-vale/village-shops': { percent: '77', decisionReference: A_REFERENCE } } };
/** B's own versions start tomorrow, so what B runs today (the grant scheme the grants probes give it) stands. */
const TOMORROW = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const B_POLICY = { effectiveFrom: TOMORROW, plugins: ['levels-and-moors/collection'], settings: {} };

const call = (world: IsolationWorld, token: string, method: 'get' | 'put', path: string, body?: object) =>
  world.api.http[method](`/v1${path}`).set('authorization', `Bearer ${token}`).send(body);



async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const policy = await call(world, world.a.manager, 'get', '/council-policy').expect(200);
  expect(policy.body.plugins[0]).toMatchObject({ id: 'quantock-vale/village-shops' });
  expect(JSON.stringify(policy.body)).toContain(A_REFERENCE);
}

/** Council policy plugins and settings: a probe for every route and field. */
export const policyProbes: ProbeSet = {
  async seed(world) {
    world.a.secrets.push(A_REFERENCE);
    await call(world, world.a.manager, 'put', '/council-policy', { ...A_POLICY, reason: 'seeded policy' }).expect(200);
    await aIsUnchanged(world);
  },
  rest: {
    'GET /v1/policy-plugins': (world) =>
      forEachTokenOfB(world, async (token, role) => expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/policy-plugins'))),
    'GET /v1/council-policy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/council-policy'));
        // Naming A's council is refused to every council role.
        expectForRole(world, role, [], 403, await call(world, token, 'get', `/council-policy?councilId=${world.a.id}`));
      }),
    'GET /v1/council-policy/versions': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, READERS, 200, await call(world, token, 'get', '/council-policy/versions'));
        expectForRole(world, role, [], 403, await call(world, token, 'get', `/council-policy/versions?councilId=${world.a.id}`));
      }),
    'PUT /v1/council-policy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectForRole(world, role, MANAGERS, 200, await call(world, token, 'put', '/council-policy', B_POLICY));
        expectForRole(world, role, [], 403, await call(world, token, 'put', '/council-policy', { ...B_POLICY, councilId: world.a.id }));
        await aIsUnchanged(world);
      }),
    'POST /v1/council-policy/preview': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        // B's sample is B's accounts: none of A's appear, whatever the proposed policy.
        const response = await world.api.http.post('/v1/council-policy/preview').set('authorization', `Bearer ${token}`).send(PREVIEW);
        expectForRole(world, role, PREVIEWERS, 200, response);
        const namingA = await world.api.http.post('/v1/council-policy/preview').set('authorization', `Bearer ${token}`).send({ ...PREVIEW, councilId: world.a.id });
        expectForRole(world, role, [], 403, namingA);
      }),
  },
  graphql: {
    'Query.previewCouncilPolicy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const query = 'query ($input: CouncilPolicyPreviewInput!) { previewCouncilPolicy(input: $input) { accountsCompared differencePence accounts { accountReference } } }';
        expectGraphqlForRole(world, role, PREVIEWERS, undefined, (await world.api.graphql(token, query, { input: PREVIEW })).body);
        expectGraphqlForRole(world, role, [], undefined, (await world.api.graphql(token, query, { input: { ...PREVIEW, councilId: world.a.id } })).body);
      }),
    'Query.policyPlugins': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ policyPlugins { id settings { key value } } }')).body);
      }),
    'Query.councilPolicy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ councilPolicy { source plugins { id settings { key value } } } }')).body);
        const named = await world.api.graphql(token, 'query ($id: String) { councilPolicy(councilId: $id) { source } }', { id: world.a.id });
        expectGraphqlForRole(world, role, [], undefined, named.body);
      }),
    'Query.councilPolicyVersions': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectGraphqlForRole(world, role, READERS, undefined, (await world.api.graphql(token, '{ councilPolicyVersions { effectiveFrom plugins { id } } }')).body);
        const named = await world.api.graphql(token, 'query ($id: String) { councilPolicyVersions(councilId: $id) { effectiveFrom } }', { id: world.a.id });
        expectGraphqlForRole(world, role, [], undefined, named.body);
      }),
    'Mutation.setCouncilPolicy': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const mutation = 'mutation ($input: CouncilPolicyInput!) { setCouncilPolicy(input: $input) { source } }';
        expectGraphqlForRole(world, role, MANAGERS, undefined, (await world.api.graphql(token, mutation, { input: B_POLICY })).body);
        expectGraphqlForRole(world, role, [], undefined, (await world.api.graphql(token, mutation, { input: { ...B_POLICY, councilId: world.a.id } })).body);
        await aIsUnchanged(world);
      }),
  },
};
