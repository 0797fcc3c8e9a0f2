import { checkAccountReference } from '../../../business-rates/src/domain/accounts/account-reference.js';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { checkPayeeBankAccount } from './bank-details.js';

/** An application as it was made, checked and normalised: what a replay with the same idempotency key must repeat. */
export interface GrantApplicationRequest {
  readonly schemeId: string;
  /** As the applicant quoted it, spaces removed: 9 digits with a good check digit, though perhaps no account's. */
  readonly accountReference: string;
  readonly applicantName: string;
  readonly payeeSortCode: string;
  readonly payeeAccountNumber: string;
}

/** Checks an application's fields, naming the first that is wrong. */
export function checkGrantApplicationRequest(application: {
  readonly schemeId?: unknown; readonly accountReference?: unknown; readonly applicantName?: unknown; readonly payeeSortCode?: unknown; readonly payeeAccountNumber?: unknown;
}): GrantApplicationRequest {
  const { schemeId, accountReference, applicantName } = application;
  if (typeof schemeId !== 'string' || schemeId.length < 3 || schemeId.length > 200) throw new InvalidInputError('schemeId', 'must be a scheme id such as brue-valley/high-street:small-business-hardship-2026');
  // A mistyped reference is caught here, by its check digit, for the applicant to put right, rather than rejected as no account.
  const reference = checkAccountReference(typeof accountReference === 'string' ? accountReference.replace(/\s/g, '') : accountReference);
  const name = typeof applicantName === 'string' ? applicantName.trim() : '';
  if (name.length < 1 || name.length > 200) throw new InvalidInputError('applicantName', 'must be the applicant’s name (1 to 200 characters)');
  const bank = checkPayeeBankAccount(application.payeeSortCode, application.payeeAccountNumber);
  return { schemeId, accountReference: reference, applicantName: name, payeeSortCode: bank.sortCode, payeeAccountNumber: bank.accountNumber };
}

/** Whether a request sent again with the same idempotency key is the same application. */
export function isSameRequest(earlier: GrantApplicationRequest, again: GrantApplicationRequest): boolean {
  return earlier.schemeId === again.schemeId && earlier.accountReference === again.accountReference && earlier.applicantName === again.applicantName
    && earlier.payeeSortCode === again.payeeSortCode && earlier.payeeAccountNumber === again.payeeAccountNumber;
}

export function checkIdempotencyKey(key: unknown): string | null {
  if (key === undefined || key === null) return null;
  if (typeof key !== 'string' || key.length < 1 || key.length > 200) throw new InvalidInputError('Idempotency-Key', 'must be 1 to 200 characters');
  return key;
}
