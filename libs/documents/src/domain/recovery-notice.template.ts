import type { RecoveryNoticeFacts } from './document-facts.js';
import type { Block, DocumentLayout } from './document-layout.js';
import { contactLine, councilBlock, withPostcode } from './demand-notice.template.js';
import { longDate, poundsAndPence } from './money-text.js';

/** Bumped whenever a reminder's or final notice's wording changes; stored with each document. */
export const RECOVERY_NOTICE_TEMPLATE_VERSION = 'recovery-notice/1';

/**
 * A reminder or final notice for missed instalments (SI 1989/1058 reg 8): the amount missed, the day
 * to pay it by, and what follows if it is not paid: the right to instalments is lost and the whole
 * of the year's unpaid balance falls due, and then the council may ask the magistrates' court for a
 * liability order, with costs.
 */
export function recoveryNoticeLayout(facts: RecoveryNoticeFacts): DocumentLayout {
  const reminder = facts.stage === 'reminder';
  return {
    title: `Non-domestic rates ${facts.financialYear}: ${reminder ? 'reminder notice' : 'final notice'}`,
    sender: councilBlock(facts.council),
    recipient: { name: facts.addressee.name, addressLines: withPostcode(facts.addressee.addressLines, facts.addressee.postcode) },
    summary: [
      { label: 'Account reference', value: facts.accountReference },
      { label: 'Date of notice', value: longDate(facts.issuedOn) },
      { label: 'Financial year', value: facts.financialYear },
    ],
    blocks: [
      { kind: 'paragraph', text: reminder
        ? 'Our records show that instalments of your business rates have not been paid by the dates shown on your demand notice.'
        : 'You have not paid the instalments you were reminded about, or you have missed a later instalment. You have lost the right to pay by instalments.' },
      { kind: 'fields', fields: [
        { label: reminder ? 'Amount missed' : 'Amount now due', value: poundsAndPence(facts.arrearsPence) },
        { label: 'Pay by', value: longDate(facts.payBy) },
      ] },
      { kind: 'paragraph', emphasis: true, text: `Please pay ${poundsAndPence(facts.arrearsPence)} by ${longDate(facts.payBy)}.` },
      { kind: 'section', title: 'What happens next' },
      ...whatHappensNext(reminder),
      { kind: 'section', title: 'How to pay' },
      { kind: 'paragraph', text: facts.wording.paymentInstructions ?? 'Pay by any of the ways shown on your demand notice.' },
      { kind: 'paragraph', text: `Quote your account reference ${facts.accountReference} with your payment. If you have paid in the last few days, thank you: please ignore this notice.` },
      { kind: 'section', title: 'Contact us' },
      { kind: 'paragraph', text: facts.wording.contactDetails ?? contactLine(facts.council) },
      { kind: 'paragraph', text: 'If you are having difficulty paying, contact us straight away: we may be able to agree a way for you to pay.' },
    ],
  };
}

function whatHappensNext(reminder: boolean): Block[] {
  const court = 'If the amount due is not paid, the council may apply to the magistrates\' court for a liability order without further notice other than a summons. Court costs will be added to what you owe, and the order allows the council to take further action to recover the debt, such as instructing enforcement agents, whose fees are set by law.';
  if (!reminder) return [{ kind: 'paragraph', text: `The whole of the unpaid balance for the year is now due. ${court}` }];
  return [
    { kind: 'list', items: [
      'If you pay the amount missed by the date shown, you may go on paying by your remaining instalments.',
      'If you do not, or if you miss a later instalment, you lose the right to pay by instalments and the whole of the unpaid balance for the year becomes payable 7 days later (Non-Domestic Rating (Collection and Enforcement) (Local Lists) Regulations 1989, regulation 8).',
      court,
    ] },
  ];
}
