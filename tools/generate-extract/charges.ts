import { calculateCharge, NATIONAL_RATES, type CouncilAward, type FinancialYear, type RatingCase, type RatepayerType } from '../../libs/business-rates/src/index.js';
import type { IsoDate } from '../../libs/kernel/src/index.js';
import type { Account, Property } from './world.js';

/** A notice's charge as the legacy buckets hold it: debit, reliefs remitted, transitional. Integer pence. */
export interface NoticeCharge {
  readonly debitPence: number;
  readonly remitPence: number;
  readonly transitionalPence: number;
}

export function netOf(charge: NoticeCharge): number {
  return charge.debitPence - charge.remitPence - charge.transitionalPence;
}

const RATEPAYER_TYPES: Record<string, RatepayerType> = { C: 'company', I: 'individual', H: 'charity', S: 'casc' };

/**
 * What our engine charges one account's liability for `period` of `year`, built only from what the
 * extract says (so a loader recomputing it from the rows gets the same figure): the property's RV
 * and use, occupied unless the liable party is the owner of an empty property, the party type
 * (charity and club carry their mandatory relief), and the open awards. No previous RV is in the
 * extract, so no transitional relief or Supporting Small Business relief arises.
 */
export function engineCharge(year: FinancialYear, period: { start: IsoDate; end: IsoDate }, property: Property, account: Account, rateableValue = property.rv): NoticeCharge {
  const overlaps = (from: IsoDate, to: IsoDate | null) => from <= period.end && (to === null || to >= period.start);
  const live = account.reliefs.filter((relief) => overlaps(relief.from, relief.to));
  const awards = live.flatMap((relief): CouncilAward[] =>
    relief.code === 'DC' || relief.code === 'DE' ? [{ scheme: 'discretionary', percent: relief.percent }]
      : relief.code === 'HARD' ? [{ scheme: 'hardship', percent: relief.percent }] : [],
  );
  const ratingCase: RatingCase = {
    year,
    period,
    rateableValues: [{ from: period.start, value: rateableValue }],
    occupation: [{ from: period.start, value: account.liability.owner && property.emptyFrom ? { occupied: false, emptySince: property.emptyFrom } : { occupied: true } }],
    propertyUse: property.scat.use,
    listedBuilding: false,
    inLondon: false,
    ratepayer: { type: RATEPAYER_TYPES[account.party.kind], otherProperties: [], occupiedFrom: account.liability.start },
    awards,
    ...(live.some((relief) => relief.code === 'RURL') ? { ruralSettlement: { business: 'general-store' as const, onlyOneInSettlement: true } } : {}),
    ...(live.some((relief) => relief.code === 'EXPL') ? { emptyExemptionClass: 'prohibited-by-law' as const } : {}),
  };
  const key = cacheKey(ratingCase);
  const cached = CACHE.get(key);
  if (cached) return cached;
  const charge = calculateCharge(NATIONAL_RATES, ratingCase);
  const result = { debitPence: charge.grossChargePence, remitPence: charge.grossChargePence - charge.netChargePence, transitionalPence: 0 };
  if (CACHE.size > 20_000) CACHE.clear();
  CACHE.set(key, result);
  return result;
}

/** Many accounts share every fact that matters (a full year at a common RV): the engine runs once for them. */
const CACHE = new Map<string, NoticeCharge>();

function cacheKey(ratingCase: RatingCase): string {
  const occupation = ratingCase.occupation[0].value;
  return [
    ratingCase.year.label, ratingCase.period.start, ratingCase.period.end, ratingCase.rateableValues[0].value, ratingCase.propertyUse,
    ratingCase.ratepayer.type, occupation.occupied ? '' : occupation.emptySince, JSON.stringify(ratingCase.awards),
    ratingCase.ruralSettlement ? 'R' : '', ratingCase.emptyExemptionClass ?? '',
  ].join('|');
}
