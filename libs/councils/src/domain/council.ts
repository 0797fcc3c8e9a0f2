import { InvalidInputError } from '../../../kernel/src/index.js';

export const COUNCIL_STATUSES = ['active', 'suspended'] as const;
export type CouncilStatus = (typeof COUNCIL_STATUSES)[number];

/** A billing authority using the service: a tenant. */
export interface Council {
  readonly id: string;
  /** Short, stable, lower-case name used in tokens and URLs, e.g. `sedgemoor`. */
  readonly code: string;
  readonly name: string;
  /** ONS local authority code (E06 unitary, E07 district, E08 metropolitan, E09 London borough). */
  readonly onsCode: string | null;
  readonly status: CouncilStatus;
  /** Public contact details printed on notices. */
  readonly contactEmail: string | null;
  readonly contactPhone: string | null;
  readonly website: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** What an operator may set when creating or configuring a council. */
export interface CouncilDetails {
  name?: string;
  onsCode?: string | null;
  status?: CouncilStatus;
  contactEmail?: string | null;
  contactPhone?: string | null;
  website?: string | null;
}

const CODE = /^[a-z][a-z0-9-]{1,39}$/;
const ONS_CODE = /^E0[6-9][0-9]{6}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ()-]{7,20}$/;

export function checkCouncilCode(code: string): void {
  if (!CODE.test(code)) {
    throw new InvalidInputError('code', 'must be 2-40 characters: lower-case letters, digits and hyphens, starting with a letter');
  }
}

/** Checks every supplied detail; absent fields are left as they are. */
export function checkCouncilDetails(details: CouncilDetails): void {
  const { name, onsCode, status, contactEmail, contactPhone, website } = details;
  if (name !== undefined && (name.trim().length < 2 || name.length > 200)) {
    throw new InvalidInputError('name', 'must be 2-200 characters');
  }
  if (onsCode != null && !ONS_CODE.test(onsCode)) {
    throw new InvalidInputError('onsCode', 'must be an English local authority code such as E07000188');
  }
  if (status !== undefined && !COUNCIL_STATUSES.includes(status)) {
    throw new InvalidInputError('status', `must be one of ${COUNCIL_STATUSES.join(', ')}`);
  }
  if (contactEmail != null && !EMAIL.test(contactEmail)) {
    throw new InvalidInputError('contactEmail', 'must be an email address');
  }
  if (contactPhone != null && !PHONE.test(contactPhone)) {
    throw new InvalidInputError('contactPhone', 'must be a telephone number');
  }
  if (website != null && !isHttpsUrl(website)) {
    throw new InvalidInputError('website', 'must be an https:// address');
  }
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The council after a configuration change: supplied details replace, absent ones stay; code and id never change. */
export function configureCouncil(council: Council, details: CouncilDetails): Council {
  checkCouncilDetails(details);
  return {
    ...council,
    name: details.name?.trim() ?? council.name,
    onsCode: details.onsCode === undefined ? council.onsCode : details.onsCode,
    status: details.status ?? council.status,
    contactEmail: details.contactEmail === undefined ? council.contactEmail : details.contactEmail,
    contactPhone: details.contactPhone === undefined ? council.contactPhone : details.contactPhone,
    website: details.website === undefined ? council.website : details.website,
  };
}
