import { expect } from '@jest/globals';
import type { Role } from '../../../libs/tenancy/src/index.js';
import { expectNoTraceOfA, forEachTokenOfB, type IsolationWorld, type ProbeSet } from '../isolation-world.js';

const MAINTAINERS: Role[] = ['revenues-officer', 'revenues-manager', 'data-migrator'];
const READERS: Role[] = ['revenues-viewer', 'revenues-officer', 'revenues-manager', 'integration'];

/** B may act on the register only as its roles allow, and A's records are never found. */
function expectRefusedOrNotFound(world: IsolationWorld, role: Role, allowed: Role[], response: { status: number; body: unknown }) {
  expect({ role, status: response.status }).toEqual({ role, status: allowed.includes(role) ? 404 : 403 });
  expectNoTraceOfA(world, response.body);
}

function expectGraphqlRefusedOrNotFound(world: IsolationWorld, role: Role, allowed: Role[], body: { errors?: Array<{ extensions: { code: string } }> }) {
  expect({ role, code: body.errors?.[0]?.extensions.code }).toEqual({ role, code: allowed.includes(role) ? 'NOT_FOUND' : 'FORBIDDEN' });
  expectNoTraceOfA(world, body);
}

const post = (world: IsolationWorld, token: string, path: string, body: object) =>
  world.api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body);
const patch = (world: IsolationWorld, token: string, path: string, body: object) =>
  world.api.http.patch(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body);
