import { Exact, exact } from '../../../../kernel/src/index.js';

const ONE = exact(1);
import type { NationalRates, SizeBand, TransitionalYear } from '../reference/national-rates.js';

export interface TransitionalAdjustment {
  /** Annual amount: negative relieves an increase; positive (2017 scheme) phases in a decrease. */
  readonly annual: Exact;
  readonly band: SizeBand;
  readonly baseLiability: Exact;
  readonly appropriateFraction: Exact;
  readonly notional: Exact;
  readonly scheme: TransitionalYear['scheme'];
}

/**
 * Transitional relief for a year (LGFA 1988 s57A and the transitional protection regulations of
 * each scheme). The base liability is the previous rateable value at the small multiplier of the
 * year before the revaluation; each scheme year the charge may move from the previous year's
 * TR-limited charge by at most the cap for the size band, times inflation:
 * AF = (1 + cap) × (1 + inflation). The notional amount is the current RV at the small multiplier;
 * TR is the difference. Assumes the RV has been constant since the revaluation (changes from
 * physical alterations after it are outside TR).
 */
export function transitionalAdjustment(
  rates: NationalRates,
  yearLabel: string,
  facts: { rateableValue: number; previousRateableValue: number; inLondon: boolean; retailHospitalityLeisureMultiplier: boolean },
): TransitionalAdjustment | null {
  const current = rates.transitionalRelief[yearLabel];
  if (!current || facts.previousRateableValue <= 0) return null;
  const base = rates.baseYearSmallMultipliers[current.baseYear];
  if (!base) throw new RangeError(`no base-year multiplier for ${current.baseYear}`);
  const band = sizeBand(current, facts.rateableValue, facts.inLondon);
  const schemeYears = schemeYearsUpTo(rates, yearLabel);

  let baseLiability = new Exact(facts.previousRateableValue).times(exact(base.small));
  for (const label of schemeYears) {
    const year = rates.transitionalRelief[label];
    const notional = new Exact(facts.rateableValue).times(exact(smallMultiplier(rates, label, facts.retailHospitalityLeisureMultiplier)));
    const { upFraction, downFraction } = fractions(year, band);
    let limited = Exact.min(notional, baseLiability.times(upFraction));
    if (downFraction) limited = Exact.max(limited, baseLiability.times(downFraction));
    if (label === yearLabel) {
      const appropriateFraction = notional.gt(baseLiability.times(upFraction)) || !downFraction ? upFraction : downFraction;
      return { annual: limited.minus(notional), band, baseLiability, appropriateFraction, notional, scheme: year.scheme };
    }
    baseLiability = limited;
  }
  return null;
}

const FRACTIONS = new WeakMap<TransitionalYear, Map<SizeBand, { upFraction: Exact; downFraction: Exact | null }>>();

/** The appropriate fractions for a year and band, (1 ± cap) × (1 + inflation): worked out once. */
function fractions(year: TransitionalYear, band: SizeBand): { upFraction: Exact; downFraction: Exact | null } {
  let byBand = FRACTIONS.get(year);
  if (!byBand) FRACTIONS.set(year, (byBand = new Map()));
  let found = byBand.get(band);
  if (!found) {
    const inflation = ONE.plus(year.inflation);
    found = {
      upFraction: ONE.plus(year.increaseCap[band]).times(inflation),
      downFraction: year.decreaseCap ? ONE.minus(year.decreaseCap[band]).times(inflation) : null,
    };
    byBand.set(band, found);
  }
  return found;
}

const SCHEME_YEARS = new WeakMap<NationalRates, Map<string, string[]>>();

/** The years of the scheme in force in `yearLabel`, up to and including it (worked out once per reference data). */
function schemeYearsUpTo(rates: NationalRates, yearLabel: string): string[] {
  let byYear = SCHEME_YEARS.get(rates);
  if (!byYear) SCHEME_YEARS.set(rates, (byYear = new Map()));
  let years = byYear.get(yearLabel);
  if (!years) {
    const scheme = rates.transitionalRelief[yearLabel].scheme;
    years = Object.keys(rates.transitionalRelief)
      .filter((label) => label <= yearLabel && rates.transitionalRelief[label].scheme === scheme)
      .sort();
    byYear.set(yearLabel, years);
  }
  return years;
}

export function sizeBand(year: Pick<TransitionalYear, 'smallMaxRv' | 'smallMaxRvLondon' | 'mediumMaxRv'>, rateableValue: number, inLondon: boolean): SizeBand {
  if (rateableValue <= (inLondon ? year.smallMaxRvLondon : year.smallMaxRv)) return 'small';
  return rateableValue <= year.mediumMaxRv ? 'medium' : 'large';
}

/**
 * The small multiplier the notional amount is priced at. From 2026-27 an occupied retail,
 * hospitality or leisure hereditament pays the RHL small multiplier, so its notional amount uses
 * that one (an inference: the reference describes the notional amount only before 2026 [R]).
 */
function smallMultiplier(rates: NationalRates, yearLabel: string, retailHospitalityLeisure: boolean): string {
  const multipliers = rates.multipliers[yearLabel];
  if (!multipliers) throw new RangeError(`no multipliers for ${yearLabel}`);
  return multipliers.structure === 'five-multipliers' && retailHospitalityLeisure ? multipliers.rhlSmall : multipliers.small;
}
