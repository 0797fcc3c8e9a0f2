import { InvalidInputError } from '../../../kernel/src/index.js';

/** A UK bank account grants are paid into, as BACS needs it: a six-digit sort code and an eight-digit account number. */
export interface PayeeBankAccount {
  readonly sortCode: string;
  readonly accountNumber: string;
}

/**
 * Checks and normalises the payee's bank account. A sort code may be written 12-34-56 or 12 34 56;
 * an account number may have spaces. Nothing else is accepted (no 7-digit or 10-digit numbers: the
 * applicant's bank gives the 8-digit form).
 */
export function checkPayeeBankAccount(sortCode: unknown, accountNumber: unknown): PayeeBankAccount {
  const code = typeof sortCode === 'string' ? sortCode.replace(/[\s-]/g, '') : '';
  if (!/^[0-9]{6}$/.test(code)) throw new InvalidInputError('payeeSortCode', 'must be a sort code of 6 digits, such as 12-34-56');
  const number = typeof accountNumber === 'string' ? accountNumber.replace(/\s/g, '') : '';
  if (!/^[0-9]{8}$/.test(number)) throw new InvalidInputError('payeeAccountNumber', 'must be an account number of 8 digits');
  return { sortCode: code, accountNumber: number };
}

/** What reads show of an account number: its last four digits only. */
export function accountNumberEnding(accountNumber: string): string {
  return accountNumber.slice(-4);
}
