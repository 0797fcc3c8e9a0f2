import { Exact, formatPounds, type Pence } from '../../../kernel/src/index.js';
import type { DemandNoticeFacts, IssuingCouncil } from './document-facts.js';
import type { Block, DocumentLayout, Field } from './document-layout.js';
import { EXPLANATORY_NOTES, EXPLANATORY_NOTES_VERSION } from './explanatory-notes.js';
import { longDate, poundsAndPence } from './money-text.js';

/** Bumped whenever the wording or the items a demand notice carries change; stored with each document. */
export const DEMAND_NOTICE_TEMPLATE_VERSION = `demand-notice/1+notes/${EXPLANATORY_NOTES_VERSION}`;

const KIND_TITLES: Record<string, string> = {
  annual: 'demand notice',
  demand: 'demand notice',
  adjustment: 'adjustment notice',
  migrated: 'demand notice (carried over from the previous system)',
};

/**
 * A demand notice (Demand Notices Regulations 2003, Sch 2): the ratepayer and each property, the
 * rateable value and multiplier, every calculation line with how it was worked out (reliefs and
 * transitional amounts included), the amount due and its instalments, how to pay, the council's
 * contact wording and the explanatory notes.
 */
export function demandNoticeLayout(facts: DemandNoticeFacts): DocumentLayout {
  const title = facts.wording.heading ?? `Non-domestic rates ${facts.financialYear}: ${KIND_TITLES[facts.kind] ?? 'demand notice'}`;
  const payableByInstalments = facts.instalments.reduce((sum, each) => sum + each.amountPence, 0);
  return {
    title,
    sender: councilBlock(facts.council),
    recipient: { name: facts.addressee.name, addressLines: withPostcode(facts.addressee.addressLines, facts.addressee.postcode) },
    summary: [
      { label: 'Account reference', value: facts.accountReference },
      { label: 'Bill number', value: String(facts.billNumber) },
      { label: 'Date of notice', value: longDate(facts.issuedOn) },
      { label: 'Financial year', value: facts.financialYear },
    ],
    blocks: [
      { kind: 'section', title: 'The property' },
      ...facts.properties.flatMap((property): Block[] => [
        { kind: 'fields', fields: [
          { label: 'Address', value: withPostcode(property.addressLines, property.postcode).join(', ') },
          { label: 'Description', value: property.description },
          { label: 'Billing authority reference', value: property.baReference },
          ...valuesCharged(facts, property.liabilityId),
        ] },
      ]),
      { kind: 'section', title: 'How your bill is calculated' },
      {
        kind: 'table',
        columns: [
          { header: 'Item', align: 'left', width: 0.5 },
          { header: 'Period', align: 'left', width: 0.3 },
          { header: 'Amount', align: 'right', width: 0.2 },
        ],
        rows: facts.lines.map((line) => [line.description, `${longDate(line.periodStart)} to ${longDate(line.periodEnd)}`, poundsAndPence(line.amountPence)]),
        footer: [facts.kind === 'adjustment' ? 'Change made by this notice' : 'Amount charged by this notice', '', poundsAndPence(facts.totalPence)],
      },
      { kind: 'section', title: 'How each amount was worked out' },
      { kind: 'list', items: facts.lines.map((line) => `${line.description}: ${line.rule} (${line.legislation})`) },
      { kind: 'section', title: 'Amount due' },
      { kind: 'fields', fields: amountsDue(facts, payableByInstalments) },
      ...instalmentBlocks(facts),
      { kind: 'section', title: 'How to pay' },
      { kind: 'paragraph', text: facts.wording.paymentInstructions ?? 'Please pay each instalment by the date shown.' },
      { kind: 'paragraph', text: `Quote your account reference ${facts.accountReference} with every payment.` },
      { kind: 'section', title: 'Contact us' },
      { kind: 'paragraph', text: facts.wording.contactDetails ?? contactLine(facts.council) },
      { kind: 'section', title: 'Explanatory notes' },
      { kind: 'list', items: EXPLANATORY_NOTES },
    ],
  };
}

/** The rateable values and multipliers the property's lines used, as the engine recorded them. */
function valuesCharged(facts: DemandNoticeFacts, liabilityId: string): Field[] {
  const gross = facts.lines.filter((line) => line.liabilityId === liabilityId && line.code === 'GROSS_CHARGE');
  const values = unique(gross.map((line) => line.inputs.rateableValue).filter((value) => typeof value === 'number') as number[]);
  const multipliers = unique(gross.map((line) => line.inputs.multiplier).filter((value) => value !== undefined).map(String));
  return [
    { label: 'Rateable value', value: values.length > 0 ? values.map(formatPounds).join(', then ') : 'not charged on this notice' },
    { label: 'Multiplier', value: multipliers.length > 0 ? multipliers.map(inThePound).join(', then ') : 'not charged on this notice' },
  ];
}

function amountsDue(facts: DemandNoticeFacts, payableByInstalments: Pence): Field[] {
  const fields: Field[] = [
    { label: `Charge for ${facts.financialYear}`, value: poundsAndPence(facts.yearChargePence) },
    { label: 'Paid before this notice', value: poundsAndPence(facts.paidBeforePence) },
  ];
  const dueUnpaid = facts.dueBeforePence - facts.paidBeforePence;
  if (dueUnpaid > 0) fields.push({ label: 'Already due under earlier notices and still unpaid: please pay now', value: poundsAndPence(dueUnpaid) });
  fields.push({ label: 'Amount due by the instalments below', value: poundsAndPence(payableByInstalments) });
  return fields;
}

function instalmentBlocks(facts: DemandNoticeFacts): Block[] {
  if (facts.instalments.length === 0) {
    return [{ kind: 'paragraph', text: 'Nothing further is payable by instalments on this notice. Any credit will be refunded or set against other amounts you owe, as the regulations provide.' }];
  }
  return [
    { kind: 'paragraph', text: `Please pay by ${facts.instalments.length === 1 ? 'one instalment' : `${facts.instalments.length} monthly instalments`}, each by the date shown:` },
    {
      kind: 'table',
      columns: [
        { header: 'Instalment', align: 'left', width: 0.3 },
        { header: 'Due on', align: 'left', width: 0.4 },
        { header: 'Amount', align: 'right', width: 0.3 },
      ],
      rows: facts.instalments.map((each) => [String(each.number), longDate(each.dueDate), poundsAndPence(each.amountPence)]),
    },
  ];
}

export function councilBlock(council: IssuingCouncil): DocumentLayout['sender'] {
  return { name: council.name, lines: [council.contactPhone, council.contactEmail, council.website].filter((line): line is string => Boolean(line)) };
}

export function contactLine(council: IssuingCouncil): string {
  const ways = [council.contactPhone && `phone ${council.contactPhone}`, council.contactEmail && `email ${council.contactEmail}`, council.website && `visit ${council.website}`].filter(Boolean);
  return ways.length > 0 ? `Contact ${council.name}: ${ways.join(', ')}.` : `Contact ${council.name}, business rates.`;
}

export function withPostcode(lines: readonly string[], postcode: string | null): string[] {
  return postcode ? [...lines, postcode] : [...lines];
}

/** A multiplier as bills print it: 0.499 → "49.9p in the pound (0.499)". */
function inThePound(rate: string): string {
  return `${new Exact(rate).times(100).toString()}p in the pound (${rate})`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
