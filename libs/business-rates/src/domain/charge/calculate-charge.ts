import { addDays, Exact, exact, InvalidInputError, isIsoDate, splitAt, type DatePeriod, type IsoDate, type Pence } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';
import type { NationalRates } from '../reference/national-rates.js';
import { applyReoccupationRule, initialExemptionEnds } from '../reliefs/empty-property.js';
import { isRetailHospitalityLeisure, partlyOccupiedReliefEnds, retailHospitalityLeisureCap } from '../reliefs/occupied-reliefs.js';
import { continuationEnds } from '../reliefs/small-business-rate-relief.js';
import { transitionalAdjustment, type TransitionalAdjustment } from '../reliefs/transitional-relief.js';
import type { ChargeLine } from './charge-line.js';
import { issue, total, type ExactLine } from './exact-line.js';
import { periodCharge } from './period-charge.js';
import type { Change, RatingCase } from './rating-case.js';

export interface Charge {
  /** Gross charge, supplement and GLA supplement: what is due before any relief. */
  readonly grossChargePence: Pence;
  /** The sum of every line: what the ratepayer owes for the period. */
  readonly netChargePence: Pence;
  readonly lines: ChargeLine[];
}

/**
 * The charge for one hereditament over part or all of a financial year. The period is cut into
 * sub-periods over which every fact is constant (rateable value, occupation, an empty exemption
 * running out); each is charged day by day (LGFA 1988 s43(2): the year's liability is the sum of
 * the daily amounts), and its lines are rounded to the penny.
 */
export function calculateCharge(rates: NationalRates, given: RatingCase): Charge {
  checkCase(rates, given);
  const ratingCase = {
    ...given,
    rateableValues: [...given.rateableValues].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    occupation: applyReoccupationRule(rates, given.occupation),
  };
  // Transitional relief depends only on the rateable value and whether the RHL multiplier applies: work it out once for each.
  const transitionalByValue = new Map<string, TransitionalAdjustment | null>();
  const transitionalAt = (rateableValue: number, occupied: boolean) => {
    const rhl = occupied && isRetailHospitalityLeisure(ratingCase);
    const key = `${rateableValue}|${rhl}`;
    if (!transitionalByValue.has(key)) transitionalByValue.set(key, transitionalFor(rates, ratingCase, rateableValue, rhl));
    return transitionalByValue.get(key) ?? null;
  };
  const pieces = splitAt(ratingCase.period, changeDates(rates, ratingCase)).map((period) => {
    const rateableValue = valueOn(ratingCase.rateableValues, period.start);
    const occupation = valueOn(ratingCase.occupation, period.start);
    return { period, rateableValue, occupation, transitional: transitionalAt(rateableValue, occupation.occupied) };
  });
  const chargeEach = (rhlCapScale?: Exact) => pieces.map((facts) => ({ piece: facts.period, lines: periodCharge(rates, ratingCase.year, ratingCase, facts, rhlCapScale) }));
  let charged = chargeEach();
  const scale = retailHospitalityLeisureCapScale(rates, charged);
  if (scale) charged = chargeEach(scale);

  const lines = charged.flatMap(({ piece, lines: exact }) => issue(exact, piece));
  const gross = lines.filter((line) => line.amountPence > 0 && ['GROSS_CHARGE', 'SUPPLEMENT', 'BUSINESS_RATE_SUPPLEMENT'].includes(line.code));
  return {
    grossChargePence: gross.reduce((sum, line) => sum + line.amountPence, 0),
    netChargePence: lines.reduce((sum, line) => sum + line.amountPence, 0),
    lines,
  };
}

/** Every date on which a fact or a rule changes within the case: the sub-periods start there. */
function changeDates(rates: NationalRates, ratingCase: RatingCase): IsoDate[] {
  const { rateableValues, occupation, partlyOccupied } = ratingCase;
  const exemptionRunsOut = occupation.flatMap(({ value }) =>
    value.occupied ? [] : [addDays(initialExemptionEnds({ emptySince: value.emptySince, propertyUse: ratingCase.propertyUse }), 1)],
  );
  const partEnds = partlyOccupiedReliefEnds(ratingCase);
  const continuationRunsOut = ratingCase.ratepayer.otherProperties.flatMap((other) => {
    const ends = continuationEnds(rates, ratingCase.period.end, ratingCase.ratepayer.occupiedFrom, other);
    const endsBefore = continuationEnds(rates, ratingCase.period.start, ratingCase.ratepayer.occupiedFrom, other);
    return [ends, endsBefore].flatMap((end) => (end ? [addDays(end, 1)] : []));
  });
  const ruleChanges = ruleChangeDates(rates, ratingCase.year);
  return [
    ...rateableValues.map((change) => change.from),
    ...occupation.map((change) => change.from),
    ...exemptionRunsOut,
    ...(partlyOccupied && partEnds ? [partlyOccupied.from, addDays(partEnds, 1)] : []),
    ...continuationRunsOut,
    ...ruleChanges,
  ];
}

