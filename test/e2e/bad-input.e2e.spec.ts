import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApi } from '../support/test-api.js';

/** Bad input gets a clear 4xx naming the field and the reason: never a 500, never a partial write. */
describe('bad input', () => {
  let api: TestApi;
  let operator: string;

  beforeAll(async () => {
    api = await TestApi.start({ BODY_LIMIT_BYTES: '4096' });
    operator = await api.operatorToken();
  });
  afterAll(() => api.close());

  async function councilCodeExists(code: string): Promise<boolean> {
    const listed = await api.http.get('/v1/councils').set('authorization', `Bearer ${operator}`).expect(200);
    return listed.body.some((council: { code: string }) => council.code === code);
  }

  function postCouncil(body: string) {
    return api.http.post('/v1/councils').set('authorization', `Bearer ${operator}`).set('content-type', 'application/json').send(body);
  }

  describe('REST', () => {
    it('malformed JSON is a 400 that says the body is not JSON, and writes nothing', async () => {
      const response = await postCouncil('{"code": "half-written", "name": ');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'MALFORMED_JSON', message: expect.stringContaining('not valid JSON') });
      expect(response.body.requestId).toEqual(expect.any(String));
      expect(await councilCodeExists('half-written')).toBe(false);
    });

    it('an unknown field is a 400 naming the field, and writes nothing', async () => {
      const response = await postCouncil(JSON.stringify({ code: 'unknown-field', name: 'Unknown Field Council', councilTaxBand: 'A' }));
      expect(response.status).toBe(400);
      expect(response.body.problems).toEqual([{ field: 'councilTaxBand', reason: 'property councilTaxBand should not exist' }]);
      expect(await councilCodeExists('unknown-field')).toBe(false);
    });

    it('a wrong type is a 400 naming the field and the reason', async () => {
      const response = await postCouncil(JSON.stringify({ code: 'wrong-type', name: 42 }));
      expect(response.status).toBe(400);
      expect(response.body.problems).toContainEqual({ field: 'name', reason: 'name must be a string' });
      expect(await councilCodeExists('wrong-type')).toBe(false);
    });

    it('a missing required field is a 400 naming it', async () => {
      const response = await postCouncil(JSON.stringify({ name: 'No Code Council' }));
      expect(response.status).toBe(400);
      expect(response.body.problems.map((problem: { field: string }) => problem.field)).toContain('code');
    });

    it('a JSON body that is not an object is refused', async () => {
      const response = await postCouncil('"just a string"');
      expect(response.status).toBe(400);
    });

    it('an oversized body is a 413, and writes nothing', async () => {
      const response = await postCouncil(JSON.stringify({ code: 'oversized', name: 'x'.repeat(10_000) }));
      expect(response.status).toBe(413);
      expect(response.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(await councilCodeExists('oversized')).toBe(false);
    });

    it('an id that is not a UUID is a 400, not a 500', async () => {
      const response = await api.http.get('/v1/councils/not-a-uuid').set('authorization', `Bearer ${operator}`);
      expect(response.status).toBe(400);
    });

    it('a query parameter of the wrong type is a 400 naming it', async () => {
      const manager = await api.token(['revenues-manager'], (await api.createCouncil('params')).code);
      const response = await api.http.get('/v1/audit-events?limit=lots').set('authorization', `Bearer ${manager}`);
      expect(response.status).toBe(400);
      expect(response.body.problems.map((problem: { field: string }) => problem.field)).toContain('limit');
    });

    it('a missing, malformed or forged token is a 401', async () => {
      await api.http.get('/v1/council').expect(401);
      await api.http.get('/v1/council').set('authorization', 'Bearer not.a.jwt').expect(401);
      await api.http.get('/v1/council').set('authorization', 'Basic dXNlcjpwYXNz').expect(401);
      const token = await api.operatorToken();
      const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(86)}`;
      await api.http.get('/v1/councils').set('authorization', `Bearer ${forged}`).expect(401);
    });
  });

  describe('GraphQL', () => {
    const create = 'mutation ($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }';

    it('an unknown input field is refused naming the field, and writes nothing', async () => {
      const response = await api.graphql(operator, create, { input: { code: 'gql-unknown', name: 'Unknown Council', colour: 'red' } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toContain('"colour"');
      expect(await councilCodeExists('gql-unknown')).toBe(false);
    });

    it('a wrong type is refused naming the field', async () => {
      const response = await api.graphql(operator, create, { input: { code: 'gql-type', name: 12 } });
      expect(response.status).toBe(400);
      expect(response.body.errors[0]).toMatchObject({
        message: expect.stringContaining('"input.name"'),
        extensions: { code: 'BAD_USER_INPUT' },
      });
    });

    it('a missing required variable is refused naming it', async () => {
      const response = await api.graphql(operator, create, {});
      expect(response.status).toBe(400);
      expect(response.body.errors[0].message).toContain('$input');
    });

    it('a broken council rule is a BAD_USER_INPUT error naming the field and the reason', async () => {
      const response = await api.graphql(operator, create, { input: { code: 'gql-ons', name: 'Ons Council', onsCode: 'S12000033' } });
      expect(response.body.errors[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ field: 'onsCode', reason: 'must be an English local authority code such as E07000188' }],
      });
      expect(await councilCodeExists('gql-ons')).toBe(false);
    });

    it('malformed JSON and oversized operations are 4xx', async () => {
      await api.http.post('/graphql').set('content-type', 'application/json').send('{"query": ').expect(400);
      const huge = `{ council { ${'name '.repeat(2_000)} } }`;
      await api.http.post('/graphql').set('authorization', `Bearer ${operator}`).send({ query: huge }).expect(413);
    });

    it('refuses a query whose cost is above the limit before running it', async () => {
      const manager = await api.token(['revenues-viewer'], (await api.createCouncil('cost')).code);
      const expensive = '{ auditEvents(limit: 200) { id occurredAt actor requestId reason tableName operation rowKey before after } }';
      const response = await api.graphql(manager, expensive);
      expect(response.body.errors[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX' } });
      const affordable = await api.graphql(manager, '{ auditEvents(limit: 20) { id operation } }');
      expect(affordable.body.errors).toBeUndefined();
    });
  });
});
