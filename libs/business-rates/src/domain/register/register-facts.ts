import { exact, InvalidInputError, isIsoDate, type IsoDate } from '../../../../kernel/src/index.js';
import type { EmptyExemptionClass, PropertyUse, RuralBusiness } from '../charge/rating-case.js';

export const PROPERTY_USES: readonly PropertyUse[] = ['retail', 'hospitality', 'leisure', 'industrial', 'office', 'other'];
export const PARTY_KINDS = ['company', 'individual', 'charity', 'club'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const CAPACITIES = ['occupier', 'owner'] as const;
export type Capacity = (typeof CAPACITIES)[number];
export const RELIEF_KINDS = ['charity', 'casc', 'rural', 'discretionary', 'hardship', 'empty-exemption', 'public-lavatory', 'pubs-and-live-music', 'partly-occupied'] as const;
export type ReliefKind = (typeof RELIEF_KINDS)[number];

/** The earliest day the engine rates: the 2017 list's first day. Backdating stops there. */
export const EARLIEST_RATED_DAY = '2017-04-01';

export interface HereditamentDetails {
  readonly baReference: string;
  readonly uarn: number | null;
  readonly uprn: number | null;
  readonly addressLines: readonly string[];
  readonly postcode: string | null;
  readonly description: string;
  readonly scatCode: string | null;
  readonly propertyUse: PropertyUse;
  readonly listedBuilding: boolean;
}

export interface PartyDetails {
  readonly kind: PartyKind;
  readonly name: string;
  readonly companyNumber: string | null;
  readonly charityNumber: string | null;
  readonly registeredCasc: boolean;
}

export interface ReliefAwardRequest {
  readonly kind: ReliefKind;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate | null;
  readonly percent?: string;
  readonly ruralBusiness?: RuralBusiness;
  readonly onlyOneInSettlement?: boolean;
  readonly exemptionClass?: EmptyExemptionClass;
  readonly unoccupiedRateableValue?: number;
  readonly evidence: string;
}

/** A UK postcode, upper case with one space before the inward code; null if none given. */
export function normalisePostcode(value: string | null | undefined, field = 'postcode'): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(compact)) throw new InvalidInputError(field, `"${value}" is not a UK postcode`);
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

export function checkHereditamentDetails(details: HereditamentDetails): HereditamentDetails {
  if (!/^[A-Za-z0-9/-]{1,25}$/.test(details.baReference)) throw new InvalidInputError('baReference', 'must be 1 to 25 letters, digits, / or -');
  if (details.addressLines.length < 1 || details.addressLines.length > 4 || details.addressLines.some((line) => line.trim() === '' || line.length > 100)) {
    throw new InvalidInputError('addressLines', 'must be 1 to 4 lines of 1 to 100 characters');
  }
  if (details.description.trim() === '' || details.description.length > 200) throw new InvalidInputError('description', 'must be 1 to 200 characters');
  if (details.scatCode !== null && !/^[0-9]{3}[A-Z]?$/.test(details.scatCode)) throw new InvalidInputError('scatCode', 'must be three digits and an optional letter, e.g. 249G');
  if (!PROPERTY_USES.includes(details.propertyUse)) throw new InvalidInputError('propertyUse', `must be one of ${PROPERTY_USES.join(', ')}`);
  for (const field of ['uarn', 'uprn'] as const) {
    const value = details[field];
    if (value !== null && (!Number.isSafeInteger(value) || value < 1 || value > 999_999_999_999)) throw new InvalidInputError(field, 'must be a whole number of up to 12 digits');
  }
  return { ...details, postcode: normalisePostcode(details.postcode) };
}

export function checkRateableValue(rateableValue: unknown, effectiveFrom: unknown): void {
  if (!Number.isSafeInteger(rateableValue) || (rateableValue as number) < 0) throw new InvalidInputError('rateableValue', 'must be a whole number of pounds, zero or more');
  checkRatedDate(effectiveFrom, 'effectiveFrom');
}

