import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_COUNCIL_CODE, ensureDemoCouncil } from '../../apps/api/src/demo-council.js';
import { TestApi } from '../support/test-api.js';

describe('the demo council npm start creates', () => {
  let api: TestApi;
  let officer: string;

  beforeAll(async () => {
    api = await TestApi.start();
    await ensureDemoCouncil(api.app);
    officer = await api.token(['revenues-officer'], DEMO_COUNCIL_CODE);
  });
  afterAll(() => api.close());

  it('has a small register, made through the same commands as staff use, with its bills', async () => {
    const accounts = (await api.http.get('/v1/business-rates/accounts?q=Demo').set('authorization', `Bearer ${officer}`).expect(200)).body;
    expect(accounts.map((account: { partyName: string }) => account.partyName)).toEqual(
      expect.arrayContaining(['Corner Stores (Demo) Ltd', 'The Demo Arms Ltd', 'Demo Logistics plc', 'Demo Hospice Trust']),
    );
    const charity = accounts.find((account: { partyName: string }) => account.partyName === 'Demo Hospice Trust');
    const bills = (await api.http.get(`/v1/business-rates/accounts/${charity.reference}/bills?financialYear=2024-25`).set('authorization', `Bearer ${officer}`).expect(200)).body;
    // The first demand, then the adjustment when the charity relief was awarded.
    expect(bills.map((bill: { kind: string }) => bill.kind)).toEqual(['demand', 'adjustment']);
    expect(bills[1].lines.map((line: { code: string }) => line.code)).toContain('CHARITABLE_RELIEF');
  });

  it('is made once: starting again adds nothing', async () => {
    const before = (await api.http.get('/v1/business-rates/hereditaments?q=DEMO-000').set('authorization', `Bearer ${officer}`).expect(200)).body;
    await ensureDemoCouncil(api.app);
    const after = (await api.http.get('/v1/business-rates/hereditaments?q=DEMO-000').set('authorization', `Bearer ${officer}`).expect(200)).body;
    expect(before).toHaveLength(5);
    expect(after).toHaveLength(5);
  });
});
