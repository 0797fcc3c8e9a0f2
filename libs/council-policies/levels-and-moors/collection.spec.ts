import { describe, expect, it } from '@jest/globals';
import { CouncilPolicy, PluginRegistry, checkPolicyVersion } from '../../policy-host/src/index.js';
import { nationalBaseline } from '../national/index.js';
import { levelsAndMoorsCollection } from './index.js';

const registry = new PluginRegistry([nationalBaseline, levelsAndMoorsCollection]);
const policy = (settings = {}) => new CouncilPolicy(checkPolicyVersion(registry, '2025-04-01', [levelsAndMoorsCollection.id], { [levelsAndMoorsCollection.id]: settings }), registry);

describe('Levels and Moors collection policy', () => {
  it('twelve instalments due on the 15th, none under £50', () => {
    expect(policy().instalments({ financialYear: '2025-26', ratepayerKind: 'company', askedForTwelve: false })).toEqual({
      defaultCount: 12, dayOfMonth: 15, minimumInstalmentPence: 5_000, decidedBy: levelsAndMoorsCollection.id,
    });
  });

  it('its own recovery timetable and court costs; the rest of the national policy stands', () => {
    expect(policy().recovery()).toEqual({ reminderAfterDays: 10, remindersPerYear: 2, summonsCostsPence: 8_000, liabilityOrderCostsPence: 0, decidedBy: levelsAndMoorsCollection.id });
  });

  it('officers may write off up to £500, or what the council sets', () => {
    expect(policy().writeOffs()).toMatchObject({ officerLimitPence: 50_000 });
    expect(policy({ officerWriteOffLimitPence: 10_000 }).writeOffs()).toMatchObject({ officerLimitPence: 10_000 });
  });

  it('its contact details on notices, under the national heading', () => {
    expect(policy().noticeWording({ kind: 'annual', financialYear: '2025-26' })).toEqual({
      heading: 'Non-domestic rates 2025-26: demand notice',
      paymentInstructions: expect.any(String),
      contactDetails: expect.stringContaining('Levels and Moors Council'),
    });
  });
});
