import { Exact, type IsoDate } from '../../../../kernel/src/index.js';
import type { OtherProperty } from '../charge/rating-case.js';
import type { NationalRates } from '../reference/national-rates.js';
import { smallBusinessReliefShare } from './small-business-rate-relief.js';

/**
 * Supporting Small Business relief (s47, funded by s31 grant) for ratepayers who lost some or
 * all of their small business rate relief at the revaluation: the bill after transitional and
 * small business relief may rise by at most the scheme's cash limit a year over the last bill
 * before the revaluation (2023: £600; 2026: the greater of £800 or the transitional caps).
 * Returns the highest annual bill allowed, or null when the ratepayer does not qualify.
 */
export function supportingSmallBusinessLimit(
  rates: NationalRates,
  yearLabel: string,
  day: IsoDate,
  facts: { rateableValue: number; previousRateableValue: number; inLondon: boolean; otherProperties: readonly OtherProperty[]; transitionalFraction: Exact | null },
): { allowedAnnual: Exact; previousBill: Exact; scheme: string } | null {
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
  const byTransitionalCaps = scheme.scheme === '2026' && facts.transitionalFraction ? previousBill.times(facts.transitionalFraction) : byCash;
  return { allowedAnnual: Exact.max(byCash, byTransitionalCaps), previousBill, scheme: scheme.scheme };
}
