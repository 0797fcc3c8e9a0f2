import { InvalidInputError } from '../../../../kernel/src/index.js';
import { checkHereditamentDetails, checkPartyDetails, type HereditamentDetails, type PartyDetails } from './register-facts.js';

/** What an officer may correct about a hereditament. The rateable value and occupation are facts with their own history. */
export type HereditamentChanges = {
  readonly [field in 'addressLines' | 'postcode' | 'description' | 'scatCode' | 'propertyUse' | 'listedBuilding' | 'uprn']?: HereditamentDetails[field] | null;
};

export type PartyChanges = { readonly [field in keyof PartyDetails]?: PartyDetails[field] | null };

/**
 * A partial update: a field left out is unchanged, null clears a field that may be empty, and the
 * result must pass the same checks as a new record, so an update can never make what create would refuse.
 */
function applyChanges<T extends object>(current: T, changes: Partial<Record<keyof T, unknown>>, clearable: ReadonlyArray<keyof T>): T {
  const next: Record<string, unknown> = { ...(current as Record<string, unknown>) };
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (!(field in current)) throw new InvalidInputError(field, 'cannot be changed here');
    if (value === null && !clearable.includes(field as keyof T)) throw new InvalidInputError(field, 'cannot be cleared');
    next[field] = value;
  }
  return next as T;
}

export function applyHereditamentChanges(current: HereditamentDetails, changes: HereditamentChanges): HereditamentDetails {
  const { baReference, uarn, ...changeable } = current;
  const next = applyChanges(changeable, changes, ['postcode', 'scatCode', 'uprn']);
  return checkHereditamentDetails({ ...next, baReference, uarn });
}

export function applyPartyChanges(current: PartyDetails, changes: PartyChanges): PartyDetails {
  return checkPartyDetails(applyChanges(current, changes, ['companyNumber', 'charityNumber']));
}