const RULE_CHANGES = new WeakMap<NationalRates, Map<string, IsoDate[]>>();

/** The dates within a year on which a dated national rule changes (worked out once per year and reference data). */
function ruleChangeDates(rates: NationalRates, year: FinancialYear): IsoDate[] {
  let byYear = RULE_CHANGES.get(rates);
  if (!byYear) RULE_CHANGES.set(rates, (byYear = new Map()));
  let dates = byYear.get(year.label);
  if (!dates) {
    const all = Object.values(rates).flatMap((entry) => (Array.isArray(entry) ? entry.map((dated: { from: IsoDate }) => dated.from) : []));
    dates = [...new Set(all)].filter((date) => date > year.start && date <= year.end);
    byYear.set(year.label, dates);
  }
  return dates;
}

/**
 * RHL relief is capped in cash per business each year; when the uncapped relief on the days the
 * cap applies would exceed it, every such day's relief is scaled down by the same factor.
 * (The cap counts all of a business's hereditaments; the engine sees one.)
 */
function retailHospitalityLeisureCapScale(rates: NationalRates, charged: { piece: DatePeriod; lines: ExactLine[] }[]): Exact | null {
  let cap: number | null = null;
  const cappedRelief = charged.flatMap(({ piece, lines }) => {
    const pieceCap = retailHospitalityLeisureCap(rates, piece.start);
    if (pieceCap === null) return [];
    cap = pieceCap;
    return lines.filter((line) => line.code === 'RETAIL_HOSPITALITY_LEISURE_RELIEF');
  });
  if (cappedRelief.length === 0) return null;
  const relief = total(cappedRelief).negated();
  return cap !== null && relief.gt(cap) ? new Exact(cap).div(relief) : null;
}

function transitionalFor(rates: NationalRates, ratingCase: RatingCase, rateableValue: number, rhl: boolean): TransitionalAdjustment | null {
  const { previousRateableValue } = ratingCase;
  if (previousRateableValue === undefined) return null;
  return transitionalAdjustment(rates, ratingCase.year.label, { rateableValue, previousRateableValue, inLondon: ratingCase.inLondon, retailHospitalityLeisureMultiplier: rhl });
}

/** The value in force on a day: the latest change on or before it (the first covers days before it). Changes are in date order. */
function valueOn<T>(changes: readonly Change<T>[], day: string): T {
  let current = changes[0];
  for (const change of changes) if (change.from <= day) current = change;
  return current.value;
}

function checkCase(rates: NationalRates, { year, period, rateableValues, occupation, awards }: RatingCase): void {
  if (!rates.multipliers[year.label]) {
    throw new InvalidInputError('financialYear', `no national multipliers are held for ${year.label}; years held: ${Object.keys(rates.multipliers).join(', ')}`);
  }
  for (const [field, date] of [['periodStart', period.start], ['periodEnd', period.end]] as const) {
    if (!isIsoDate(date)) throw new InvalidInputError(field, 'must be a date such as 2024-04-01');
    if (date < year.start || date > year.end) throw new InvalidInputError(field, `must fall within ${year.label} (${year.start} to ${year.end})`);
  }
  if (period.start > period.end) throw new InvalidInputError('periodEnd', 'must not be before periodStart');
  if (rateableValues.length === 0) throw new InvalidInputError('rateableValue', 'is required');
  for (const { value } of rateableValues) {
    if (!Number.isSafeInteger(value) || value < 0) throw new InvalidInputError('rateableValue', 'must be a whole number of pounds, zero or more');
  }
  if (occupation.length === 0) throw new InvalidInputError('occupation', 'is required');
  for (const { value } of occupation) {
    if (!value.occupied && (!isIsoDate(value.emptySince) || value.emptySince > period.end)) {
      throw new InvalidInputError('emptySince', 'must be the date the property became empty, on or before the end of the period');
    }
  }
  for (const award of awards) {
    if ('percent' in award && (!/^\d{1,3}(\.\d{1,4})?$/.test(award.percent) || exact(award.percent).gt(100))) {
      throw new InvalidInputError('reliefs.percent', 'must be a percentage from 0 to 100, up to 4 decimal places');
    }
    if ('annualAmountPence' in award && (!Number.isSafeInteger(award.annualAmountPence) || award.annualAmountPence <= 0)) {
      throw new InvalidInputError('reliefs.annualAmountPence', 'must be a whole number of pence, more than nothing');
    }
  }
}
