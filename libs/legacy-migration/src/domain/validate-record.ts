import { isIsoDate } from '../../../kernel/src/index.js';
import { checkAccountReference } from '../../../business-rates/src/domain/accounts/account-reference.js';
import { CANONICAL_FIELDS } from './canonical-fields.js';
import type { CanonicalEntity, CanonicalRecords } from './canonical-records.js';

/**
 * What the live tables will accept, checked on each canonical record before staging, so that a
 * value the database or a later rule would refuse is reported against its legacy row instead.
 * Problems name canonical fields; the mapper names the legacy column they came from.
 */
export interface FieldProblem {
  readonly field: string;
  readonly value: string;
  readonly reason: string;
}

type Fields = Readonly<Record<string, unknown>>;
/** A reason the value is refused, or null. Called only for a value that is present. */
type Check = (value: unknown, record: Fields) => string | null;

const PROPERTY_USES = ['retail', 'hospitality', 'leisure', 'industrial', 'office', 'other'];
const PARTY_KINDS = ['company', 'individual', 'charity', 'club'];
const PAYMENT_METHODS = ['bank-transfer', 'card', 'direct-debit', 'cheque', 'cash'];
const CAPACITIES = ['occupier', 'owner'];
const RELIEF_KINDS = ['charity', 'casc', 'rural', 'discretionary', 'hardship', 'empty-exemption', 'public-lavatory', 'pubs-and-live-music', 'partly-occupied'];
const RELIEFS_WITH_A_PERCENT = ['discretionary', 'hardship'];

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$/;
const BA_REFERENCE = /^[A-Za-z0-9/-]{1,25}$/;
const SCAT_CODE = /^[0-9]{3}[A-Z]?$/;
const COMPANY_NUMBER = /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/;
const CHARITY_NUMBER = /^[0-9]{6,8}(-[0-9]{1,2})?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9 ]{7,20}$/;
const PERCENT = /^([0-9]{1,3})(?:\.([0-9]{1,4}))?$/;
const BILLING_AUTHORITY_CODE = /^[0-9]{4}$/;

const text = (min: number, max: number, pattern?: RegExp, shape?: string): Check => (value) => {
  if (typeof value !== 'string') return 'must be text';
  if (value.length < min || value.length > max) return `must be ${min} to ${max} characters`;
  return pattern && !pattern.test(value) ? `must be ${shape ?? `like ${pattern.source}`}` : null;
};
/** The classes of empty-property exemption (the database's list). */
const EXEMPTION_CLASSES = ['prohibited-by-law', 'kept-vacant-by-public-action', 'ancient-monument', 'personal-representative', 'bankruptcy', 'insolvency', 'charity-next-use'] as const;

const oneOf = (values: readonly string[]): Check => (value) =>
  typeof value === 'string' && values.includes(value) ? null : `must be one of ${values.join(', ')}`;
const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER): Check => (value) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max ? null : `must be a whole number from ${min} to ${max}`;
const pence: Check = (value) => (Number.isSafeInteger(value) ? null : 'must be a whole number of pence');
const date: Check = (value) => (isIsoDate(value) ? null : 'must be a real date (YYYY-MM-DD)');
const yesNo: Check = (value) => (typeof value === 'boolean' ? null : 'must be true or false');
const key = text(1, 100);
const addressLine = text(1, 100);
const postcode = text(1, 8, POSTCODE, 'a UK postcode in capitals with one space (AB1 2CD)');
const notBefore = (earlier: string, check: Check): Check => (value, record) =>
  check(value, record) ?? (typeof record[earlier] === 'string' && (value as string) < (record[earlier] as string) ? `must not be before ${earlier}` : null);
const onlyFor = (kind: string, check: Check): Check => (value, record) =>
  record.partyKind === kind ? check(value, record) : `is only for a ${kind} (this party is ${String(record.partyKind)})`;

