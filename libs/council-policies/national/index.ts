import { definePlugin } from '../../policy-sdk/src/index.js';

/**
 * The statutory baseline every council has, asked after the council's own plugins. It decides
 * only what the law itself settles: ten monthly instalments due on the 1st (SI 1989/1058 Sch 1
 * Pt I; twelve when the ratepayer asks, SI 2014/479, which the core applies) and the plain wording
 * of a notice. It gives no local relief; recovery, write-offs and the rest follow the core's
 * national defaults.
 */
export const nationalBaseline = definePlugin({
  id: 'national',
  name: 'National statutory baseline',
  description: 'Ten monthly instalments due on the 1st, no local schemes, the national recovery defaults.',
  sdkVersion: 1, // the SDK major this plugin was written for: a core on another major refuses it
  settings: {},
  decisions: {
    instalments: () => ({ defaultCount: 10, dayOfMonth: 1, minimumInstalmentPence: 0 }),
    noticeWording: (notice) => ({
      heading: notice.kind === 'adjustment' ? `Non-domestic rates ${notice.financialYear}: adjustment notice` : `Non-domestic rates ${notice.financialYear}: demand notice`,
      paymentInstructions: 'Please pay each instalment by the date shown. If you cannot pay, contact us straight away: help is available.',
    }),
  },
});
