import type { RatingCase } from '../charge/rating-case.js';
import { financialYear } from '../reference/financial-year.js';

/** A whole-year case with plain defaults (an occupied office; a company with one property), for tests. */
export function ratingCase(label: string, overrides: Partial<RatingCase> & { rv?: number } = {}): RatingCase {
  const year = financialYear(label);
  const { rv = 20_000, ...rest } = overrides;
  return {
    year,
    period: { start: year.start, end: year.end },
    rateableValues: [{ from: year.start, value: rv }],
    occupation: [{ from: year.start, value: { occupied: true } }],
    propertyUse: 'office',
    listedBuilding: false,
    inLondon: false,
    ratepayer: { type: 'company', otherProperties: [] },
    awards: [],
    ...rest,
  };
}