/** A date the engine can rate: on or after the 2017 list came in. */
export function checkRatedDate(value: unknown, field: string): IsoDate {
  if (!isIsoDate(value)) throw new InvalidInputError(field, 'must be a date such as 2024-04-01');
  if (value < EARLIEST_RATED_DAY) throw new InvalidInputError(field, `must be on or after ${EARLIEST_RATED_DAY}, the earliest day rated`);
  return value;
}

export function checkPartyDetails(details: PartyDetails): PartyDetails {
  if (!PARTY_KINDS.includes(details.kind)) throw new InvalidInputError('kind', `must be one of ${PARTY_KINDS.join(', ')}`);
  if (details.name.trim() === '' || details.name.length > 200) throw new InvalidInputError('name', 'must be 1 to 200 characters');
  if (details.companyNumber !== null && (details.kind !== 'company' || !/^([0-9]{8}|[A-Z]{2}[0-9]{6})$/.test(details.companyNumber))) {
    throw new InvalidInputError('companyNumber', 'is for companies: 8 digits, or 2 letters and 6 digits');
  }
  if (details.charityNumber !== null && (details.kind !== 'charity' || !/^[0-9]{6,8}(-[0-9]{1,2})?$/.test(details.charityNumber))) {
    throw new InvalidInputError('charityNumber', 'is for charities: 6 to 8 digits');
  }
  if (details.registeredCasc && details.kind !== 'club') throw new InvalidInputError('registeredCasc', 'only a club can be a registered community amateur sports club');
  return { ...details, name: details.name.trim() };
}

/** An award must say what its kind needs, and lie within the liability it is awarded to. */
export function checkReliefAward(award: ReliefAwardRequest, liability: { startsOn: IsoDate; endsOn: IsoDate | null }): void {
  if (!RELIEF_KINDS.includes(award.kind)) throw new InvalidInputError('kind', `must be one of ${RELIEF_KINDS.join(', ')}`);
  checkRatedDate(award.startsOn, 'startsOn');
  if (award.startsOn < liability.startsOn) throw new InvalidInputError('startsOn', `is before the liability started (${liability.startsOn})`);
  if (award.endsOn !== null) {
    if (!isIsoDate(award.endsOn) || award.endsOn < award.startsOn) throw new InvalidInputError('endsOn', 'must be a date on or after startsOn');
    if (liability.endsOn && award.endsOn > liability.endsOn) throw new InvalidInputError('endsOn', `is after the liability ended (${liability.endsOn})`);
  }
  if (award.evidence.trim() === '' || award.evidence.length > 2000) throw new InvalidInputError('evidence', 'must say what the award rests on (1 to 2,000 characters)');
  const needs = (field: keyof ReliefAwardRequest, when: boolean, why: string) => {
    if (when !== (award[field] !== undefined && award[field] !== null)) throw new InvalidInputError(field, why);
  };
  needs('percent', award.kind === 'discretionary' || award.kind === 'hardship', 'is given for discretionary and hardship awards only, and they need it');
  if (award.percent !== undefined && !(/^\d{1,3}(\.\d{1,4})?$/.test(award.percent) && exact(award.percent).gt(0) && exact(award.percent).lte(100))) {
    throw new InvalidInputError('percent', 'must be a percentage above 0 and up to 100, e.g. "50" or "12.5"');
  }
  needs('ruralBusiness', award.kind === 'rural', 'is given for rural relief only, and it needs it');
  needs('onlyOneInSettlement', award.kind === 'rural', 'is given for rural relief only, and it needs it');
  needs('exemptionClass', award.kind === 'empty-exemption', 'is given for an empty-property exemption only, and it needs it');
  needs('unoccupiedRateableValue', award.kind === 'partly-occupied', 'is given for partly-occupied relief only, and it needs it');
}

/** An id the service issued (a UUID); anything else cannot name a record. */
export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new InvalidInputError(field, 'must be an id such as 3f2c…, as the service gave it');
  return value.toLowerCase();
}
