import { InvalidInputError } from '../../../kernel/src/index.js';

/** The reference a page of account holders follows: any nine-digit reference (it need not still exist). */
export function checkAccountReferenceCursor(after: string | undefined): string | null {
  if (after === undefined || after === '') return null;
  if (!/^[0-9]{9}$/.test(after)) throw new InvalidInputError('after', 'must be the nine-digit account reference the last page ended with');
  return after;
}
