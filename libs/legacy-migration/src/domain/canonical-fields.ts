import type { CanonicalEntity } from './canonical-records.js';

/**
 * The fields of each canonical record, in order, and which of them may be null. A profile must give
 * every field that may not be null; a field it leaves out is null.
 */
export interface CanonicalField {
  readonly name: string;
  readonly nullable: boolean;
}

const field = (name: string): CanonicalField => ({ name, nullable: false });
const optional = (name: string): CanonicalField => ({ name, nullable: true });

export const CANONICAL_FIELDS: Readonly<Record<CanonicalEntity, readonly CanonicalField[]>> = {
  property: [
    field('legacyKey'), field('baReference'), optional('uarn'), optional('uprn'), field('addressLine1'),
    optional('addressLine2'), optional('addressLine3'), optional('addressLine4'), optional('postcode'),
    field('description'), optional('scatCode'), field('propertyUse'), field('listedBuilding'),
    field('rateableValue'), field('rateableValueFrom'), optional('emptyFrom'),
  ],
  account: [
    field('legacyKey'), optional('reference'), field('partyName'), field('partyKind'), optional('companyNumber'),
    optional('charityNumber'), optional('correspondenceLine1'), optional('correspondenceLine2'),
    optional('correspondenceLine3'), optional('correspondenceLine4'), optional('correspondencePostcode'),
    optional('email'), optional('phone'), optional('paymentMethod'),
  ],
  liability: [
    field('legacyKey'), field('accountKey'), field('propertyKey'), field('capacity'), field('startsOn'), optional('endsOn'),
  ],
  relief: [
    field('legacyKey'), field('accountKey'), field('propertyKey'), optional('kind'), field('legacyCode'),
    field('startsOn'), optional('endsOn'), optional('percent'), optional('exemptionClass'),
  ],
  notice: [
    field('legacyKey'), field('accountKey'), field('periodFrom'), field('periodTo'), field('issuedOn'),
    field('debitPence'), field('costsPence'), field('penaltiesPence'), field('refundsPence'), field('remittedPence'),
    field('transitionalPence'), field('writtenOffPence'), field('discountPence'), field('balancePence'),
  ],
  transaction: [
    field('legacyKey'), field('accountKey'), optional('noticeKey'), field('receivedOn'), field('amountPence'), field('method'),
  ],
  valuation: [
    field('legacyKey'), field('billingAuthorityCode'), field('baReference'), field('uarn'), optional('descriptionCode'),
    optional('descriptionText'), optional('firmName'), optional('numberOrName'), optional('street'), optional('town'),
    optional('postalDistrict'), optional('county'), optional('postcode'), optional('effectiveDate'), field('composite'),
    optional('rateableValue'), optional('listAlterationDate'), optional('scatCode'), optional('caseNumber'),
  ],
};

export function requiredFieldsOf(entity: CanonicalEntity): string[] {
  return CANONICAL_FIELDS[entity].filter((each) => !each.nullable).map((each) => each.name);
}

export function isCanonicalField(entity: CanonicalEntity, name: string): boolean {
  return CANONICAL_FIELDS[entity].some((each) => each.name === name);
}
