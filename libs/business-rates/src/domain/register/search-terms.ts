import { InvalidInputError } from '../../../../kernel/src/index.js';
import { normalisePostcode } from './register-facts.js';

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 100;

/** One search box, read every way it could be meant: a reference, a number (UPRN, UARN), a postcode or some text. */
export interface SearchTerms {
  readonly text: string;
  /** The text as ILIKE patterns, wildcards in it escaped: matching anywhere, and matching the start. */
  readonly contains: string;
  readonly startsWith: string;
  /** Up to 12 digits: could be a UPRN, a UARN or the start of an account reference. */
  readonly number: string | null;
  readonly postcode: string | null;
  readonly limit: number;
}

export function searchTerms(q: unknown, limit: unknown = SEARCH_LIMIT_DEFAULT): SearchTerms {
  const text = typeof q === 'string' ? q.trim() : '';
  if (text.length < 2 || text.length > 200) throw new InvalidInputError('q', 'must be 2 to 200 characters');
  if (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > SEARCH_LIMIT_MAX) throw new InvalidInputError('limit', `must be a whole number from 1 to ${SEARCH_LIMIT_MAX}`);
  const escaped = text.replace(/[\\%_]/g, (wildcard) => `\\${wildcard}`);
  return {
    text,
    contains: `%${escaped}%`,
    startsWith: `${escaped}%`,
    number: /^[0-9]{1,12}$/.test(text) ? text : null,
    postcode: postcodeIn(text),
    limit: limit as number,
  };
}

/** Text that is not a postcode is still a fine search: it just isn't searched as one. */
function postcodeIn(text: string): string | null {
  try {
    return normalisePostcode(text);
  } catch {
    return null;
  }
}
