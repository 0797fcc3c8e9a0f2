import { Refusal } from './values.js';

/**
 * Check digits as legacy systems compute them. The value's last character is the check digit over
 * the digits before it (join a separate check-digit column on first). Luhn is what our account
 * references use; `modulus` is the weighted scheme income-management systems configure per fund:
 * the weights multiply the body's digits left to right, and the check digit is
 * (modulus − sum mod modulus) mod modulus, which must be a single digit.
 */
export type CheckDigitScheme =
  | { readonly scheme: 'luhn' }
  | { readonly scheme: 'modulus'; readonly modulus: number; readonly weights: readonly number[] };

const DIGITS = /^[0-9]{2,}$/;
const NO_CHECK_DIGIT = 'none';

export function checkDigitProblem(value: string, scheme: CheckDigitScheme): Refusal | null {
  if (!DIGITS.test(value)) return new Refusal('not digits with a check digit');
  const body = value.slice(0, -1);
  const expected = scheme.scheme === 'luhn' ? luhnCheckDigit(body) : modulusCheckDigit(body, scheme.modulus, scheme.weights);
  if (expected === null) return new Refusal(`has ${body.length} digits before the check digit, not as many as the weights`);
  if (expected === NO_CHECK_DIGIT) return new Refusal('has no possible check digit under this modulus');
  return expected === value[value.length - 1] ? null : new Refusal(`wrong check digit (${scheme.scheme}): expected ${expected}`);
}

export function luhnCheckDigit(body: string): string {
  let sum = 0;
  // Double every second digit counting leftwards from the one next to the check digit.
  for (let index = 0; index < body.length; index += 1) {
    let digit = body.charCodeAt(body.length - 1 - index) - 48;
    if (index % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

export function modulusCheckDigit(body: string, modulus: number, weights: readonly number[]): string | null {
  if (body.length !== weights.length) return null;
  let sum = 0;
  for (let index = 0; index < body.length; index += 1) sum += (body.charCodeAt(index) - 48) * weights[index];
  const check = (modulus - (sum % modulus)) % modulus;
  return check > 9 ? NO_CHECK_DIGIT : String(check);
}
