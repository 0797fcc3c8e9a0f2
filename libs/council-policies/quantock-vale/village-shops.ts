import { definePlugin, postcodeSector } from '../../policy-sdk/src/index.js';

/**
 * Quantock Vale (an example council): discretionary relief (LGFA 1988 s47) for the shop that keeps
 * a village going. An occupied shop in one of the listed villages' postcode sectors, with a
 * rateable value up to the limit, gets the set percentage off what remains after the statutory
 * reliefs, for as long as that holds.
 */
export const villageShopRelief = definePlugin({
  id: 'quantock-vale/village-shops',
  name: 'Village shop relief',
  description: 'Discretionary relief for occupied village shops, in the listed postcode sectors, up to a rateable value limit.',
  sdkVersion: 1, // the SDK major this plugin was written for: a core on another major refuses it
  settings: {
    villagePostcodeSectors: {
      type: 'text-list', default: ['TA5 1', 'TA5 2', 'TA4 4'], maxItems: 200, pattern: '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$',
      description: 'The postcode sectors (such as "TA5 1") of the villages the scheme covers.',
    },
    maximumRateableValue: { type: 'whole-number', default: 20_000, min: 0, max: 100_000, description: 'Shops valued above this (whole pounds) are not covered.' },
    percent: { type: 'percent', default: '50', description: 'The share of what remains after statutory reliefs that the scheme takes off.' },
    decisionReference: { type: 'text', default: 'Quantock Vale Cabinet, 12 March 2025, minute 14', maxLength: 200, description: 'The council decision the relief rests on.' },
  },
  decisions: {
    localReliefs: (liability, settings) => {
      const { property } = liability;
      const sector = postcodeSector(property.postcode);
      const covered = property.propertyUse === 'retail' && property.occupied && liability.liability.capacity === 'occupier'
        && property.rateableValue <= settings.maximumRateableValue && sector !== null && settings.villagePostcodeSectors.includes(sector);
      return covered ? [{ scheme: 'Village shop relief', kind: 'discretionary', percent: settings.percent, ruleReference: settings.decisionReference }] : [];
    },
  },
});
