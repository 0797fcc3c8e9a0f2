import { accountReferenceFor } from '../../libs/business-rates/src/index.js';
import { addDays } from '../../libs/kernel/src/index.js';
import { columnIndex, type AcademyFile } from './academy-layout.js';
import { accountRow, occupationRow, reliefRow, type AcademyRow } from './academy-rows.js';
import type { DefectKind } from './manifest.js';
import type { Random } from './random.js';
import { dayMonthYear } from './text-formats.js';
import { COMPANY_WORDS } from './word-lists.js';
import type { Group } from './world.js';

/** A defect placed in a group's rows; its line is known once the row is written. */
export interface PlacedDefect {
  readonly kind: DefectKind;
  readonly row: AcademyRow;
  readonly field: string;
  readonly value: string;
  readonly bytesHex?: string;
  readonly reason: string;
  /** Rows the defect makes unloadable besides its own. */
  readonly dependents: AcademyRow[];
}

/**
 * Injects one defect into the rows of a group's current account, so each defective row is refused
 * for one reason. Account-level defects (check digit, encoding) make every row of that account
 * unloadable; a bad liability date takes the liability's reliefs, notices and payments with it; a bad notice amount
 * takes the payments naming that bill. Extra rows (orphan, duplicate, overlap, unknown code) stand
 * alone.
 */
export function placeAcademyDefect(kind: DefectKind, group: Group, rows: AcademyRow[], random: Random): PlacedDefect {
  const account = group.accounts[group.accounts.length - 1];
  const own = (file: AcademyFile) => rows.filter((row) => row.file === file && row.accountRef === account.ref);
  const accountRowOf = own('nndr_account.csv')[0];
  const occupation = own('nndr_occupation.csv')[0];
  const set = (row: AcademyRow, file: AcademyFile, column: string, value: string | Buffer) => {
    row.fields[columnIndex(file, column)] = value;
  };
  const insertAfter = (anchor: AcademyRow, extra: AcademyRow) => rows.splice(rows.indexOf(anchor) + 1, 0, extra);
  const propertyRef = group.property.ref;

  switch (kind) {
    case 'bad-date': {
      const value = random.pick([`31/02/${account.liability.start.slice(0, 4)}`, `15/13/2019`, account.liability.start, '00/00/0000']);
      set(occupation, 'nndr_occupation.csv', 'occupation_date', value);
      // The account's only liability: its reliefs, its notices (a notice needs a liability in its days) and their payments go with it.
      const dependents = [...own('nndr_relief.csv'), ...own('nndr_notice.csv'), ...own('nndr_transaction.csv')];
      return { kind, row: occupation, field: 'occupation_date', value, reason: 'not a DD/MM/YYYY date', dependents };
    }
    case 'unknown-code': {
      const value = random.pick(['RD99', 'XSBR', 'ZZ01']);
      const extra = reliefRow({ ref: `${account.liability.ref}99`, code: 'DC', from: account.liability.start, to: null, percent: '' }, account.ref, propertyRef);
      set(extra, 'nndr_relief.csv', 'relief_code', value);
      insertAfter(occupation, extra);
      return { kind, row: extra, field: 'relief_code', value, reason: 'relief code not in the profile', dependents: [] };
    }
    case 'orphan-row': {
      // Before any liability in the file, so the orphan overlaps nothing and is refused only for its account.
      const missing = accountReferenceFor(90_000_000 + group.index).slice(0, 8);
      const extra = occupationRow({ ref: String(99_000_000 + group.index), start: '2004-04-01', end: '2007-03-31', liabPos: '4', owner: false }, missing, propertyRef);
      insertAfter(occupation, extra);
      return { kind, row: extra, field: 'account_ref', value: missing, reason: 'no such account in nndr_account.csv', dependents: [] };
    }
    case 'duplicate-key': {
      const extra = accountRow(account, `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_WORDS)} Holdings Ltd`);
      insertAfter(accountRowOf, extra);
      return { kind, row: extra, field: 'account_ref', value: account.ref, reason: 'account_ref repeats an earlier row', dependents: [] };
    }
    case 'overlapping-liability': {
      const start = addDays(account.liability.start, 30);
      const extra = occupationRow({ ref: String(98_000_000 + group.index), start, end: null, liabPos: '4', owner: false }, account.ref, propertyRef);
      insertAfter(occupation, extra);
      return { kind, row: extra, field: 'occupation_date', value: dayMonthYear(start), reason: 'overlaps an earlier liability on the same property', dependents: [] };
    }
    case 'wrong-encoding': {
      // UTF-8 text pasted into a Windows-1252 file: "Ł" is C5 81, and 0x81 is undefined in Windows-1252.
      const value = `Łódź ${random.pick(COMPANY_WORDS)} Imports Ltd`;
      const bytes = Buffer.from(value, 'utf8');
      set(accountRowOf, 'nndr_account.csv', 'lead_liab_name', bytes);
      return { kind, row: accountRowOf, field: 'lead_liab_name', value, bytesHex: bytes.toString('hex'), reason: 'byte 0x81 is not Windows-1252', dependents: accountDependents(rows, account.ref, accountRowOf) };
    }
    case 'bad-check-digit': {
      const value = String((Number(account.checkDigit) + random.int(1, 9)) % 10);
      set(accountRowOf, 'nndr_account.csv', 'account_cd', value);
      return { kind, row: accountRowOf, field: 'account_cd', value, reason: 'Luhn check digit does not match account_ref', dependents: accountDependents(rows, account.ref, accountRowOf) };
    }
    case 'bad-money': {
      const notice = own('nndr_notice.csv').at(-1);
      if (!notice) throw new Error(`group ${group.index} has no notice for a bad-money defect`);
      const good = String(notice.fields[columnIndex('nndr_notice.csv', 'amt_debit')]);
      // Only forms no reader could take for money: a pound sign or thousands commas are still readable amounts.
      const value = random.pick([`${good}.0`, good.replace('.', ',')]);
      set(notice, 'nndr_notice.csv', 'amt_debit', value === good ? `${good}.0` : value);
      const written = String(notice.fields[columnIndex('nndr_notice.csv', 'amt_debit')]);
      const payments = own('nndr_transaction.csv').filter((row) => row.billNo === notice.billNo);
      return { kind, row: notice, field: 'amt_debit', value: written, reason: 'not money in the form 1234.56', dependents: payments };
    }
  }
}

function accountDependents(rows: readonly AcademyRow[], accountRef: string, self: AcademyRow): AcademyRow[] {
  return rows.filter((row) => row !== self && row.accountRef === accountRef);
}
