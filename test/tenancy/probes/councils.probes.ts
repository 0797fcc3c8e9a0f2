import type { IsolationWorld, ProbeSet } from '../isolation-world.js';
import { expectNoTraceOfA } from '../isolation-world.js';
import { expect } from '@jest/globals';

async function aIsUnchanged(world: IsolationWorld): Promise<void> {
  const own = await world.api.http.get('/v1/council').set('authorization', `Bearer ${world.a.manager}`).expect(200);
  expect(own.body.name).toBe(world.a.name);
}

const rest: ProbeSet['rest'] = {
  'GET /v1/councils': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.http.get('/v1/councils').set('authorization', `Bearer ${token}`);
      expect(response.status).toBe(403);
      expectNoTraceOfA(world, response.body);
    }
  },
  'POST /v1/councils': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.http
        .post('/v1/councils')
        .set('authorization', `Bearer ${token}`)
        .send({ code: world.a.code, name: 'Take-over Council' });
      expect(response.status).toBe(403);
      expectNoTraceOfA(world, response.body);
    }
  },
  'GET /v1/councils/{councilId}': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.http.get(`/v1/councils/${world.a.id}`).set('authorization', `Bearer ${token}`);
      expect(response.status).toBe(404);
      // The 404 may echo the id B sent, but nothing B did not already know.
      for (const secret of [world.a.code, world.a.name]) expect(JSON.stringify(response.body)).not.toContain(secret);
    }
  },
  'PATCH /v1/councils/{councilId}': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.http
        .patch(`/v1/councils/${world.a.id}`)
        .set('authorization', `Bearer ${token}`)
        .send({ name: 'Hijacked Council', status: 'suspended' });
      expect(response.status).toBe(403);
    }
    await aIsUnchanged(world);
  },
  'GET /v1/council': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.http.get('/v1/council').set('authorization', `Bearer ${token}`).expect(200);
      expect(response.body.id).toBe(world.b.id);
      expectNoTraceOfA(world, response.body);
    }
  },
  'GET /v1/audit-events': async (world) => {
    for (const [role, token] of world.b.tokens) {
      for (const query of ['', '?tableName=councils', '?beforeId=999999999&limit=200']) {
        const response = await world.api.http.get(`/v1/audit-events${query}`).set('authorization', `Bearer ${token}`);
        expect(response.status).toBe(['integration', 'data-migrator'].includes(role) ? 403 : 200);
        expectNoTraceOfA(world, response.body);
      }
      // A's account reference may also number one of B's accounts: B then sees its own account's history, never A's.
      const byAccount = await world.api.http.get(`/v1/audit-events?accountReference=${world.a.seeded.accountReference}`).set('authorization', `Bearer ${token}`);
      if (['integration', 'data-migrator'].includes(role)) expect(byAccount.status).toBe(403);
      else expect([200, 404]).toContain(byAccount.status);
      expectNoTraceOfA(world, byAccount.body);
    }
  },
};

const graphql: ProbeSet['graphql'] = {
  'Query.businessRatesEstimate': async (world) => {
    // Public and council-free: it reads national reference data only.
    for (const [, token] of world.b.tokens) {
      const response = await world.api.graphql(
        token,
        '{ businessRatesEstimate(input: {financialYear: "2024-25", rateableValue: 20000, occupation: occupied, propertyUse: office, ratepayer: {type: company}}) { netChargePence lines { description rule inputs } } }',
      );
      expect(response.body.data.businessRatesEstimate.netChargePence).toBe(998_000);
      expectNoTraceOfA(world, response.body);
    }
  },
  'Query.councils': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.graphql(token, '{ councils { id code name } }');
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expectNoTraceOfA(world, response.body);
    }
  },
  'Query.council': async (world) => {
    for (const [, token] of world.b.tokens) {
      const guessed = await world.api.graphql(token, 'query ($id: ID) { council(id: $id) { id code name } }', { id: world.a.id });
      expect(guessed.body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(guessed.body.data).toBeNull();
      const own = await world.api.graphql(token, '{ council { id code name } }');
      expect(own.body.data.council.id).toBe(world.b.id);
      expectNoTraceOfA(world, own.body);
    }
  },
  'Query.auditEvents': async (world) => {
    for (const [role, token] of world.b.tokens) {
      const response = await world.api.graphql(token, '{ auditEvents(limit: 50) { id actor tableName rowKey before after } }');
      if (['integration', 'data-migrator'].includes(role)) expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      else expect(response.body.data.auditEvents.length).toBeGreaterThan(0);
      expectNoTraceOfA(world, response.body);
      const byAccount = await world.api.graphql(token, 'query ($ref: String!) { auditEvents(accountReference: $ref) { id after } }', { ref: world.a.seeded.accountReference });
      expectNoTraceOfA(world, byAccount.body);
    }
  },
  'Mutation.createCouncil': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.graphql(token, 'mutation ($code: String!) { createCouncil(input: {code: $code, name: "Take-over"}) { id } }', {
        code: world.a.code,
      });
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
  },
  'Mutation.configureCouncil': async (world) => {
    for (const [, token] of world.b.tokens) {
      const response = await world.api.graphql(token, 'mutation ($id: ID!) { configureCouncil(id: $id, input: {name: "Hijacked"}) { id name } }', {
        id: world.a.id,
      });
      expect(response.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expectNoTraceOfA(world, response.body);
    }
    await aIsUnchanged(world);
  },
};

/** The council registry, the audit trail and the public estimate. */
export const councilsProbes: ProbeSet = { rest, graphql };
