import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { accountNumberEnding, checkPayeeBankAccount } from './bank-details.js';

describe("the payee's bank account", () => {
  it('takes a sort code with hyphens or spaces, and an account number with spaces, as digits', () => {
    expect(checkPayeeBankAccount('12-34-56', '1234 5678')).toEqual({ sortCode: '123456', accountNumber: '12345678' });
    expect(checkPayeeBankAccount('12 34 56', '12345678')).toEqual({ sortCode: '123456', accountNumber: '12345678' });
  });

  it.each([
    ['12345', '12345678', 'payeeSortCode'],
    ['12-34-5A', '12345678', 'payeeSortCode'],
    [123456, '12345678', 'payeeSortCode'],
    ['123456', '1234567', 'payeeAccountNumber'],
    ['123456', '123456789', 'payeeAccountNumber'],
    ['123456', '1234-5678', 'payeeAccountNumber'],
  ])('refuses %p / %p, naming %s', (sortCode, accountNumber, field) => {
    expect(() => checkPayeeBankAccount(sortCode, accountNumber)).toThrow(expect.objectContaining({ field }) as unknown as InvalidInputError);
  });

  it('shows only the last four digits of an account number', () => {
    expect(accountNumberEnding('12345678')).toBe('5678');
  });
});
