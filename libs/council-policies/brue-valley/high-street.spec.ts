import { describe, expect, it } from '@jest/globals';
import { CouncilPolicy, PluginRegistry, checkPolicyVersion } from '../../policy-host/src/index.js';
import type { GrantApplicationFacts, RatedLiabilityFacts } from '../../policy-sdk/src/index.js';
import { nationalBaseline } from '../national/index.js';
import { brueValleyHighStreet } from './index.js';

const registry = new PluginRegistry([nationalBaseline, brueValleyHighStreet]);
const policy = new CouncilPolicy(checkPolicyVersion(registry, '2025-04-01', [brueValleyHighStreet.id], {}), registry);
const cafe: RatedLiabilityFacts = {
  financialYear: '2025-26', yearStart: '2025-04-01', yearEnd: '2026-03-31',
  liability: { startsOn: '2024-06-01', endsOn: null, capacity: 'occupier' },
  property: { propertyUse: 'hospitality', scatCode: null, postcode: 'BA10 0AB', description: 'Café', listedBuilding: false, rateableValue: 22_000, occupied: true },
  ratepayer: { kind: 'company', otherOccupiedProperties: 0 },
};
const SCHEME = `${brueValleyHighStreet.id}:small-business-hardship-2026`;
const applying = (overrides: Partial<GrantApplicationFacts> = {}, account: Partial<NonNullable<GrantApplicationFacts['account']>> = {}): GrantApplicationFacts => ({
  appliedOn: '2026-11-20',
  account: { reference: '000000018', ratepayerName: 'Brue Bakery Ltd', ratepayerKind: 'company', occupiedProperties: [{ propertyUse: 'retail', rateableValue: 9_000, postcode: 'BA10 0AB' }], balancePence: 0, liableSince: '2019-04-01', ...account },
  nameMatchesRatepayer: true,
  earlierApplicationsForAccount: 0,
  otherAccountsPaidToSameBankAccount: 0,
  ...overrides,
});

describe('Brue Valley high street discount', () => {
  it('£1,000 a year off a town-centre café, for the scheme’s dates', () => {
    expect(policy.localReliefs([cafe])[0]).toEqual([expect.objectContaining({ scheme: 'High street discount', annualAmountPence: 100_000, startsOn: '2025-04-01', endsOn: '2027-03-31' })]);
  });

  it('nothing for an office, or a café out of town', () => {
    expect(policy.localReliefs([{ ...cafe, property: { ...cafe.property, propertyUse: 'office' } }, { ...cafe, property: { ...cafe.property, postcode: 'BA11 1AA' } }])).toEqual([[], []]);
  });
});

describe('Brue Valley small business hardship grant', () => {
  it('green: an eligible small business, the name matching, first application: £2,500 paid without an officer', () => {
    expect(policy.assessGrant(SCHEME, applying())).toMatchObject({ eligible: true, amountPence: 250_000, risk: 'green' });
  });

  it.each([
    ['red when the name does not match', applying({ nameMatchesRatepayer: false }), 'red'],
    ['amber on a second application', applying({ earlierApplicationsForAccount: 1 }), 'amber'],
    ['amber when the bank account was paid for another account', applying({ otherAccountsPaidToSameBankAccount: 1 }), 'amber'],
    ['amber with large arrears', applying({}, { balancePence: 600_000 }), 'amber'],
  ])('%s', (_, application, risk) => {
    expect(policy.assessGrant(SCHEME, application)).toMatchObject({ eligible: true, risk });
  });

  it.each([
    ['no such account', applying({ account: null })],
    ['only a large property', applying({}, { occupiedProperties: [{ propertyUse: 'retail', rateableValue: 15_001, postcode: 'BA10 0AB' }] })],
    ['liable only after the qualifying day', applying({}, { liableSince: '2026-06-01' })],
  ])('not eligible: %s', (_, application) => {
    expect(policy.assessGrant(SCHEME, application)).toMatchObject({ eligible: false, amountPence: 0 });
  });
});
