import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { TestApi } from '../support/test-api.js';

/** The public estimate: what a council website's "estimate your business rates" page calls, with no login. */
describe('public business rates estimate', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  const smallShop = {
    financialYear: '2023-24',
    rateableValue: 13_250,
    occupation: 'occupied',
    propertyUse: 'retail',
    ratepayer: { type: 'individual' },
    previousRateableValue: 12_500,
  };

  it('REST: explains every line of the bill, without a token', async () => {
    const response = await api.http.post('/v1/business-rates/estimates').send(smallShop).expect(200);
    expect(response.body).toMatchObject({ grossChargePence: 661_175, netChargePence: 40_989, instalments: [] });
    expect(response.body.lines.map((line: { code: string }) => line.code)).toEqual([
      'GROSS_CHARGE',
      'TRANSITIONAL_RELIEF',
      'SMALL_BUSINESS_RATE_RELIEF',
      'SUPPORTING_SMALL_BUSINESS_RELIEF',
      'RETAIL_HOSPITALITY_LEISURE_RELIEF',
    ]);
    expect(response.body.lines[0]).toMatchObject({
      description: 'Gross charge at the small business multiplier',
      periodStart: '2023-04-01',
      periodEnd: '2024-03-31',
      rule: 'RV £13,250 × 0.499 × 366/366 days',
      legislation: expect.stringContaining('LGFA 1988'),
    });
  });

  it('GraphQL gives the same answer through the same query', async () => {
    const response = await api.graphql(
      null,
      'query ($input: BusinessRatesEstimateInput!) { businessRatesEstimate(input: $input) { grossChargePence netChargePence lines { code amountPence } } }',
      { input: smallShop },
    );
    const rest = await api.http.post('/v1/business-rates/estimates').send(smallShop).expect(200);
    expect(response.body.data.businessRatesEstimate).toEqual({
      grossChargePence: rest.body.grossChargePence,
      netChargePence: rest.body.netChargePence,
      lines: rest.body.lines.map(({ code, amountPence }: { code: string; amountPence: number }) => ({ code, amountPence })),
    });
  });

  it('WE8: part of a year, with instalments by the A/B rule', async () => {
    const response = await api.http
      .post('/v1/business-rates/estimates')
      .send({
        financialYear: '2023-24',
        periodStart: '2023-10-15',
        rateableValue: 20_000,
        occupation: 'occupied',
        propertyUse: 'office',
        ratepayer: { type: 'company' },
        instalments: { noticeIssuedOn: '2023-10-16' },
      })
      .expect(200);
    expect(response.body.netChargePence).toBe(460_825);
    expect(response.body.instalments.map((instalment: { amountPence: number }) => instalment.amountPence)).toEqual([115_225, 115_200, 115_200, 115_200]);
  });

  it('applies an awarded hardship relief', async () => {
    const response = await api.http
      .post('/v1/business-rates/estimates')
      .send({ financialYear: '2024-25', rateableValue: 60_000, occupation: 'occupied', propertyUse: 'office', ratepayer: { type: 'company' }, reliefs: [{ scheme: 'hardship', percent: 25.5 }] })
      .expect(200);
    expect(response.body.lines.at(-1)).toMatchObject({ code: 'HARDSHIP_RELIEF', description: 'Hardship relief at 25.5%' });
  });

  describe('refuses bad input with 400 naming the field', () => {
    const post = (body: object) => api.http.post('/v1/business-rates/estimates').send({ ...smallShop, ...body });

    it.each([
      ['an unknown year', { financialYear: '2015-16' }, 'financialYear'],
      ['a malformed year', { financialYear: '2023' }, 'financialYear'],
      ['a negative rateable value', { rateableValue: -5 }, 'rateableValue'],
      ['pence in a rateable value', { rateableValue: 100.5 }, 'rateableValue'],
      ['a period outside the year', { periodStart: '2022-04-01' }, 'periodStart'],
      ['an empty property without emptySince', { occupation: 'empty' }, 'emptySince'],
      ['an unknown property use', { propertyUse: 'warehouse' }, 'propertyUse'],
      ['an unknown ratepayer type', { ratepayer: { type: 'trust' } }, 'ratepayer.type'],
      ['a relief over 100%', { reliefs: [{ scheme: 'hardship', percent: 150 }] }, 'reliefs.0.percent'],
      ['an instalment count other than 10 or 12', { instalments: { count: 11, noticeIssuedOn: '2023-04-01' } }, 'instalments.count'],
      ['an unknown field', { vatNumber: 'GB123' }, 'vatNumber'],
    ])('%s', async (_name, body, field) => {
      const response = await post(body);
      expect(response.status).toBe(400);
      expect(response.body.problems.map((problem: { field: string }) => problem.field)).toContain(field);
    });

    it('GraphQL names the field too', async () => {
      const response = await api.graphql(null, 'query ($input: BusinessRatesEstimateInput!) { businessRatesEstimate(input: $input) { netChargePence } }', {
        input: { ...smallShop, occupation: 'empty' },
      });
      expect(response.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'emptySince', reason: 'is required when occupation is empty' }] });
    });
  });
});

describe('the estimate answers for every year from 2017-18 to 2026-27', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  const years = ['2017-18', '2018-19', '2019-20', '2020-21', '2021-22', '2022-23', '2023-24', '2024-25', '2025-26', '2026-27'];

  it.each(years)('%s, over REST and GraphQL alike', async (financialYear) => {
    const input = {
      financialYear,
      rateableValue: 27_500,
      occupation: 'occupied',
      propertyUse: 'retail',
      inLondon: true,
      ratepayer: { type: 'company', otherPropertiesRateableValues: [] },
      previousRateableValue: 25_000,
      instalments: { count: 10, noticeIssuedOn: `${financialYear.slice(0, 4)}-03-15` },
    };
    const rest = await api.http.post('/v1/business-rates/estimates').send(input).expect(200);
    expect(rest.body.lines[0]).toMatchObject({ code: 'GROSS_CHARGE', periodStart: `${financialYear.slice(0, 4)}-04-01` });
    expect(rest.body.netChargePence).toBe(rest.body.lines.reduce((sum: number, line: { amountPence: number }) => sum + line.amountPence, 0));
    expect(rest.body.instalments.reduce((sum: number, instalment: { amountPence: number }) => sum + instalment.amountPence, 0)).toBe(rest.body.netChargePence);
    const graphql = await api.graphql(null, 'query ($input: BusinessRatesEstimateInput!) { businessRatesEstimate(input: $input) { netChargePence } }', { input });
    expect(graphql.body.data.businessRatesEstimate.netChargePence).toBe(rest.body.netChargePence);
  });
});
