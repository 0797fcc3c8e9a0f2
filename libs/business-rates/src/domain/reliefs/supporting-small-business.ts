import { Exact, type IsoDate } from '../../../../kernel/src/index.js';
import type { OtherProperty } from '../charge/rating-case.js';
import type { NationalRates } from '../reference/national-rates.js';
import { smallBusinessReliefShare } from './small-business-rate-relief.js';

export interface SupportingSmallBusinessLimit {
  readonly allowedAnnual: Exact;
  readonly previousBill: Exact;
  readonly scheme: string;
}

/**
 * Supporting Small Business relief (s47, funded by s31 grant) for ratepayers who lost some or all
 * of their small business rate relief at the revaluation: the bill after transitional and small
 * business relief may rise each scheme year by at most the scheme's cash limit over the last bill
 * before the revaluation (2017: £600 or the small-property TR caps; 2023: £600; 2026: £800 or the
 * TR caps; whichever allows more). Returns the highest annual bill allowed, or null when the
 * ratepayer does not qualify.
 */
export function supportingSmallBusinessLimit(
  rates: NationalRates,
  yearLabel: string,
  day: IsoDate,
  facts: { rateableValue: number; previousRateableValue: number; inLondon: boolean; otherProperties: readonly OtherProperty[] },
): SupportingSmallBusinessLimit | null {
  const scheme = rates.supportingSmallBusiness[yearLabel];
  const transitional = rates.transitionalRelief[yearLabel];
  if (!scheme || !transitional || facts.previousRateableValue <= 0) return null;
  const base = rates.baseYearSmallMultipliers[transitional.baseYear];
  const baseDay = `${transitional.baseYear.slice(0, 4)}-04-01`;
  const others = facts.otherProperties;
  const previousShare = smallBusinessReliefShare(rates, baseDay, { rateableValue: facts.previousRateableValue, otherProperties: others, inLondon: facts.inLondon });
  const currentShare = smallBusinessReliefShare(rates, day, { rateableValue: facts.rateableValue, otherProperties: others, inLondon: facts.inLondon });
  if (!previousShare.gt(currentShare)) return null;
  const previousBill = new Exact(facts.previousRateableValue).times(base.small).times(new Exact(1).minus(previousShare));
  const byCash = previousBill.plus(scheme.annualIncreaseLimit * scheme.yearOfScheme);
  const byCaps = scheme.orSmallPropertyTransitionalCaps ? previousBill.times(smallPropertyFractionSoFar(rates, yearLabel)) : byCash;
  return { allowedAnnual: Exact.max(byCash, byCaps), previousBill, scheme: scheme.scheme };
}

/** The small-property transitional caps compounded over the scheme's years up to this one. */
function smallPropertyFractionSoFar(rates: NationalRates, yearLabel: string): Exact {
  const scheme = rates.transitionalRelief[yearLabel].scheme;
  return Object.entries(rates.transitionalRelief)
    .filter(([label, year]) => label <= yearLabel && year.scheme === scheme)
    .reduce((fraction, [, year]) => fraction.times(new Exact(1).plus(year.increaseCap.small)).times(new Exact(1).plus(year.inflation)), new Exact(1));
}
