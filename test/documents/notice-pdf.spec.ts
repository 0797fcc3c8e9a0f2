import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import {
  DEMAND_NOTICE_TEMPLATE_VERSION, PdfKitRenderer, demandNoticeLayout, recoveryNoticeLayout, type DemandNoticeFacts, type RecoveryNoticeFacts,
} from '../../libs/documents/src/index.js';
import { pdfText } from '../support/pdf-text.js';

const COUNCIL = { name: 'Levels and Moors Council', contactEmail: 'rates@levels.example', contactPhone: '01234 567890', website: 'https://levels.example/rates' };
const ADDRESSEE = { name: 'Brue Bakery Ltd', addressLines: ['Unit 4, Mill Lane', 'Langport'], postcode: 'TA10 9AA' };

/** RV £13,250 in 2024-25: gross at 49.9p less small business rate relief (tapered), billed in ten instalments. */
const NOTICE: DemandNoticeFacts = {
  council: COUNCIL,
  addressee: ADDRESSEE,
  accountReference: '000000125',
  billNumber: 4021,
  kind: 'demand',
  financialYear: '2024-25',
  issuedOn: '2024-03-15',
  totalPence: 264_418,
  yearChargePence: 264_418,
  paidBeforePence: 0,
  dueBeforePence: 0,
  properties: [{ liabilityId: 'l-1', baReference: 'LM0042', description: 'Shop and premises', addressLines: ['4 High Street', 'Langport'], postcode: 'TA10 9PU' }],
  lines: [
    {
      liabilityId: 'l-1', code: 'GROSS_CHARGE', description: 'Gross charge at the small business multiplier', amountPence: 661_175, periodStart: '2024-04-01', periodEnd: '2025-03-31',
      rule: 'RV £13,250 × 0.499 × 365/365 days', legislation: 'LGFA 1988 Sch 7', inputs: { rateableValue: 13_250, multiplier: '0.499', days: 365, daysInYear: 365 },
    },
    {
      liabilityId: 'l-1', code: 'SMALL_BUSINESS_RATE_RELIEF', description: 'Small business rate relief', amountPence: -396_757, periodStart: '2024-04-01', periodEnd: '2025-03-31',
      rule: 'Tapered: 60.0% of the charge for RV £13,250 (100% at £12,000 falling to 0% at £15,000)', legislation: 'SI 2012/148', inputs: { rateableValue: 13_250 },
    },
  ],
  instalments: [
    { number: 1, dueDate: '2024-04-01', amountPence: 26_458 },
    ...Array.from({ length: 9 }, (_, index) => ({ number: index + 2, dueDate: `${index < 8 ? '2024' : '2025'}-${String(((index + 4) % 12) + 1).padStart(2, '0')}-01`, amountPence: 26_440 })),
  ],
  wording: { paymentInstructions: 'Pay by Direct Debit, online at levels.example/pay, or by phone on 01234 567891.', contactDetails: 'Levels and Moors Council, Business Rates, PO Box 1, Langport.' },
};

const renderer = new PdfKitRenderer();

describe('demand notice PDF', () => {
  it('carries the statutory items, with amounts in pounds and pence from integer pence', async () => {
    const bytes = await renderer.render(demandNoticeLayout(NOTICE), NOTICE.issuedOn);
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const { text } = await pdfText(bytes);
    // The ratepayer and the property.
    for (const item of ['Brue Bakery Ltd', 'Unit 4, Mill Lane', 'TA10 9AA', '4 High Street, Langport, TA10 9PU', 'Shop and premises', 'LM0042']) expect(text).toContain(item);
    // Rateable value and multiplier.
    expect(text).toContain('Rateable value £13,250');
    expect(text).toContain('Multiplier 49.9p in the pound (0.499)');
    // Every calculation line with its amount and how it was worked out, reliefs as negatives.
    expect(text).toContain('Gross charge at the small business multiplier 1 April 2024 to 31 March 2025 £6,611.75');
    expect(text).toContain('Small business rate relief 1 April 2024 to 31 March 2025 -£3,967.57');
    expect(text).toContain('RV £13,250 × 0.499 × 365/365 days (LGFA 1988 Sch 7)');
    expect(text).toContain('Tapered: 60.0% of the charge');
    // The amount due and the instalments with their dates.
    expect(text).toContain('Amount charged by this notice £2,644.18');
    expect(text).toContain('Amount due by the instalments below £2,644.18');
    expect(text).toContain('1 1 April 2024 £264.58');
    expect(text).toContain('10 1 January 2025 £264.40');
    expect(text).toContain('10 monthly instalments');
    // How to pay, the council's contact wording and the explanatory notes.
    expect(text).toContain('Pay by Direct Debit, online at levels.example/pay');
    expect(text).toContain('Levels and Moors Council, Business Rates, PO Box 1, Langport.');
    expect(text).toContain('Explanatory notes');
    expect(text).toContain('Council Tax and Non-Domestic Rating (Demand Notices) (England) Regulations 2003');
    expect(text).toContain('Account reference 000000125');
    expect(text).toContain('Bill number 4021');
  });

  it('renders the same bytes for the same notice, so a stored copy can be checked', async () => {
    const hash = async () => createHash('sha256').update(await renderer.render(demandNoticeLayout(NOTICE), NOTICE.issuedOn)).digest('hex');
    expect(await hash()).toBe(await hash());
    expect(DEMAND_NOTICE_TEMPLATE_VERSION).toMatch(/^demand-notice\/\d+/);
  });

  it('says what is already due and unpaid on an adjustment, and the council\'s default wording when its plugins give none', async () => {
    const adjustment: DemandNoticeFacts = { ...NOTICE, kind: 'adjustment', totalPence: -50_005, paidBeforePence: 10_000, dueBeforePence: 52_898, wording: {} };
    const { text } = await pdfText(await renderer.render(demandNoticeLayout(adjustment), adjustment.issuedOn));
    expect(text).toContain('Non-domestic rates 2024-25: adjustment notice');
    expect(text).toContain('Change made by this notice -£500.05');
    expect(text).toContain('Already due under earlier notices and still unpaid: please pay now £428.98');
    expect(text).toContain('Contact Levels and Moors Council: phone 01234 567890, email rates@levels.example');
  });
});

describe('reminder PDF', () => {
  const REMINDER: RecoveryNoticeFacts = {
    council: COUNCIL, addressee: ADDRESSEE, accountReference: '000000125', stage: 'reminder', financialYear: '2024-25', issuedOn: '2024-06-10', arrearsPence: 52_898, payBy: '2024-06-17', wording: {},
  };

  it('carries the missed amount, the date to pay by and what happens next', async () => {
    const { text } = await pdfText(await renderer.render(recoveryNoticeLayout(REMINDER), REMINDER.issuedOn));
    expect(text).toContain('Non-domestic rates 2024-25: reminder notice');
    expect(text).toContain('Amount missed £528.98');
    expect(text).toContain('Pay by 17 June 2024');
    expect(text).toContain('Please pay £528.98 by 17 June 2024.');
    expect(text).toContain('What happens next');
    expect(text).toContain('whole of the unpaid balance for the year becomes payable 7 days later');
    expect(text).toContain('liability order');
  });

  it('a final notice says the whole balance is now due', async () => {
    const { text } = await pdfText(await renderer.render(recoveryNoticeLayout({ ...REMINDER, stage: 'final-notice', arrearsPence: 238_000 }), REMINDER.issuedOn));
    expect(text).toContain('final notice');
    expect(text).toContain('Amount now due £2,380.00');
    expect(text).toContain('The whole of the unpaid balance for the year is now due.');
  });
});
