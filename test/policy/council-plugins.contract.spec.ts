import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { recoveryDefaultsOn } from '../../libs/business-rates/src/domain/recovery/recovery-defaults.js';
import { checkRecoveryPolicy } from '../../libs/business-rates/src/domain/recovery/recovery-policy.js';
import { COUNCIL_POLICY_PLUGINS } from '../../libs/council-policies/src/index.js';
import { CouncilPolicy, PluginRegistry, checkPolicyVersion } from '../../libs/policy-host/src/index.js';
import type { GrantApplicationFacts, RatedLiabilityFacts } from '../../libs/policy-sdk/src/index.js';

/**
 * The contract every council's plugin keeps with the core as it stands today: it registers (its SDK
 * major, its id, its settings' defaults), and for any facts, with its default settings, each of
 * its decisions answers within the time budget, in the shape and ranges the gatekeeper allows, the
 * same way twice. A core change that breaks a council's plugin fails here, not on a bill.
 */
const registry = new PluginRegistry(COUNCIL_POLICY_PLUGINS);
const policyOf = (pluginId: string) => new CouncilPolicy(checkPolicyVersion(registry, '2025-04-01', [pluginId], {}), registry);

const sector = fc.constantFrom('TA5 1', 'TA6 3', 'BA10 0', 'BA9 9', 'TA4 4', 'SW1A 1');
const anyLiability: fc.Arbitrary<RatedLiabilityFacts> = fc.record({
  financialYear: fc.constant('2025-26'),
  yearStart: fc.constant('2025-04-01'),
  yearEnd: fc.constant('2026-03-31'),
  liability: fc.record({ startsOn: fc.constantFrom('2020-01-01', '2025-04-01', '2025-10-15'), endsOn: fc.constantFrom(null, '2026-01-31'), capacity: fc.constantFrom('occupier' as const, 'owner' as const) }),
  property: fc.record({
    propertyUse: fc.constantFrom('retail' as const, 'hospitality' as const, 'leisure' as const, 'industrial' as const, 'office' as const, 'other' as const),
    scatCode: fc.constantFrom(null, '249', '203'),
    postcode: fc.oneof(fc.constant(null), sector.map((each) => `${each}AB`)),
    description: fc.constant('Shop and premises'),
    listedBuilding: fc.boolean(),
    rateableValue: fc.integer({ min: 0, max: 2_000_000 }),
    occupied: fc.boolean(),
  }),
  ratepayer: fc.record({ kind: fc.constantFrom('company' as const, 'individual' as const, 'charity' as const, 'club' as const), otherOccupiedProperties: fc.integer({ min: 0, max: 5 }) }),
});
const anyApplication: fc.Arbitrary<GrantApplicationFacts> = fc.record({
  appliedOn: fc.constant('2026-11-20'),
  account: fc.oneof(
    fc.constant(null),
    fc.record({
      reference: fc.constant('000000018'),
      ratepayerName: fc.constant('Brue Bakery Ltd'),
      ratepayerKind: fc.constantFrom('company' as const, 'individual' as const),
      occupiedProperties: fc.array(fc.record({ propertyUse: fc.constantFrom('retail' as const, 'office' as const), rateableValue: fc.integer({ min: 0, max: 60_000 }), postcode: fc.constant('BA10 0AB') }), { maxLength: 3 }),
      balancePence: fc.integer({ min: -100_000, max: 2_000_000 }),
      liableSince: fc.constantFrom(null, '2019-04-01', '2026-06-01'),
    }),
  ),
  nameMatchesRatepayer: fc.boolean(),
  earlierApplicationsForAccount: fc.integer({ min: 0, max: 2 }),
  otherAccountsPaidToSameBankAccount: fc.integer({ min: 0, max: 2 }),
});

describe.each(COUNCIL_POLICY_PLUGINS.map((plugin) => [plugin.id, plugin] as const))('plugin %s keeps its contract with the core', (id, plugin) => {
  const policy = policyOf(id);

  it('local reliefs: for any liability, an answer the gatekeeper accepts, the same each time', () => {
    fc.assert(fc.property(fc.array(anyLiability, { minLength: 1, maxLength: 20 }), (liabilities) => {
      expect(policy.localReliefs(liabilities)).toEqual(policy.localReliefs(liabilities));
    }));
  });

  it('instalments, wording and write-offs: accepted answers', () => {
    for (const ratepayerKind of ['company', 'individual', 'charity', 'club'] as const) {
      for (const askedForTwelve of [false, true]) policy.instalments({ financialYear: '2025-26', ratepayerKind, askedForTwelve });
    }
    for (const kind of ['annual', 'demand', 'adjustment'] as const) policy.noticeWording({ kind, financialYear: '2025-26' });
    policy.writeOffs();
  });

  it('recovery: within the limits the law sets, over the national defaults', () => {
    const decided = policy.recovery();
    if (!decided) return;
    const { decidedBy, ...answer } = decided;
    expect(decidedBy).toBe(plugin.decisions.recovery ? id : 'national');
    const national = recoveryDefaultsOn('2025-04-01');
    expect(() => checkRecoveryPolicy({ ...national.policy, ...answer }, national.limits)).not.toThrow();
  });

  it('grant schemes: dates in order, and for any application an assessment the gatekeeper accepts', () => {
    for (const scheme of policy.grantSchemes().filter((each) => each.pluginId === id)) {
      expect(scheme.closesOn >= scheme.opensOn).toBe(true);
      fc.assert(fc.property(anyApplication, (application) => {
        const assessment = policy.assessGrant(scheme.id, application);
        expect(assessment).toEqual(policy.assessGrant(scheme.id, application));
        if (!application.account) expect(assessment.eligible).toBe(false);
      }));
    }
  });
});
