import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { invalidField } from '../../../../kernel/src/testing/invalid-field.js';
import { accountReferenceFor, checkAccountReference } from './account-reference.js';

describe('account references', () => {
  it('are the zero-padded account number and a Luhn check digit', () => {
    // 00000001: the doubled digits sum to 2, so the check digit is 8.
    expect(accountReferenceFor(1)).toBe('000000018');
    expect(accountReferenceFor(7992739)).toBe('079927398');
  });

  it('accept every reference they issue', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 99_999_999 }), (serial) => {
      expect(checkAccountReference(accountReferenceFor(serial))).toBe(accountReferenceFor(serial));
    }));
  });

  it('catch any single mistyped digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.nat(8), fc.integer({ min: 1, max: 9 }), (serial, position, shift) => {
        const reference = accountReferenceFor(serial);
        const typo = reference.slice(0, position) + ((Number(reference[position]) + shift) % 10) + reference.slice(position + 1);
        expect(() => checkAccountReference(typo)).toThrow(/check digit/);
      }),
    );
  });

  it('name the field when a reference is not 9 digits', () => {
    expect(invalidField(() => checkAccountReference('12345', 'payment.accountReference'))).toBe('payment.accountReference');
  });
});
