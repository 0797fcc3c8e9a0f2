/** The Academy-style layout: file names and columns exactly as docs/legacy-extract-formats.md §1 lists them. */
export const ACADEMY_COLUMNS = {
  'nndr_account.csv': ['account_ref', 'account_cd', 'lead_liab_name', 'party_type', 'company_no', 'charity_no', 'addr1', 'addr2', 'addr3', 'addr4', 'postcode', 'paymeth_code'],
  'nndr_email.csv': ['reference_id', 'email_addr'],
  'nndr_property.csv': ['property_ref', 'ba_ref', 'uarn', 'uprn', 'addr1', 'addr2', 'addr3', 'addr4', 'postcode', 'descrip_code', 'descrip_text', 'rv', 'rv_effective', 'empty_from'],
  'nndr_occupation.csv': ['occupation_ref', 'account_ref', 'property_ref', 'occupation_date', 'vacation_date', 'liab_pos'],
  'nndr_relief.csv': ['relief_ref', 'account_ref', 'property_ref', 'relief_code', 'relief_from', 'relief_to', 'relief_percent'],
  'nndr_notice.csv': [
    'bill_no', 'bill_adjust', 'account_ref', 'notice_type', 'notice_from', 'notice_to', 'notice_issued', 'amt_debit', 'amt_costs', 'amt_penalties',
    'amt_refunds', 'amt_remit', 'amt_transitional', 'amt_write_off', 'amt_lump_disc', 'amt_paym_disc', 'notice_balance',
  ],
  'nndr_transaction.csv': ['trans_ref', 'account_ref', 'bill_no', 'trans_date', 'trans_type', 'paymeth_code', 'amount'],
} as const;

export type AcademyFile = keyof typeof ACADEMY_COLUMNS;
export const ACADEMY_FILES = Object.keys(ACADEMY_COLUMNS) as AcademyFile[];

/** The position of a column in its file, so defects name columns, not numbers. */
export function columnIndex(file: AcademyFile, column: string): number {
  const index = (ACADEMY_COLUMNS[file] as readonly string[]).indexOf(column);
  if (index < 0) throw new Error(`${file} has no column ${column}`);
  return index;
}
