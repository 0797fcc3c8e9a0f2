import { addDays, addMonths, Exact, exact, formatPounds, type IsoDate } from '../../../../kernel/src/index.js';
import type { RatingCase } from '../charge/rating-case.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';
import { percentOf, type Relief } from './relief.js';

const RHL_USES = new Set(['retail', 'hospitality', 'leisure']);

export function isRetailHospitalityLeisure(ratingCase: RatingCase): boolean {
  return RHL_USES.has(ratingCase.propertyUse);
}

/**
 * Retail, hospitality and leisure relief (s47, funded by s31 grant), worked out day by day and
 * applied after the mandatory and other funded reliefs. `scale` (at most 1) brings the year's total
 * within the scheme's cash cap.
 */
export function retailHospitalityLeisureRelief(rates: NationalRates, day: IsoDate, ratingCase: RatingCase, rateableValue: number, scale: Exact): Relief | null {
  const scheme = inForce(rates.retailHospitalityLeisure, day);
  if (!scheme || !isRetailHospitalityLeisure(ratingCase) || (scheme.rvBelow !== null && rateableValue >= scheme.rvBelow)) return null;
  const [numerator, denominator = '1'] = scheme.share.split('/');
  const share = exact(numerator).div(exact(denominator));
  const capped = scheme.capPounds !== null && scale.lt(1);
  const percent = percentOf(share);
  return {
    code: 'RETAIL_HOSPITALITY_LEISURE_RELIEF',
    share: capped ? share.times(scale) : share,
    description: `Retail, hospitality and leisure relief at ${percent}${capped ? `, limited by the ${formatPounds(scheme.capPounds ?? 0)} cap` : ''}`,
    rule: `${percent} of the charge remaining after other reliefs${scheme.capPounds ? `, up to ${formatPounds(scheme.capPounds)} a year per business` : ''}${scheme.rvBelow ? `; RV below ${formatPounds(scheme.rvBelow)}` : ''}`,
    legislation: 'LGFA 1988 s47 (government-funded scheme, s31 grant)',
    inputs: { capPounds: scheme.capPounds ?? 'none' },
  };
}

/** The RHL cash cap in force on a day, in pounds, or null. */
export function retailHospitalityLeisureCap(rates: NationalRates, day: IsoDate): number | null {
  return inForce(rates.retailHospitalityLeisure, day)?.capPounds ?? null;
}

/** Pubs and live music venues relief 2026-27: 15% after transitional, small business and SSB relief. */
export function pubsRelief(rates: NationalRates, day: IsoDate, ratingCase: RatingCase): Relief | null {
  const given = ratingCase.pubOrLiveMusicVenue ? inForce(rates.pubsRelief, day) : undefined;
  if (!given) return null;
  const share = exact(given);
  return {
    code: 'PUBS_RELIEF',
    share,
    description: `Pubs and live music venues relief at ${percentOf(share)}`,
    rule: `${percentOf(share)} of the charge after transitional, small business and Supporting Small Business relief`,
    legislation: 'LGFA 1988 s47 (government-funded scheme, s31 grant)',
  };
}

/** The last day the unoccupied part of a partly occupied hereditament is relieved: its empty-property exemption period. */
export function partlyOccupiedReliefEnds(ratingCase: RatingCase): IsoDate | null {
  const part = ratingCase.partlyOccupied;
  if (!part) return null;
  return addDays(addMonths(part.from, ratingCase.propertyUse === 'industrial' ? 6 : 3), -1);
}

/**
 * s44A: the charge on the part left unoccupied for a short time is relieved, in the share the
 * valuation officer's apportionment gives it, for as long as an empty property would be exempt.
 */
export function partlyOccupiedRelief(day: IsoDate, ratingCase: RatingCase, rateableValue: number): Relief | null {
  const part = ratingCase.partlyOccupied;
  const ends = partlyOccupiedReliefEnds(ratingCase);
  if (!part || !ends || day < part.from || day > ends || rateableValue <= 0) return null;
  const share = Exact.min(1, new Exact(part.unoccupiedRateableValue).div(rateableValue));
  return {
    code: 'PARTLY_OCCUPIED_RELIEF',
    share,
    description: `Partly occupied relief: ${formatPounds(part.unoccupiedRateableValue)} of the RV unoccupied`,
    rule: 'the unoccupied part’s share of the charge, during its empty-property exemption period',
    legislation: 'LGFA 1988 s44A',
    inputs: { unoccupiedRateableValue: part.unoccupiedRateableValue },
  };
}
