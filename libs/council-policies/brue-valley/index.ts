import { definePlugin } from '../../policy-sdk/src/index.js';
import { onTheHighStreet } from './high-street-discount.js';
import { assessHardshipGrant } from './small-business-hardship-grant.js';

const SECTOR = '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9]$';

/**
 * Brue Valley (an example council): a high-street discount (a local discount under LGFA 1988 s47
 * as amended by the Localism Act 2011) of a fixed yearly amount for the scheme's dates, and a
 * small-business hardship grant paid through the grant scheme type.
 */
export const brueValleyHighStreet = definePlugin({
  id: 'brue-valley/high-street',
  name: 'Brue Valley high street support',
  description: 'A yearly high-street discount for town-centre shops, cafés and gyms, and a small-business hardship grant.',
  sdkVersion: 1, // the SDK major this plugin was written for: a core on another major refuses it
  settings: {
    townCentrePostcodeSectors: { type: 'text-list', default: ['BA10 0', 'BA9 9'], maxItems: 100, pattern: SECTOR, description: 'Town-centre postcode sectors.' },
    discountPence: { type: 'pence', default: 100_000, min: 0, max: 10_000_000, description: 'The discount a year, pro rata to the days covered.' },
    discountMaximumRateableValue: { type: 'whole-number', default: 50_999, min: 0, max: 1_000_000, description: 'Properties valued above this are not covered.' },
    discountStartsOn: { type: 'date', default: '2025-04-01', description: 'The first day of the discount scheme.' },
    discountEndsOn: { type: 'date', default: '2027-03-31', description: 'The last day of the discount scheme.' },
    grantMaximumRateableValue: { type: 'whole-number', default: 15_000, min: 0, max: 1_000_000, description: 'Hardship grant: the largest rateable value covered.' },
    grantPence: { type: 'pence', default: 250_000, min: 0, max: 10_000_000, description: 'Hardship grant: the amount paid.' },
    grantLiableBy: { type: 'date', default: '2026-04-01', description: 'Hardship grant: the ratepayer must have been liable by this day.' },
    grantOpensOn: { type: 'date', default: '2026-11-01', description: 'Hardship grant: first day applications are taken.' },
    grantClosesOn: { type: 'date', default: '2027-01-31', description: 'Hardship grant: last day applications are taken.' },
    grantAmberBalancePence: { type: 'pence', default: 500_000, min: 0, max: 100_000_000, description: 'Hardship grant: arrears above this send an application to an officer.' },
  },
  decisions: {
    localReliefs: (liability, settings) =>
      onTheHighStreet(liability, settings.townCentrePostcodeSectors, settings.discountMaximumRateableValue)
        ? [{
            scheme: 'High street discount', kind: 'discretionary', annualAmountPence: settings.discountPence,
            startsOn: settings.discountStartsOn, endsOn: settings.discountEndsOn, ruleReference: 'Brue Valley high street discount scheme 2025-2027',
          }]
        : [],
    noticeWording: () => ({ contactDetails: 'Brue Valley Council, Business Rates, The Old Mill, Bruton. businessrates@example.org' }),
  },
  grantSchemes: [
    {
      key: 'small-business-hardship-2026',
      name: 'Small business hardship grant 2026',
      opensOn: (settings) => settings.grantOpensOn,
      closesOn: (settings) => settings.grantClosesOn,
      assess: (application, settings) => assessHardshipGrant(application, settings),
    },
  ],
});
