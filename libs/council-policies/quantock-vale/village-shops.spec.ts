import { describe, expect, it } from '@jest/globals';
import { CouncilPolicy, PluginRegistry, checkPolicyVersion } from '../../policy-host/src/index.js';
import type { RatedLiabilityFacts } from '../../policy-sdk/src/index.js';
import { nationalBaseline } from '../national/index.js';
import { villageShopRelief } from './village-shops.js';

const registry = new PluginRegistry([nationalBaseline, villageShopRelief]);
const policy = (settings = {}) => new CouncilPolicy(checkPolicyVersion(registry, '2025-04-01', [villageShopRelief.id], { [villageShopRelief.id]: settings }), registry);
const shop = (property: Partial<RatedLiabilityFacts['property']> = {}, capacity: 'occupier' | 'owner' = 'occupier'): RatedLiabilityFacts => ({
  financialYear: '2025-26', yearStart: '2025-04-01', yearEnd: '2026-03-31',
  liability: { startsOn: '2025-04-01', endsOn: null, capacity },
  property: { propertyUse: 'retail', scatCode: '249', postcode: 'TA5 1AB', description: 'Village stores', listedBuilding: false, rateableValue: 18_000, occupied: true, ...property },
  ratepayer: { kind: 'individual', otherOccupiedProperties: 0 },
});
const reliefOf = (facts: RatedLiabilityFacts, settings = {}) => policy(settings).localReliefs([facts])[0];

describe('Quantock Vale village shop relief', () => {
  it('an occupied shop in a listed village, at or under £20,000: 50% under the Cabinet decision', () => {
    expect(reliefOf(shop())).toEqual([{ scheme: 'Village shop relief', kind: 'discretionary', percent: '50', ruleReference: 'Quantock Vale Cabinet, 12 March 2025, minute 14', decidedBy: villageShopRelief.id }]);
    expect(reliefOf(shop({ rateableValue: 20_000 }))).toHaveLength(1);
  });

  it.each([
    ['in a town sector', shop({ postcode: 'TA6 3AR' })],
    ['valued over the limit', shop({ rateableValue: 20_001 })],
    ['empty', shop({ occupied: false })],
    ['not a shop', shop({ propertyUse: 'office' })],
    ['billed to the owner', shop({}, 'owner')],
    ['with no postcode', shop({ postcode: null })],
  ])('none for a shop %s', (_, facts) => {
    expect(reliefOf(facts)).toEqual([]);
  });

  it('the council’s settings move the limit, the villages and the share', () => {
    expect(reliefOf(shop({ postcode: 'TA6 3AR', rateableValue: 25_000 }), { villagePostcodeSectors: ['TA6 3'], maximumRateableValue: 30_000, percent: '75' })).toEqual([
      expect.objectContaining({ percent: '75' }),
    ]);
  });
});
