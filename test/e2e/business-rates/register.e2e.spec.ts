import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountReferenceFor } from '../../../libs/business-rates/src/index.js';
import { SettableClock } from '../../../libs/kernel/src/index.js';
import { TestApi } from '../../support/test-api.js';

describe('the register refuses bad input clearly and changes nothing', () => {
  const clock = SettableClock.on('2024-05-01');
  let api: TestApi;
  let token: string;
  let hereditamentId: string;
  let reference: string;
  let liabilityId: string;

  const post = (path: string, body: object) => api.http.post(`/v1/business-rates${path}`).set('authorization', `Bearer ${token}`).send(body);
  const problem = (body: { problems: Array<{ field: string; reason: string }> }) => body.problems[0];

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('register');
    token = await api.token(['revenues-officer'], council.code);
    hereditamentId = (await post('/hereditaments', { baReference: 'REG1', addressLines: ['2 Quay Street'], description: 'Shop', propertyUse: 'retail', rateableValue: 9_000, effectiveFrom: '2023-04-01' }).expect(201)).body.hereditamentId;
    const partyId = (await post('/parties', { kind: 'company', name: 'Quay Shops Ltd', companyNumber: '01234567' }).expect(201)).body.partyId;
    reference = (await post('/accounts', { partyId }).expect(201)).body.reference;
    liabilityId = (await post(`/accounts/${reference}/liabilities`, { hereditamentId, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201)).body.liability.liabilityId;
  });
  afterAll(() => api.close());

  it('a second liability overlapping the first for the same hereditament: 409 naming startsOn and the dates already there', async () => {
    const otherParty = (await post('/parties', { kind: 'individual', name: 'A. N. Other' }).expect(201)).body.partyId;
    const other = (await post('/accounts', { partyId: otherParty }).expect(201)).body.reference;
    const response = await post(`/accounts/${other}/liabilities`, { hereditamentId, capacity: 'occupier', startsOn: '2024-06-01' });
    expect(response.status).toBe(409);
    expect(problem(response.body)).toEqual({ field: 'startsOn', reason: expect.stringContaining('from 2024-04-01, still open') });
  });

  it('a relief backdated before the liability started: 400 naming startsOn', async () => {
    const response = await post(`/liabilities/${liabilityId}/reliefs`, { kind: 'hardship', percent: '50', startsOn: '2024-03-01', evidence: 'letter' });
    expect(response.status).toBe(400);
    expect(problem(response.body)).toEqual({ field: 'startsOn', reason: 'is before the liability started (2024-04-01)' });
  });

  it('moving out before moving in: 400 naming endsOn', async () => {
    const response = await post(`/liabilities/${liabilityId}/end`, { endsOn: '2024-03-31' });
    expect(response.status).toBe(400);
    expect(problem(response.body).field).toBe('endsOn');
  });

  it('an unknown account reference: 404; a mistyped one: 400 naming accountReference', async () => {
    expect((await post(`/accounts/${accountReferenceFor(4242)}/liabilities`, { hereditamentId, capacity: 'owner', startsOn: '2025-04-01' })).status).toBe(404);
    const mistyped = await api.http.get('/v1/business-rates/accounts/123456789').set('authorization', `Bearer ${token}`);
    expect(mistyped.status).toBe(400);
    expect(problem(mistyped.body).field).toBe('accountReference');
  });

  it('a rateable value before the 2017 list, a duplicate BA reference and a bad postcode are each refused by name', async () => {
    const early = await post(`/hereditaments/${hereditamentId}/rateable-values`, { effectiveFrom: '2016-04-01', rateableValue: 1_000 });
    expect(problem(early.body).field).toBe('effectiveFrom');
    const duplicate = await post('/hereditaments', { baReference: 'REG1', addressLines: ['3 Quay Street'], description: 'Shop', propertyUse: 'retail', rateableValue: 1, effectiveFrom: '2023-04-01' });
    expect(duplicate.status).toBe(409);
    expect(problem(duplicate.body).field).toBe('baReference');
    const postcode = await post('/hereditaments', { baReference: 'REG2', addressLines: ['4 Quay Street'], postcode: 'NOT A CODE', description: 'Shop', propertyUse: 'retail', rateableValue: 1, effectiveFrom: '2023-04-01' });
    expect(problem(postcode.body).field).toBe('postcode');
  });

  it('nothing was half-written: the hereditament has one liability and its first value only', async () => {
    const hereditament = (await api.http.get(`/v1/business-rates/hereditaments/${hereditamentId}`).set('authorization', `Bearer ${token}`).expect(200)).body;
    expect(hereditament.liabilities).toHaveLength(1);
    expect(hereditament.rateableValues).toEqual([{ effectiveFrom: '2023-04-01', rateableValue: 9_000, reason: null }]);
    expect(hereditament.occupation).toEqual([{ startsOn: '2024-04-01', occupied: true }]);
  });

  it('every change is in the audit trail with who made it', async () => {
    const trail = (await api.http.get('/v1/audit-events?tableName=liabilities').set('authorization', `Bearer ${token}`).expect(200)).body;
    expect(trail.length).toBeGreaterThan(0);
    expect(trail[0].actor).toMatch(/^test-user-/);
  });
});
