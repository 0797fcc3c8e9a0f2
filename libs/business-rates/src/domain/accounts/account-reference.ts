import { InvalidInputError } from '../../../../kernel/src/index.js';

/**
 * An account reference: the council's account number (8 digits, zero-padded) followed by a Luhn
 * check digit, so a mistyped digit or two swapped neighbours (except 0/9) is caught before the
 * reference reaches a lookup. Ratepayers quote it; it never changes.
 */
export type AccountReference = string;

const SERIAL_DIGITS = 8;

export function accountReferenceFor(serial: number): AccountReference {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial >= 10 ** SERIAL_DIGITS) {
    throw new InvalidInputError('accountNumber', `must be a whole number from 1 to ${10 ** SERIAL_DIGITS - 1}`);
  }
  const digits = String(serial).padStart(SERIAL_DIGITS, '0');
  return digits + luhnCheckDigit(digits);
}

/** Checks the shape and the check digit of a reference someone has given; names `field` if it is wrong. */
export function checkAccountReference(value: unknown, field = 'accountReference'): AccountReference {
  if (typeof value !== 'string' || !/^[0-9]{9}$/.test(value)) throw new InvalidInputError(field, 'must be 9 digits');
  if (luhnCheckDigit(value.slice(0, SERIAL_DIGITS)) !== value[SERIAL_DIGITS]) {
    throw new InvalidInputError(field, 'has a wrong check digit: please check the reference');
  }
  return value;
}

function luhnCheckDigit(digits: string): string {
  let sum = 0;
  // Double every second digit counting leftwards from the one next to the check digit.
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}
