import { addDays, addMonths, Exact, type IsoDate } from '../../../../kernel/src/index.js';
import type { OtherProperty } from '../charge/rating-case.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';

export interface SmallBusinessFacts {
  readonly rateableValue: number;
  readonly otherProperties: readonly OtherProperty[];
  readonly inLondon: boolean;
  /** When the ratepayer began to occupy this (the main) hereditament. */
  readonly occupiedFrom?: IsoDate;
}

/**
 * The share of the charge SBRR relieves on a day: all of it up to £12,000 RV, tapering
 * "1% for every £30" to nothing at £15,000, i.e. (15,000 − RV) / 3,000 (SI 2023/1250 reg 2;
 * SI 2017/102 art 3). Other hereditaments are disregarded if each is below £2,900 and all
 * together stay under £20,000 (£28,000 in London), or while one taken on later is within its
 * continuation period (12 months; 36 for one first occupied from 27 November 2025). Zero when
 * not eligible.
 */
export function smallBusinessReliefShare(rates: NationalRates, day: IsoDate, facts: SmallBusinessFacts): Exact {
  const rule = inForce(rates.smallBusinessRateRelief, day);
  if (!rule || facts.rateableValue >= rule.noReliefFromRv) return new Exact(0);
  const others = facts.otherProperties.filter((other) => !inContinuation(rates, day, facts.occupiedFrom, other)).map((other) => other.rateableValue);
  const total = others.reduce((sum, value) => sum + value, facts.rateableValue);
  const aggregateMax = facts.inLondon ? rule.aggregateMaxRvLondon : rule.aggregateMaxRv;
  if (others.some((value) => value > rule.otherPropertyMaxRv) || (others.length > 0 && total > aggregateMax)) return new Exact(0);
  if (facts.rateableValue <= rule.fullReliefMaxRv) return new Exact(1);
  return new Exact(rule.noReliefFromRv - facts.rateableValue).div(rule.noReliefFromRv - rule.fullReliefMaxRv);
}

/** The last day another hereditament is disregarded under the continuation rule, or null if it never is. */
export function continuationEnds(rates: NationalRates, day: IsoDate, mainOccupiedFrom: IsoDate | undefined, other: OtherProperty): IsoDate | null {
  if (!other.occupiedFrom || !mainOccupiedFrom || other.occupiedFrom <= mainOccupiedFrom || other.receivesSmallBusinessRelief) return null;
  const occupiedFrom = other.occupiedFrom;
  const applicable = rates.smallBusinessContinuation.filter(
    (entry) => entry.from <= day && (entry.value.forFirstOccupiedFrom === null || occupiedFrom >= entry.value.forFirstOccupiedFrom),
  );
  const latest = applicable.sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1);
  return latest ? addDays(addMonths(occupiedFrom, latest.value.months), -1) : null;
}

function inContinuation(rates: NationalRates, day: IsoDate, mainOccupiedFrom: IsoDate | undefined, other: OtherProperty): boolean {
  const ends = continuationEnds(rates, day, mainOccupiedFrom, other);
  return ends !== null && day <= ends;
}
