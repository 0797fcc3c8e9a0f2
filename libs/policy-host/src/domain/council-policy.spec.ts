import { describe, expect, it } from '@jest/globals';
import { InvalidInputError, PolicyPluginError } from '../../../kernel/src/index.js';
import { definePlugin, type CouncilPolicyPlugin, type RatedLiabilityFacts } from '../../../policy-sdk/src/index.js';
import { CouncilPolicy } from './council-policy.js';
import { PluginRegistry } from './plugin-registry.js';
import { checkPolicyVersion } from './policy-version.js';

const national = definePlugin({ id: 'national', name: 'National', description: '', sdkVersion: 1, settings: {}, decisions: { instalments: () => ({ defaultCount: 10, dayOfMonth: 1 }) } });
const plugin = (id: string, decisions: CouncilPolicyPlugin['decisions'], settings = {}) => definePlugin({ id, name: id, description: '', sdkVersion: 1, settings, decisions });
const policyOf = (...plugins: CouncilPolicyPlugin[]) =>
  new CouncilPolicy(checkPolicyVersion(new PluginRegistry([national, ...plugins]), '2025-04-01', plugins.map((each) => each.id), {}), new PluginRegistry([national, ...plugins]));

const shop: RatedLiabilityFacts = {
  financialYear: '2025-26', yearStart: '2025-04-01', yearEnd: '2026-03-31',
  liability: { startsOn: '2025-04-01', endsOn: null, capacity: 'occupier' },
  property: { propertyUse: 'retail', scatCode: '249', postcode: 'TA5 1AA', description: 'Shop', listedBuilding: false, rateableValue: 9_000, occupied: true },
  ratepayer: { kind: 'individual', otherOccupiedProperties: 0 },
};
const relief = { scheme: 'Test relief', kind: 'discretionary', percent: '50', ruleReference: 'test decision' } as const;

