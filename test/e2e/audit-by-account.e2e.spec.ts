import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import { SettableClock } from '../../libs/kernel/src/index.js';
import { TestApi } from '../support/test-api.js';

interface AuditRow { tableName: string; operation: string; reason: string | null; before: Record<string, unknown> | null; after: Record<string, unknown> | null }

describe("an account's own audit trail (the account page's history)", () => {
  const clock = SettableClock.on('2024-05-01');
  let api: TestApi;
  let officer: string;
  let viewer: string;
  let reference: string;
  let neighbour: string;

  const call = (method: 'get' | 'post', path: string, body?: object, as = officer) =>
    api.http[method](`/v1/business-rates${path}`).set('authorization', `Bearer ${as}`).send(body);
  const historyOf = async (accountReference: string, as = officer): Promise<AuditRow[]> =>
    (await api.http.get(`/v1/audit-events?accountReference=${accountReference}&limit=200`).set('authorization', `Bearer ${as}`).expect(200)).body;

  async function accountOn(baReference: string, name: string): Promise<{ reference: string; liabilityId: string }> {
    const hereditamentId = (await call('post', '/hereditaments', {
      baReference, addressLines: [`${baReference} High Street`, 'Bridgwater'], postcode: 'TA6 3AR',
      description: 'Shop', propertyUse: 'retail', rateableValue: 20_000, effectiveFrom: '2023-04-01',
    }).expect(201)).body.hereditamentId;
    const partyId = (await call('post', '/parties', { kind: 'company', name }).expect(201)).body.partyId;
    const opened = (await call('post', '/accounts', { partyId }).expect(201)).body.reference;
    const liabilityId = (await call('post', `/accounts/${opened}/liabilities`, { hereditamentId, capacity: 'occupier', startsOn: '2024-04-01' }).expect(201)).body.liability.liabilityId;
    return { reference: opened, liabilityId };
  }

  beforeAll(async () => {
    api = await TestApi.start({}, clock);
    const council = await api.createCouncil('history');
    officer = await api.token(['revenues-officer'], council.code, 'officer-history');
    viewer = await api.token(['revenues-viewer'], council.code);
    const mine = await accountOn('HIST-1', 'Corner Shop Ltd');
    reference = mine.reference;
    neighbour = (await accountOn('HIST-2', 'Next Door Ltd')).reference;
    await call('post', `/accounts/${reference}/notes`, { body: 'Rang about the bill.' }).expect(201);
    await call('post', `/liabilities/${mine.liabilityId}/reliefs`, { kind: 'hardship', percent: '50', startsOn: '2024-04-01', evidence: 'panel minute 7', reason: 'hardship panel' }).expect(201);
    await call('post', '/payments', { amountPence: 12_345, receivedOn: '2024-05-01', method: 'card', accountReference: reference }).expect(201);
    await call('post', `/accounts/${neighbour}/notes`, { body: 'Not about the corner shop.' }).expect(201);
  });
  afterAll(() => api.close());

  it("holds the account's own changes and the reliefs on its liabilities, newest first", async () => {
    const history = await historyOf(reference);
    const tables = new Set(history.map((event) => event.tableName));
    for (const table of ['accounts', 'liabilities', 'notes', 'relief_awards', 'payments']) expect(tables).toContain(table);
    expect(history.find((event) => event.tableName === 'relief_awards')).toMatchObject({ operation: 'INSERT', reason: 'hardship panel' });
    expect(history.some((event) => JSON.stringify(event.after).includes('Rang about the bill.'))).toBe(true);
  });

  it("holds nothing of another account's", async () => {
    const history = await historyOf(reference);
    expect(history.some((event) => JSON.stringify(event.after ?? event.before).includes('Not about the corner shop.'))).toBe(false);
    const theirs = await historyOf(neighbour);
    expect(theirs.some((event) => event.tableName === 'relief_awards' || event.tableName === 'payments')).toBe(false);
  });

  it('is open to viewers and through GraphQL, and pages with beforeId', async () => {
    const all = await historyOf(reference, viewer);
    const firstTwo = await api.graphql(viewer, 'query ($ref: String!) { auditEvents(accountReference: $ref, limit: 2) { id tableName } }', { ref: reference });
    expect(firstTwo.body.data.auditEvents.map((event: { id: string }) => event.id)).toEqual(all.slice(0, 2).map((event) => (event as unknown as { id: string }).id));
    const next = await api.graphql(viewer, 'query ($ref: String!, $before: String!) { auditEvents(accountReference: $ref, beforeId: $before, limit: 200) { id } }', { ref: reference, before: firstTwo.body.data.auditEvents[1].id });
    expect(next.body.data.auditEvents).toHaveLength(all.length - 2);
  });

  it('names the field for a malformed reference and answers 404 for an account it does not hold', async () => {
    const malformed = await api.http.get('/v1/audit-events?accountReference=12AB').set('authorization', `Bearer ${officer}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.problems[0].field).toBe('accountReference');
    expect((await api.http.get(`/v1/audit-events?accountReference=${accountReferenceFor(9898)}`).set('authorization', `Bearer ${officer}`)).status).toBe(404);
  });
});