const RULES: Readonly<Record<CanonicalEntity, Readonly<Record<string, Check>>>> = {
  property: {
    legacyKey: key, baReference: text(1, 25, BA_REFERENCE, 'letters, digits, / or -'), uarn: wholeNumber(1),
    uprn: wholeNumber(1, 999_999_999_999), addressLine1: addressLine, addressLine2: addressLine, addressLine3: addressLine,
    addressLine4: addressLine, postcode, description: text(1, 200), scatCode: text(1, 4, SCAT_CODE, '3 digits and an optional letter'),
    propertyUse: oneOf(PROPERTY_USES), listedBuilding: yesNo, rateableValue: wholeNumber(0), rateableValueFrom: date,
    emptyFrom: date,
  },
  account: {
    legacyKey: key, reference: accountReference, partyName: text(1, 200), partyKind: oneOf(PARTY_KINDS),
    companyNumber: onlyFor('company', text(8, 8, COMPANY_NUMBER, '8 digits, or 2 letters and 6 digits')),
    charityNumber: onlyFor('charity', text(6, 11, CHARITY_NUMBER, '6 to 8 digits, optionally -N')),
    correspondenceLine1: addressLine, correspondenceLine2: addressLine, correspondenceLine3: addressLine,
    correspondenceLine4: addressLine, correspondencePostcode: text(1, 10), email: text(3, 254, EMAIL, 'an email address'),
    phone: text(1, 21, PHONE, 'a phone number (digits and spaces, optional +)'), paymentMethod: oneOf(PAYMENT_METHODS),
  },
  liability: {
    legacyKey: key, accountKey: key, propertyKey: key, capacity: oneOf(CAPACITIES), startsOn: date, endsOn: notBefore('startsOn', date),
  },
  relief: {
    legacyKey: key, accountKey: key, propertyKey: key, kind: oneOf(RELIEF_KINDS), legacyCode: text(1, 20), startsOn: date,
    endsOn: notBefore('startsOn', date), percent: reliefPercent, exemptionClass: oneOf(EXEMPTION_CLASSES),
  },
  notice: {
    legacyKey: key, accountKey: key, periodFrom: date, periodTo: notBefore('periodFrom', date), issuedOn: date,
    debitPence: pence, costsPence: pence, penaltiesPence: pence, refundsPence: pence, remittedPence: pence,
    transitionalPence: pence, writtenOffPence: pence, discountPence: pence, balancePence: pence,
  },
  transaction: {
    legacyKey: key, accountKey: key, noticeKey: key, receivedOn: date, amountPence: paymentAmount, method: oneOf(PAYMENT_METHODS),
  },
  valuation: {
    legacyKey: key, billingAuthorityCode: text(4, 4, BILLING_AUTHORITY_CODE, '4 digits'),
    baReference: text(1, 25, BA_REFERENCE, 'letters, digits, / or -'), uarn: wholeNumber(1), descriptionCode: text(1, 10),
    descriptionText: text(1, 200), firmName: text(1, 200), numberOrName: text(1, 200), street: text(1, 200), town: text(1, 200),
    postalDistrict: text(1, 200), county: text(1, 200), postcode, effectiveDate: date, composite: yesNo,
    rateableValue: wholeNumber(0), listAlterationDate: date, scatCode: text(1, 4, SCAT_CODE, '3 digits and an optional letter'),
    caseNumber: text(1, 50),
  },
};

/** Every reason the record would be refused by the live tables; empty when it would be accepted. */
export function validateRecord<E extends CanonicalEntity>(entity: E, record: CanonicalRecords[E] | Fields): FieldProblem[] {
  const fields = record as Fields;
  const rules = RULES[entity];
  const problems: FieldProblem[] = [];
  for (const { name, nullable } of CANONICAL_FIELDS[entity]) {
    const value = fields[name];
    if (value === null || value === undefined) {
      const reason = nullable ? missingButNeeded(entity, name, fields) : 'is required';
      if (reason !== null) problems.push({ field: name, value: '', reason });
      continue;
    }
    const reason = rules[name](value, fields);
    if (reason !== null) problems.push({ field: name, value: String(value), reason });
  }
  return problems;
}

function missingButNeeded(entity: CanonicalEntity, name: string, fields: Fields): string | null {
  if (entity === 'relief' && name === 'percent' && RELIEFS_WITH_A_PERCENT.includes(fields.kind as string)) {
    return `is required for a ${String(fields.kind)} relief`;
  }
  return null;
}

function accountReference(value: unknown): string | null {
  try {
    checkAccountReference(value, 'reference');
    return null;
  } catch (error) {
    return (error as { reason?: string }).reason ?? (error as Error).message;
  }
}

/** A share of the charge: more than 0, at most 100, at most 4 decimals, as text so it stays exact. */
function reliefPercent(value: unknown): string | null {
  const match = typeof value === 'string' ? PERCENT.exec(value) : null;
  if (!match) return 'must be a percentage with at most 4 decimals, e.g. 25 or 12.5';
  const whole = Number(match[1]);
  const hasFraction = /[1-9]/.test(match[2] ?? '');
  if (whole > 100 || (whole === 100 && hasFraction)) return 'must be at most 100';
  if (whole === 0 && !hasFraction) return 'must be more than 0';
  return null;
}

function paymentAmount(value: unknown): string | null {
  if (!Number.isSafeInteger(value)) return 'must be a whole number of pence';
  if ((value as number) <= 0) return 'refunds and reversals are not migrated as payments';
  return null;
}
