import type { Random } from './random.js';
import {
  BUILDING_NAMES, CHARITY_FORMS, CLUB_SPORTS, COMPANY_SUFFIXES, COMPANY_WORDS, COUNTIES, FORENAMES, INWARD_LETTERS, LOCALITIES,
  POSTCODE_AREAS, STREET_KINDS, STREET_WORDS, SURNAMES, TITLES, TOWNS, TRADES,
} from './word-lists.js';

/** Academy party types: C company, I individual, H charity, S club. */
export type PartyType = 'C' | 'I' | 'H' | 'S';
export type PaymentCode = 'DD01' | 'BACS' | 'CARD' | 'CHQ' | 'CASHM' | 'ARRG';

export interface Address {
  /** Four free-text lines; unused ones are empty. */
  readonly lines: readonly [string, string, string, string];
  readonly postcode: string;
  /** The same address as the VOA list splits it (upper case there). */
  readonly parts: { readonly unit: string; readonly number: string; readonly street: string; readonly locality: string; readonly town: string; readonly county: string };
}

export interface Party {
  readonly kind: PartyType;
  readonly name: string;
  readonly companyNo: string;
  readonly charityNo: string;
  readonly email: string | null;
  readonly address: Address;
  readonly paymentCode: PaymentCode;
}

export function makeParty(random: Random): Party {
  const kind = random.weighted([['C', 85], ['I', 11], ['H', 2], ['S', 2]] as const);
  const name = partyName(random, kind);
  const slug = name.toLowerCase().normalize('NFD').replace(/[^a-z]+/g, '');
  return {
    kind,
    name,
    companyNo: kind === 'C' && !name.endsWith('& Co') ? companyNumber(random) : '',
    charityNo: kind === 'H' ? String(random.int(1_000_000, 1_199_999)) : '',
    email: random.chance(0.6) ? `${kind === 'I' ? 'ratepayer' : 'accounts'}.${slug.slice(0, 24)}@example.org` : null,
    address: makeAddress(random, false),
    paymentCode: random.weighted([['DD01', 72], ['BACS', 10], ['CARD', 7], ['CHQ', 4], ['CASHM', 3], ['ARRG', 4]] as const),
  };
}

function partyName(random: Random, kind: PartyType): string {
  switch (kind) {
    case 'C':
      return `${random.pick(COMPANY_WORDS)} ${random.pick(COMPANY_WORDS)} ${random.pick(TRADES)} ${random.pick(COMPANY_SUFFIXES)}`;
    case 'I':
      return `${random.pick(TITLES)} ${random.pick(FORENAMES)} ${random.pick(SURNAMES)}`;
    case 'H':
      return `The ${random.pick(COMPANY_WORDS)} ${random.pick(CHARITY_FORMS)}`;
    case 'S':
      return `${random.pick(COMPANY_WORDS)} ${random.pick(CLUB_SPORTS)} Club`;
  }
}

function companyNumber(random: Random): string {
  return random.chance(0.05) ? `SC${random.int(100_000, 999_999)}` : String(random.int(1_000_000, 15_999_999)).padStart(8, '0');
}

/** A four-line address: number and street (or a unit and its building), locality, town, county. */
export function makeAddress(random: Random, forProperty: boolean): Address {
  const street = `${random.pick(STREET_WORDS)} ${random.pick(STREET_KINDS)}`;
  const unit = forProperty && random.chance(0.2);
  const unitName = unit ? `${random.pick(BUILDING_NAMES)} ${random.int(1, 40)}` : '';
  const number = String(random.int(1, 240));
  const locality = !unit && random.chance(0.4) ? random.pick(LOCALITIES) : '';
  const town = random.pick(TOWNS);
  const county = random.pick(COUNTIES);
  const lines = [unitName, `${number} ${street}`, locality, town, county].filter((line) => line !== '');
  while (lines.length < 4) lines.push('');
  return { lines: lines as unknown as Address['lines'], postcode: postcode(random), parts: { unit: unitName, number, street, locality, town, county } };
}

/** UK-shaped (`^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$`) but in invented Q areas. */
function postcode(random: Random): string {
  const letter = () => INWARD_LETTERS[random.int(0, INWARD_LETTERS.length - 1)];
  return `${random.pick(POSTCODE_AREAS)}${random.int(1, 29)} ${random.int(0, 9)}${letter()}${letter()}`;
}
