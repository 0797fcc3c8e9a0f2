import { Exact, type IsoDate } from '../../../../kernel/src/index.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';

export interface SmallBusinessFacts {
  readonly rateableValue: number;
  readonly otherPropertiesRateableValues: readonly number[];
  readonly inLondon: boolean;
}

/**
 * The share of the charge SBRR relieves on a day: all of it up to £12,000 RV, tapering
 * "1% for every £30" to nothing at £15,000, i.e. (15,000 − RV) / 3,000 (SI 2023/1250 reg 2;
 * SI 2017/102 art 3). Other hereditaments are disregarded only if each is below £2,900 and all
 * together stay under £20,000 (£28,000 in London). Zero when not eligible.
 */
export function smallBusinessReliefShare(rates: NationalRates, day: IsoDate, facts: SmallBusinessFacts): Exact {
  const rule = inForce(rates.smallBusinessRateRelief, day);
  if (!rule || facts.rateableValue >= rule.noReliefFromRv) return new Exact(0);
  const others = facts.otherPropertiesRateableValues;
  const total = others.reduce((sum, value) => sum + value, facts.rateableValue);
  const aggregateMax = facts.inLondon ? rule.aggregateMaxRvLondon : rule.aggregateMaxRv;
  if (others.some((value) => value > rule.otherPropertyMaxRv) || (others.length > 0 && total > aggregateMax)) return new Exact(0);
  if (facts.rateableValue <= rule.fullReliefMaxRv) return new Exact(1);
  return new Exact(rule.noReliefFromRv - facts.rateableValue).div(rule.noReliefFromRv - rule.fullReliefMaxRv);
}
