import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApi } from '../support/test-api.js';

describe('councils: the operator API creates, lists and configures councils over REST and GraphQL', () => {
  let api: TestApi;
  let operator: string;

  beforeAll(async () => {
    api = await TestApi.start();
    operator = await api.operatorToken();
  });
  afterAll(() => api.close());

  it('creates a council over REST and finds it over GraphQL: both adapters dispatch the same use cases', async () => {
    const council = await api.createCouncil('rest');
    const response = await api.graphql(operator, 'query ($id: ID!) { council(id: $id) { id code status } }', { id: council.id });
    expect(response.body).toEqual({ data: { council: { id: council.id, code: council.code, status: 'active' } } });
  });

  it('creates a council over GraphQL and lists it over REST', async () => {
    const code = `gql-${Date.now().toString(36)}`;
    const created = await api.graphql(
      operator,
      'mutation ($input: CreateCouncilInput!) { createCouncil(input: $input) { id code name onsCode } }',
      { input: { code, name: 'Graph District Council', onsCode: 'E07000188', reason: 'onboarding' } },
    );
    expect(created.body.errors).toBeUndefined();
    const listed = await api.http.get('/v1/councils').set('authorization', `Bearer ${operator}`).expect(200);
    expect(listed.body).toContainEqual(expect.objectContaining({ code, name: 'Graph District Council', onsCode: 'E07000188' }));
  });

  it('configures a council and records who, when, why, before and after in its audit trail', async () => {
    const council = await api.createCouncil('audited');
    await api.http
      .patch(`/v1/councils/${council.id}`)
      .set('authorization', `Bearer ${operator}`)
      .set('x-request-id', 'req-configure-1')
      .send({ name: 'Renamed Borough Council', contactEmail: 'rates@renamed.example', reason: 'council renamed' })
      .expect(200);

    const manager = await api.token(['revenues-manager'], council.code);
    const trail = await api.http.get('/v1/audit-events?tableName=councils').set('authorization', `Bearer ${manager}`).expect(200);
    const [latest, creation] = trail.body;
    expect(latest).toMatchObject({
      actor: 'test-operator',
      operation: 'UPDATE',
      reason: 'council renamed',
      requestId: 'req-configure-1',
      before: expect.objectContaining({ name: 'audited test council', contact_email: null }),
      after: expect.objectContaining({ name: 'Renamed Borough Council', contact_email: 'rates@renamed.example' }),
    });
    expect(new Date(latest.occurredAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(creation).toMatchObject({ operation: 'INSERT', before: null });
  });

  it('refuses a second council with the same code, naming the field', async () => {
    const council = await api.createCouncil('dup');
    const response = await api.http
      .post('/v1/councils')
      .set('authorization', `Bearer ${operator}`)
      .send({ code: council.code, name: 'Another council' })
      .expect(409);
    expect(response.body.problems).toEqual([{ field: 'code', reason: `a council with code ${council.code} already exists` }]);
  });

  it('refuses council fields that break the council rules, naming the field and the reason', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ code: 'Bad Code', name: 'X Council' }, 'code'],
      [{ code: 'okcode', name: 'X Council', onsCode: 'W06000001' }, 'onsCode'],
      [{ code: 'okcode', name: 'X Council', contactEmail: 'not-an-email' }, 'contactEmail'],
      [{ code: 'okcode', name: 'X Council', website: 'http://insecure.example' }, 'website'],
    ];
    for (const [body, field] of cases) {
      const response = await api.http.post('/v1/councils').set('authorization', `Bearer ${operator}`).send(body).expect(400);
      expect(response.body.problems[0].field).toBe(field);
    }
  });

  it('suspending a council refuses its tokens until it is reactivated', async () => {
    const council = await api.createCouncil('suspend');
    const officer = await api.token(['revenues-officer'], council.code);
    await api.http.get('/v1/council').set('authorization', `Bearer ${officer}`).expect(200);
    await api.http.patch(`/v1/councils/${council.id}`).set('authorization', `Bearer ${operator}`).send({ status: 'suspended' }).expect(200);
    const refused = await api.http.get('/v1/council').set('authorization', `Bearer ${officer}`).expect(403);
    expect(refused.body.message).toContain('suspended');
    await api.http.patch(`/v1/councils/${council.id}`).set('authorization', `Bearer ${operator}`).send({ status: 'active' }).expect(200);
    await api.http.get('/v1/council').set('authorization', `Bearer ${officer}`).expect(200);
  });

  it('only operators create, list or configure councils', async () => {
    const council = await api.createCouncil('roles');
    const manager = await api.token(['revenues-manager'], council.code);
    await api.http.get('/v1/councils').set('authorization', `Bearer ${manager}`).expect(403);
    await api.http.post('/v1/councils').set('authorization', `Bearer ${manager}`).send({ code: 'sneaky', name: 'Sneaky Council' }).expect(403);
    await api.http.patch(`/v1/councils/${council.id}`).set('authorization', `Bearer ${manager}`).send({ name: 'Mine now' }).expect(403);
    const mutation = await api.graphql(manager, 'mutation { createCouncil(input: {code: "sneaky", name: "Sneaky"}) { id } }');
    expect(mutation.body.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
