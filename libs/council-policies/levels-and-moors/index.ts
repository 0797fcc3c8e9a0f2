import { definePlugin } from '../../policy-sdk/src/index.js';

/**
 * Levels and Moors (an example council): twelve instalments for everyone by default, due on the
 * 15th, none under £50; a slower, firmer recovery timetable (a reminder ten days after a missed
 * instalment, two reminders a year, £80 summons costs agreed with its magistrates, no separate
 * liability order costs); officers may write off up to £500, more needs a manager.
 */
export const levelsAndMoorsCollection = definePlugin({
  id: 'levels-and-moors/collection',
  name: 'Levels and Moors collection policy',
  description: 'Twelve instalments on the 15th by default; its own recovery timetable, court costs and write-off limit.',
  sdkVersion: 1, // the SDK major this plugin was written for: a core on another major refuses it
  settings: {
    instalmentDay: { type: 'whole-number', default: 15, min: 1, max: 28, description: 'Day of the month instalments fall due.' },
    minimumInstalmentPence: { type: 'pence', default: 5_000, min: 0, max: 5_000, description: 'Fewer instalments rather than any below this (at most £50: the law allows no more).' },
    reminderAfterDays: { type: 'whole-number', default: 10, min: 1, max: 60, description: 'Days after a missed instalment before the reminder.' },
    remindersPerYear: { type: 'whole-number', default: 2, min: 1, max: 12, description: 'Reminders in a year before a missed instalment brings a final notice.' },
    summonsCostsPence: { type: 'pence', default: 8_000, min: 0, max: 100_000, description: 'Summons costs agreed with the magistrates.' },
    liabilityOrderCostsPence: { type: 'pence', default: 0, min: 0, max: 100_000, description: 'Costs added when a liability order is made.' },
    officerWriteOffLimitPence: { type: 'pence', default: 50_000, min: 0, max: 10_000_000, description: 'The most an officer may write off of one account’s year.' },
  },
  decisions: {
    instalments: (_account, settings) => ({ defaultCount: 12, dayOfMonth: settings.instalmentDay, minimumInstalmentPence: settings.minimumInstalmentPence }),
    recovery: (settings) => ({
      reminderAfterDays: settings.reminderAfterDays,
      remindersPerYear: settings.remindersPerYear,
      summonsCostsPence: settings.summonsCostsPence,
      liabilityOrderCostsPence: settings.liabilityOrderCostsPence,
    }),
    writeOffs: (settings) => ({ officerLimitPence: settings.officerWriteOffLimitPence }),
    noticeWording: () => ({ contactDetails: 'Levels and Moors Council, Business Rates, PO Box 1, Langport. Lines open 9am to 5pm.' }),
  },
});