const get = (world: IsolationWorld, token: string, path: string) => world.api.http.get(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`);

/** A search by B for what only A has finds nothing (or is refused, for a role that may not read). */
function expectSearchFindsNothing(world: IsolationWorld, role: Role, response: { status: number; body: unknown }) {
  expect({ role, status: response.status, body: READERS.includes(role) ? response.body : null }).toEqual({ role, status: READERS.includes(role) ? 200 : 403, body: READERS.includes(role) ? [] : null });
  expectNoTraceOfA(world, response.body);
}

function expectGraphqlSearchFindsNothing(world: IsolationWorld, role: Role, field: string, body: { data?: Record<string, unknown> | null; errors?: Array<{ extensions: { code: string } }> }) {
  if (READERS.includes(role)) expect({ role, found: body.data?.[field] }).toEqual({ role, found: [] });
  else expect({ role, code: body.errors?.[0]?.extensions.code }).toEqual({ role, code: 'FORBIDDEN' });
  expectNoTraceOfA(world, body);
}

/**
 * What B would search for: A's BA reference, ratepayer name, postcode and street. Not A's account
 * reference: numbering is per council, so B may well have an account with the same number.
 */
const A_SEARCHES = ['ALPHA-SECRET-1', 'Alpha Register Secrets', 'AL1 1AA', 'Alpha Secret Street'];

/** The business rates register: hereditaments, ratepayers, accounts, liabilities and reliefs. */
export const registerProbes: ProbeSet = {
  async seed(world) {
    const manager = world.a.manager;
    const hereditament = await post(world, manager, '/hereditaments', {
      baReference: 'ALPHA-SECRET-1', addressLines: ['1 Alpha Secret Street'], postcode: 'AL1 1AA', description: 'Alpha secret shop',
      propertyUse: 'retail', rateableValue: 14_250, effectiveFrom: '2023-04-01',
    }).expect(201);
    const party = await post(world, manager, '/parties', { kind: 'company', name: 'Alpha Register Secrets Ltd', companyNumber: '07654321' }).expect(201);
    const account = await post(world, manager, '/accounts', { partyId: party.body.partyId }).expect(201);
    const liability = await post(world, manager, `/accounts/${account.body.reference}/liabilities`, {
      hereditamentId: hereditament.body.hereditamentId, capacity: 'occupier', startsOn: '2024-04-01',
    }).expect(201);
    const relief = await post(world, manager, `/liabilities/${liability.body.liability.liabilityId}/reliefs`, {
      kind: 'discretionary', percent: '25', startsOn: '2024-04-01', evidence: 'Alpha hardship panel minute 12',
    }).expect(201);
    await post(world, manager, `/parties/${party.body.partyId}/contacts`, { kind: 'email', email: 'alpha-secret-contact@alpha.example', preferred: true }).expect(201);
    await post(world, manager, `/accounts/${account.body.reference}/notes`, { body: 'Alpha secret note about the ratepayer' }).expect(201);
    // A 404 may echo the id B guessed, but nothing B did not already know: names and references are the secrets.
    world.a.secrets.push('ALPHA-SECRET-1', 'Alpha Secret Street', 'Alpha Register Secrets Ltd', 'alpha-secret-contact', 'Alpha secret note');
    Object.assign(world.a.seeded, {
      hereditamentId: hereditament.body.hereditamentId,
      partyId: party.body.partyId,
      accountReference: account.body.reference,
      liabilityId: liability.body.liability.liabilityId,
      reliefAwardId: relief.body.reliefAwardId,
    });
  },
  rest: {
    'POST /v1/business-rates/hereditaments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, '/hereditaments', {
          baReference: `B-${role}`, addressLines: ['1 Bravo Road'], description: 'Bravo shop', propertyUse: 'retail', rateableValue: 1_000, effectiveFrom: '2023-04-01',
        });
        expect({ role, status: response.status }).toEqual({ role, status: MAINTAINERS.includes(role) ? 201 : 403 });
        expectNoTraceOfA(world, response.body);
      }),
    'GET /v1/business-rates/hereditaments/{hereditamentId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.get(`/v1/business-rates/hereditaments/${world.a.seeded.hereditamentId}`).set('authorization', `Bearer ${token}`);
        expectRefusedOrNotFound(world, role, READERS, response);
      }),
    'POST /v1/business-rates/hereditaments/{hereditamentId}/rateable-values': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/hereditaments/${world.a.seeded.hereditamentId}/rateable-values`, { effectiveFrom: '2024-04-01', rateableValue: 1 });
        expectRefusedOrNotFound(world, role, MAINTAINERS, response);
      }),
    'POST /v1/business-rates/hereditaments/{hereditamentId}/occupation': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/hereditaments/${world.a.seeded.hereditamentId}/occupation`, { startsOn: '2024-05-01', occupied: false });
        expectRefusedOrNotFound(world, role, MAINTAINERS, response);
      }),
    'POST /v1/business-rates/parties': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, '/parties', { kind: 'individual', name: 'Bravo Person' });
        expect({ role, status: response.status }).toEqual({ role, status: MAINTAINERS.includes(role) ? 201 : 403 });
        expectNoTraceOfA(world, response.body);
      }),
    'POST /v1/business-rates/accounts': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, '/accounts', { partyId: world.a.seeded.partyId }));
      }),
    'GET /v1/business-rates/accounts/{accountReference}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.http.get(`/v1/business-rates/accounts/${world.a.seeded.accountReference}`).set('authorization', `Bearer ${token}`);
        expectRefusedOrNotFound(world, role, READERS, response);
      }),
    'POST /v1/business-rates/accounts/{accountReference}/liabilities': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/accounts/${world.a.seeded.accountReference}/liabilities`, {
          hereditamentId: world.a.seeded.hereditamentId, capacity: 'owner', startsOn: '2030-04-01',
        });
        expectRefusedOrNotFound(world, role, MAINTAINERS, response);
      }),
    'POST /v1/business-rates/liabilities/{liabilityId}/end': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/liabilities/${world.a.seeded.liabilityId}/end`, { endsOn: '2024-12-31' }));
      }),
    'POST /v1/business-rates/liabilities/{liabilityId}/reliefs': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await post(world, token, `/liabilities/${world.a.seeded.liabilityId}/reliefs`, { kind: 'hardship', percent: '100', startsOn: '2024-04-01', evidence: 'forged' });
        expectRefusedOrNotFound(world, role, MAINTAINERS, response);
      }),
    'GET /v1/business-rates/hereditaments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        for (const q of A_SEARCHES) expectSearchFindsNothing(world, role, await get(world, token, `/hereditaments?q=${encodeURIComponent(q)}`));
      }),
    'PATCH /v1/business-rates/hereditaments/{hereditamentId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await patch(world, token, `/hereditaments/${world.a.seeded.hereditamentId}`, { description: 'Bravo was here' }));
      }),
    'POST /v1/business-rates/hereditaments/{hereditamentId}/notes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/hereditaments/${world.a.seeded.hereditamentId}/notes`, { body: 'Bravo was here' }));
      }),
    'GET /v1/business-rates/parties/{partyId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, READERS, await get(world, token, `/parties/${world.a.seeded.partyId}`));
      }),
    'PATCH /v1/business-rates/parties/{partyId}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await patch(world, token, `/parties/${world.a.seeded.partyId}`, { name: 'Bravo was here' }));
      }),
    'POST /v1/business-rates/parties/{partyId}/contacts': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/parties/${world.a.seeded.partyId}/contacts`, { kind: 'email', email: 'bravo@bravo.example', preferred: true }));
      }),
    'POST /v1/business-rates/parties/{partyId}/notes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/parties/${world.a.seeded.partyId}/notes`, { body: 'Bravo was here' }));
      }),
    'GET /v1/business-rates/accounts': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        for (const q of A_SEARCHES) expectSearchFindsNothing(world, role, await get(world, token, `/accounts?q=${encodeURIComponent(q)}`));
      }),
    'PATCH /v1/business-rates/accounts/{accountReference}': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await patch(world, token, `/accounts/${world.a.seeded.accountReference}`, { instalmentPreference: 12 }));
      }),
    'GET /v1/business-rates/accounts/{accountReference}/notes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, READERS, await get(world, token, `/accounts/${world.a.seeded.accountReference}/notes`));
      }),
    'POST /v1/business-rates/accounts/{accountReference}/notes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/accounts/${world.a.seeded.accountReference}/notes`, { body: 'Bravo was here' }));
      }),
    'POST /v1/business-rates/relief-awards/{reliefAwardId}/end': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        expectRefusedOrNotFound(world, role, MAINTAINERS, await post(world, token, `/relief-awards/${world.a.seeded.reliefAwardId}/end`, { endsOn: '2024-04-30' }));
      }),
  },
  graphql: {
    'Query.hereditament': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($id: String!) { hereditament(hereditamentId: $id) { baReference addressLines } }', { id: world.a.seeded.hereditamentId });
        expectGraphqlRefusedOrNotFound(world, role, READERS, response.body);
      }),
    'Query.account': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { account(accountReference: $ref) { reference party { name } } }', { ref: world.a.seeded.accountReference });
        expectGraphqlRefusedOrNotFound(world, role, READERS, response.body);
      }),
    'Mutation.createHereditament': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, `mutation { createHereditament(input: {baReference: "BG-${role}", addressLines: ["2 Bravo Road"], description: "Bravo", propertyUse: "office", rateableValue: 100, effectiveFrom: "2023-04-01"}) { hereditamentId } }`);
        if (MAINTAINERS.includes(role)) expect(response.body.data.createHereditament.hereditamentId).toBeDefined();
        else expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
        expectNoTraceOfA(world, response.body);
      }),
    'Mutation.recordRateableValue': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { recordRateableValue(hereditamentId: $id, input: {effectiveFrom: "2024-04-01", rateableValue: 1}) { notices { billNumber } } }', { id: world.a.seeded.hereditamentId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.recordOccupation': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { recordOccupation(hereditamentId: $id, input: {startsOn: "2024-05-01", occupied: false}) { notices { billNumber } } }', { id: world.a.seeded.hereditamentId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.createParty': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation { createParty(input: {kind: "club", name: "Bravo Club", registeredCasc: true}) { partyId } }');
        if (MAINTAINERS.includes(role)) expect(response.body.data.createParty.partyId).toBeDefined();
        else expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      }),
    'Mutation.openAccount': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { openAccount(input: {partyId: $id}) { reference } }', { id: world.a.seeded.partyId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.startLiability': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!, $id: String!) { startLiability(accountReference: $ref, input: {hereditamentId: $id, capacity: "owner", startsOn: "2030-04-01"}) { liability { liabilityId } } }', {
          ref: world.a.seeded.accountReference, id: world.a.seeded.hereditamentId,
        });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.endLiability': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { endLiability(liabilityId: $id, input: {endsOn: "2024-12-31"}) { liability { endsOn } } }', { id: world.a.seeded.liabilityId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.awardRelief': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { awardRelief(liabilityId: $id, input: {kind: "hardship", percent: "100", startsOn: "2024-04-01", evidence: "forged"}) { reliefAwardId } }', { id: world.a.seeded.liabilityId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Query.party': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($id: String!) { party(partyId: $id) { name contacts { email } } }', { id: world.a.seeded.partyId });
        expectGraphqlRefusedOrNotFound(world, role, READERS, response.body);
      }),
    'Query.notes': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'query ($ref: String!) { notes(accountReference: $ref) { body } }', { ref: world.a.seeded.accountReference });
        expectGraphqlRefusedOrNotFound(world, role, READERS, response.body);
      }),
    'Query.searchAccounts': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        for (const q of A_SEARCHES) {
          const response = await world.api.graphql(token, 'query ($q: String!) { searchAccounts(q: $q) { reference partyName } }', { q });
          expectGraphqlSearchFindsNothing(world, role, 'searchAccounts', response.body);
        }
      }),
    'Query.searchHereditaments': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        for (const q of A_SEARCHES) {
          const response = await world.api.graphql(token, 'query ($q: String!) { searchHereditaments(q: $q) { baReference addressLines } }', { q });
          expectGraphqlSearchFindsNothing(world, role, 'searchHereditaments', response.body);
        }
      }),
    'Mutation.updateHereditament': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { updateHereditament(hereditamentId: $id, input: {description: "Bravo"}) { baReference } }', { id: world.a.seeded.hereditamentId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.updateParty': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { updateParty(partyId: $id, input: {name: "Bravo"}) { name } }', { id: world.a.seeded.partyId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.updateAccount': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($ref: String!) { updateAccount(accountReference: $ref, input: {instalmentPreference: 12}) { party { name } } }', { ref: world.a.seeded.accountReference });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.addContact': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { addContact(partyId: $id, input: {kind: "phone", phone: "0123 456789"}) { contacts { email } } }', { id: world.a.seeded.partyId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
    'Mutation.addNote': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        for (const about of [{ accountReference: world.a.seeded.accountReference }, { hereditamentId: world.a.seeded.hereditamentId }, { partyId: world.a.seeded.partyId }]) {
          const response = await world.api.graphql(token, 'mutation ($input: AddNoteInput!) { addNote(input: $input) { noteId } }', { input: { ...about, body: 'Bravo was here' } });
          expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
        }
      }),
    'Mutation.endRelief': (world) =>
      forEachTokenOfB(world, async (token, role) => {
        const response = await world.api.graphql(token, 'mutation ($id: String!) { endRelief(reliefAwardId: $id, input: {endsOn: "2024-04-30"}) { reliefAward { evidence } } }', { id: world.a.seeded.reliefAwardId });
        expectGraphqlRefusedOrNotFound(world, role, MAINTAINERS, response.body);
      }),
  },
};
