import type { CanonicalEntity, CanonicalRecords } from '../domain/canonical-records.js';

type StagedValue = string | number | boolean | null | undefined;

/** Where each entity is staged, and the value of each staging column taken from its canonical record. */
export const STAGING_TABLES: { [E in Exclude<CanonicalEntity, 'valuation'>]: { table: string; columns: Record<string, (record: CanonicalRecords[E]) => StagedValue> } } = {
  property: {
    table: 'stage_properties',
    columns: {
      ba_reference: (r) => r.baReference,
      uarn: (r) => r.uarn,
      uprn: (r) => r.uprn,
      address_line_1: (r) => r.addressLine1,
      address_line_2: (r) => r.addressLine2,
      address_line_3: (r) => r.addressLine3,
      address_line_4: (r) => r.addressLine4,
      postcode: (r) => r.postcode,
      description: (r) => r.description,
      scat_code: (r) => r.scatCode,
      property_use: (r) => r.propertyUse,
      listed_building: (r) => r.listedBuilding,
      rateable_value: (r) => r.rateableValue,
      rateable_value_from: (r) => r.rateableValueFrom,
      empty_from: (r) => r.emptyFrom,
    },
  },
  account: {
    table: 'stage_accounts',
    columns: {
      reference: (r) => r.reference,
      party_name: (r) => r.partyName,
      party_kind: (r) => r.partyKind,
      company_number: (r) => r.companyNumber,
      charity_number: (r) => r.charityNumber,
      correspondence_line_1: (r) => r.correspondenceLine1,
      correspondence_line_2: (r) => r.correspondenceLine2,
      correspondence_line_3: (r) => r.correspondenceLine3,
      correspondence_line_4: (r) => r.correspondenceLine4,
      correspondence_postcode: (r) => r.correspondencePostcode,
      email: (r) => r.email,
      phone: (r) => r.phone,
      payment_method: (r) => r.paymentMethod,
    },
  },
  liability: {
    table: 'stage_liabilities',
    columns: {
      account_key: (r) => r.accountKey,
      property_key: (r) => r.propertyKey,
      capacity: (r) => r.capacity,
      starts_on: (r) => r.startsOn,
      ends_on: (r) => r.endsOn,
    },
  },
  relief: {
    table: 'stage_reliefs',
    columns: {
      account_key: (r) => r.accountKey,
      property_key: (r) => r.propertyKey,
      kind: (r) => r.kind,
      legacy_code: (r) => r.legacyCode,
      starts_on: (r) => r.startsOn,
      ends_on: (r) => r.endsOn,
      percent: (r) => r.percent,
      exemption_class: (r) => r.exemptionClass,
    },
  },
  notice: {
    table: 'stage_notices',
    columns: {
      account_key: (r) => r.accountKey,
      period_from: (r) => r.periodFrom,
      period_to: (r) => r.periodTo,
      issued_on: (r) => r.issuedOn,
      debit_pence: (r) => r.debitPence,
      costs_pence: (r) => r.costsPence,
      penalties_pence: (r) => r.penaltiesPence,
      refunds_pence: (r) => r.refundsPence,
      remitted_pence: (r) => r.remittedPence,
      transitional_pence: (r) => r.transitionalPence,
      written_off_pence: (r) => r.writtenOffPence,
      discount_pence: (r) => r.discountPence,
      balance_pence: (r) => r.balancePence,
    },
  },
  transaction: {
    table: 'stage_transactions',
    columns: {
      account_key: (r) => r.accountKey,
      notice_key: (r) => r.noticeKey,
      received_on: (r) => r.receivedOn,
      amount_pence: (r) => r.amountPence,
      method: (r) => r.method,
    },
  },
};

export type StagedEntity = keyof typeof STAGING_TABLES;

export function isStagedEntity(entity: CanonicalEntity): entity is StagedEntity {
  return entity in STAGING_TABLES;
}

/** A value in PostgreSQL's COPY text format: `\N` for null, and the format's own escapes. */
export function copyText(value: StagedValue): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return /[\\\t\n\r]/.test(value) ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : value;
}
