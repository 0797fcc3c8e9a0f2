import { dayMonthYear, OPEN_END, poundsText } from './text-formats.js';
import type { Field } from './csv-file.js';
import type { AccountBilling } from './billing.js';
import type { AcademyFile } from './academy-layout.js';
import { ENGINE_DERIVED_CODES, type Account, type Group, type Liability, type Relief } from './world.js';
import type { Address } from './parties.js';

/** One row on its way to an Academy file, with what reconciliation needs to know about it. */
export interface AcademyRow {
  readonly file: AcademyFile;
  fields: Field[];
  readonly entity: 'account' | 'email' | 'property' | 'liability' | 'relief' | 'notice' | 'transaction';
  readonly key: string;
  readonly accountRef: string;
  readonly billNo?: string;
  readonly balancePence?: number;
  readonly amountPence?: number;
  readonly reliefLoaded?: boolean;
  /** Set when written. */
  line?: number;
  /** Refused itself, or unloadable because of a defect elsewhere. */
  invalid?: boolean;
}

const addressFields = (address: Address): string[] => [...address.lines, address.postcode];

/** A group's rows, file by file, in the order they are written. */
export function groupRows(group: Group, billings: readonly AccountBilling[]): AcademyRow[] {
  const { property } = group;
  const rows: AcademyRow[] = [
    {
      file: 'nndr_property.csv',
      entity: 'property',
      key: property.ref,
      accountRef: '',
      fields: [
        property.ref, property.baRef, String(property.uarn), property.uprn, ...addressFields(property.address), property.scat.code, property.scat.text,
        String(property.rv), dayMonthYear(property.rvEffective), property.emptyFrom ? dayMonthYear(property.emptyFrom) : '',
      ],
    },
  ];
  for (const billing of billings) rows.push(...accountRows(group, billing));
  return rows;
}

function accountRows(group: Group, { account, notices, payments }: AccountBilling): AcademyRow[] {
  const { party } = account;
  const accountRef = account.ref;
  const rows: AcademyRow[] = [accountRow(account, party.name)];
  if (party.email) rows.push({ file: 'nndr_email.csv', entity: 'email', key: accountRef, accountRef, fields: [accountRef, party.email] });
  rows.push(occupationRow(account.liability, accountRef, group.property.ref));
  for (const relief of account.reliefs) rows.push(reliefRow(relief, accountRef, group.property.ref));
  for (const notice of notices) {
    const { charge } = notice;
    rows.push({
      file: 'nndr_notice.csv',
      entity: 'notice',
      key: `${notice.billNo}/${notice.adjust}`,
      accountRef,
      billNo: notice.billNo,
      balancePence: notice.balancePence,
      fields: [
        notice.billNo, String(notice.adjust), accountRef, notice.type, dayMonthYear(notice.from), dayMonthYear(notice.to), dayMonthYear(notice.issued),
        ...[charge.debitPence, notice.costsPence, 0, 0, charge.remitPence, charge.transitionalPence, 0, 0, 0, notice.balancePence].map(poundsText),
      ],
    });
  }
  for (const payment of payments) {
    rows.push({
      file: 'nndr_transaction.csv',
      entity: 'transaction',
      key: payment.ref,
      accountRef,
      billNo: payment.billNo,
      amountPence: payment.amountPence,
      fields: [payment.ref, accountRef, payment.billNo, dayMonthYear(payment.date), 'PAY', party.paymentCode, poundsText(payment.amountPence)],
    });
  }
  return rows;
}

export function accountRow(account: Account, name: string): AcademyRow {
  const { party } = account;
  return {
    file: 'nndr_account.csv',
    entity: 'account',
    key: account.ref,
    accountRef: account.ref,
    fields: [account.ref, account.checkDigit, name, party.kind, party.companyNo, party.charityNo, ...addressFields(party.address), party.paymentCode],
  };
}

export function occupationRow(liability: Liability, accountRef: string, propertyRef: string): AcademyRow {
  return {
    file: 'nndr_occupation.csv',
    entity: 'liability',
    key: liability.ref,
    accountRef,
    fields: [liability.ref, accountRef, propertyRef, dayMonthYear(liability.start), dayMonthYear(liability.end ?? OPEN_END), liability.liabPos],
  };
}

export function reliefRow(relief: Relief, accountRef: string, propertyRef: string): AcademyRow {
  return {
    file: 'nndr_relief.csv',
    entity: 'relief',
    key: relief.ref,
    accountRef,
    reliefLoaded: !ENGINE_DERIVED_CODES.has(relief.code),
    fields: [relief.ref, accountRef, propertyRef, relief.code, dayMonthYear(relief.from), dayMonthYear(relief.to ?? OPEN_END), relief.percent],
  };
}
