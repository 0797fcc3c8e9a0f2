import { addMonths, addDays, type IsoDate } from '../../../../kernel/src/index.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';
import type { PropertyUse } from '../charge/rating-case.js';

/** Why an empty hereditament owes nothing on a day (SI 2008/386 regs 4 and 5), or null if it owes the full rate. */
export interface EmptyExemption {
  readonly reason: string;
  readonly legislation: string;
}

export interface EmptyFacts {
  readonly emptySince: IsoDate;
  readonly propertyUse: PropertyUse;
  readonly listedBuilding: boolean;
  readonly rateableValue: number;
}

/** The last day of the initial exemption: 3 months from becoming empty, 6 for qualifying industrial hereditaments. */
export function initialExemptionEnds(facts: Pick<EmptyFacts, 'emptySince' | 'propertyUse'>): IsoDate {
  return addDays(addMonths(facts.emptySince, facts.propertyUse === 'industrial' ? 6 : 3), -1);
}

export function emptyExemptionOn(rates: NationalRates, day: IsoDate, facts: EmptyFacts): EmptyExemption | null {
  if (day <= initialExemptionEnds(facts)) {
    const months = facts.propertyUse === 'industrial' ? 6 : 3;
    return {
      reason: `first ${months} months empty (from ${facts.emptySince})${months === 6 ? ', qualifying industrial hereditament' : ''}`,
      legislation: 'SI 2008/386 reg 4(a)/(b)',
    };
  }
  if (facts.listedBuilding) return { reason: 'listed building', legislation: 'SI 2008/386 reg 4(f)' };
  const lowRvBelow = inForce(rates.emptyLowRvExemptBelow, day);
  if (lowRvBelow !== undefined && facts.rateableValue < lowRvBelow) {
    return { reason: `rateable value below £${lowRvBelow.toLocaleString('en-GB')}`, legislation: 'SI 2008/386 reg 4(k); SI 2017/102 art 4' };
  }
  return null;
}
