import { InvalidInputError } from '../../../../kernel/src/index.js';
import { normalisePostcode } from './register-facts.js';

export const CONTACT_KINDS = ['email', 'phone', 'correspondence-address'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface ContactDetails {
  readonly kind: ContactKind;
  readonly email: string | null;
  readonly phone: string | null;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
  /** The one of its kind to use first; making a contact preferred unprefers the party's others of that kind. */
  readonly preferred: boolean;
}

/** A contact carries exactly the value its kind needs, in the shape the contacts table accepts. */
export function checkContact(contact: ContactDetails): ContactDetails {
  if (!CONTACT_KINDS.includes(contact.kind)) throw new InvalidInputError('kind', `must be one of ${CONTACT_KINDS.join(', ')}`);
  const given = (field: 'email' | 'phone' | 'postcode') => contact[field] !== null && contact[field] !== undefined;
  const isAddress = contact.kind === 'correspondence-address';
  if (given('email') !== (contact.kind === 'email')) throw new InvalidInputError('email', 'is given for an email contact only, and it needs it');
  if (given('phone') !== (contact.kind === 'phone')) throw new InvalidInputError('phone', 'is given for a phone contact only, and it needs it');
  if (contact.addressLines.length > 0 !== isAddress) throw new InvalidInputError('addressLines', 'are given for a correspondence address only, and it needs them');
  if (given('postcode') && !isAddress) throw new InvalidInputError('postcode', 'is given for a correspondence address only');
  const email = contact.email?.trim() ?? null;
  if (email !== null && (email.length > 254 || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email))) throw new InvalidInputError('email', 'must be an email address such as rates@example.com');
  const phone = contact.phone?.trim() ?? null;
  if (phone !== null && !/^\+?[0-9 ]{7,20}$/.test(phone)) throw new InvalidInputError('phone', 'must be 7 to 20 digits and spaces, optionally starting with +');
  if (contact.addressLines.length > 4 || contact.addressLines.some((line) => line.trim() === '' || line.length > 100)) {
    throw new InvalidInputError('addressLines', 'must be 1 to 4 lines of 1 to 100 characters');
  }
  return { ...contact, email, phone, postcode: normalisePostcode(contact.postcode) };
}

export function checkNoteBody(body: unknown): string {
  if (typeof body !== 'string' || body.trim() === '' || body.length > 10_000) throw new InvalidInputError('body', 'must be 1 to 10,000 characters');
  return body.trim();
}
