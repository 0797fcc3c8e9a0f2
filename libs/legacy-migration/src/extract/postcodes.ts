import { Refusal } from './values.js';

/** A UK postcode's shape: outward code (area letters, district digit, optional letter or digit), then inward code. */
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;
const SPACES = /\s+/g;

/** Upper case with one space before the inward code (`ls1 1ab` → `LS1 1AB`); an impossible postcode is refused. */
export function normalisePostcode(text: string): string | Refusal {
  const match = POSTCODE.exec(text.replace(SPACES, '').toUpperCase());
  return match ? `${match[1]} ${match[2]}` : new Refusal('not a UK postcode');
}