describe('the core is the gatekeeper of what a plugin answers', () => {
  it('a well-formed local relief is used, marked with the plugin that gave it', () => {
    expect(policyOf(plugin('test/ok', { localReliefs: () => [relief] })).localReliefs([shop])).toEqual([[{ ...relief, decidedBy: 'test/ok' }]]);
  });

  it('a plugin that tries to set the rateable value (or anything not allowed) fails the calculation, naming itself and the field', () => {
    const sly = plugin('test/sly', { localReliefs: () => [{ ...relief, rateableValue: 1 } as never] });
    expect(() => policyOf(sly).localReliefs([shop])).toThrow(new PolicyPluginError('test/sly', 'localReliefs', "relief 1: returned 'rateableValue', which plugins may not set (allowed: scheme, kind, percent, annualAmountPence, startsOn, endsOn, ruleReference)"));
  });

  it.each([
    ['a percentage as a binary number', { ...relief, percent: 50 as never }, /percent must be text/],
    ['over 100%', { ...relief, percent: '150' }, /percent must be text/],
    ['both a percentage and an amount', { ...relief, annualAmountPence: 100 }, /not both or neither/],
    ['an amount in fractions of a penny', { scheme: 'x', kind: 'discretionary', annualAmountPence: 10.5, ruleReference: 'y' }, /whole pence/],
    ['a kind of relief plugins may not give', { ...relief, kind: 'charity' as never }, /kind must be/],
    ['no rule reference', { ...relief, ruleReference: '' }, /ruleReference/],
    ['a malformed date', { ...relief, startsOn: '2025-02-30' }, /startsOn must be a date/],
  ])('refused: %s', (_, answer, reason) => {
    expect(() => policyOf(plugin('test/bad', { localReliefs: () => [answer as never] })).localReliefs([shop])).toThrow(reason);
  });

  it('two reliefs under one scheme for the same days would stack: refused', () => {
    expect(() => policyOf(plugin('test/twice', { localReliefs: () => [relief, relief] })).localReliefs([shop])).toThrow(/relief 2: a second relief under the scheme 'Test relief'/);
  });

  it('a stored setting its plugin no longer allows is refused when the policy is used, naming it', () => {
    const strict = plugin('test/strict', {}, { limit: { type: 'whole-number', default: 10, min: 0, max: 100, description: 'limit' } });
    const registry = new PluginRegistry([national, strict]);
    const stored = { effectiveFrom: '2025-04-01', plugins: ['test/strict', 'national'], settings: { 'test/strict': { limit: 500 } } };
    expect(() => new CouncilPolicy(stored, registry)).toThrow(/test\/strict failed deciding settings: the council's stored limit must be a whole number from 0 to 100/);
  });

  it('a plugin that throws fails that calculation with its error, never a silent default', () => {
    const broken = plugin('test/broken', { localReliefs: () => { throw new Error('settings table missing'); } });
    expect(() => policyOf(broken).localReliefs([shop])).toThrow('council policy plugin test/broken failed deciding localReliefs: threw: settings table missing');
  });

  it('a plugin that never returns is stopped and fails the calculation', () => {
    const stuck = plugin('test/stuck', { localReliefs: () => { for (;;) { /* a plugin bug */ } } });
    expect(() => policyOf(stuck).localReliefs([shop])).toThrow(/test\/stuck failed deciding localReliefs: ran longer than 50 ms a decision, twice/);
  });

  it('a decision that overruns once (the host paused, not the plugin) is asked again and its answer used', () => {
    let calls = 0;
    const pausedOnce = plugin('test/paused-once', {
      localReliefs: () => {
        calls += 1;
        if (calls === 1) for (const until = Date.now() + 200; Date.now() < until;) { /* a pause longer than the budget */ }
        return [];
      },
    });
    expect(policyOf(pausedOnce).localReliefs([shop])).toEqual([[]]);
    expect(calls).toBe(2);
  });

  it('an answer that could change after it is checked (a proxy, a getter) is copied once or refused', () => {
    let reads = 0;
    const shifty = { ...relief, get percent() { reads += 1; return reads === 1 ? '50' : '100'; } };
    expect(policyOf(plugin('test/getter', { localReliefs: () => [shifty] })).localReliefs([shop])[0][0].percent).toBe('50');
    const proxied = plugin('test/proxy', { localReliefs: () => [new Proxy({ ...relief }, {})] });
    expect(() => policyOf(proxied).localReliefs([shop])).toThrow(/test\/proxy failed deciding localReliefs: threw: .*could not be cloned/);
  });

  it('facts are frozen: a plugin cannot change them', () => {
    const meddler = plugin('test/meddler', { localReliefs: (facts) => { (facts.property as { rateableValue: number }).rateableValue = 1; return []; } });
    expect(() => policyOf(meddler).localReliefs([shop])).toThrow(/threw: .*read.only|threw: Cannot assign/);
    expect(shop.property.rateableValue).toBe(9_000);
  });

  it('the first plugin in the council’s order decides; the national baseline answers last', () => {
    const twelve = plugin('test/twelve', { instalments: () => ({ defaultCount: 12, dayOfMonth: 15 }) });
    expect(policyOf(twelve).instalments({ financialYear: '2025-26', ratepayerKind: 'company', askedForTwelve: false })).toEqual({ defaultCount: 12, dayOfMonth: 15, decidedBy: 'test/twelve' });
    expect(policyOf().instalments({ financialYear: '2025-26', ratepayerKind: 'company', askedForTwelve: false })).toMatchObject({ defaultCount: 10, decidedBy: 'national' });
  });

  it('an instalment day the law’s months cannot hold every month is refused', () => {
    expect(() => policyOf(plugin('test/day', { instalments: () => ({ dayOfMonth: 31 }) })).instalments({ financialYear: '2025-26', ratepayerKind: 'company', askedForTwelve: false })).toThrow(/dayOfMonth must be a whole number from 1 to 28/);
  });
});

describe('a council’s policy version names only known plugins and settings, each value as declared', () => {
  const percentPlugin = plugin('test/percent', {}, { percent: { type: 'percent', default: '50', description: 'share' } });
  const registry = new PluginRegistry([national, percentPlugin]);

  it('the national baseline is added last when not listed', () => {
    expect(checkPolicyVersion(registry, '2025-04-01', ['test/percent'], {}).plugins).toEqual(['test/percent', 'national']);
  });

  it.each([
    [['test/unknown'], {}, 'plugins[0]', /is not a plugin this service runs/],
    [['national', 'test/percent'], {}, 'plugins[0]', /always asked last/],
    [['test/percent', 'test/percent'], {}, 'plugins[1]', /listed twice/],
    [['test/percent'], { 'test/other': {} }, 'settings.test/other', /not one of the council's plugins/],
    [['test/percent'], { 'test/percent': { share: '1' } }, 'settings.test/percent.share', /is not a setting of test\/percent/],
    [['test/percent'], { 'test/percent': { percent: 0.5 } }, 'settings.test/percent.percent', /percentage from 0 to 100 as text/],
  ])('refused, naming the field: %j %j', (plugins, settings, field, reason) => {
    let caught: unknown;
    try {
      checkPolicyVersion(registry, '2025-04-01', plugins, settings);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidInputError);
    expect((caught as InvalidInputError).field).toBe(field);
    expect((caught as InvalidInputError).reason).toMatch(reason);
  });

  it('the registry refuses a plugin written for another SDK, so a core update cannot silently break a council', () => {
    expect(() => new PluginRegistry([national, { ...percentPlugin, sdkVersion: 2 }])).toThrow('council policy plugin test/percent: was written for policy SDK 2; this core runs 1');
  });
});
