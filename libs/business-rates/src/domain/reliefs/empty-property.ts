import { addDays, addMonths, daysInclusive, formatPounds, type IsoDate } from '../../../../kernel/src/index.js';
import type { Change, EmptyExemptionClass, Occupation, PropertyUse } from '../charge/rating-case.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';

/** The classes exempt for as long as the hereditament stays empty (SI 2008/386 reg 4; LGFA 1988 s45A). */
const INDEFINITE_CLASSES: Record<EmptyExemptionClass, EmptyExemption> = {
  'prohibited-by-law': { reason: 'the owner is prohibited by law from occupying it', legislation: 'SI 2008/386 reg 4' },
  'kept-vacant-by-public-action': { reason: 'kept vacant by action of the Crown or a public authority', legislation: 'SI 2008/386 reg 4' },
  'ancient-monument': { reason: 'a scheduled ancient monument', legislation: 'SI 2008/386 reg 4' },
  'personal-representative': { reason: 'the owner is entitled only as personal representative of a deceased person', legislation: 'SI 2008/386 reg 4' },
  bankruptcy: { reason: 'the owner is subject to a bankruptcy order or a deed of arrangement', legislation: 'SI 2008/386 reg 4' },
  insolvency: { reason: 'the owner company is being wound up, in administration, or held by a liquidator', legislation: 'SI 2008/386 reg 4' },
  'charity-next-use': { reason: 'the next use will be wholly or mainly for charitable purposes (or a CASC)', legislation: 'LGFA 1988 s45A' },
};

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
  readonly exemptionClass?: EmptyExemptionClass;
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
      legislation: 'SI 2008/386 (the initial exemption periods)',
    };
  }
  if (facts.exemptionClass) return INDEFINITE_CLASSES[facts.exemptionClass];
  if (facts.listedBuilding) return { reason: 'listed building', legislation: 'SI 2008/386 reg 4' };
  const lowRvBelow = inForce(rates.emptyLowRvExemptBelow, day);
  if (lowRvBelow !== undefined && facts.rateableValue < lowRvBelow) {
    return { reason: `rateable value below ${formatPounds(lowRvBelow)}`, legislation: 'SI 2008/386 reg 4; SI 2017/102 art 4' };
  }
  return null;
}

/**
 * The reoccupation rule (SI 2008/386 reg 5): a fresh exemption needs continuous occupation of
 * 6 weeks, or 13 weeks for occupation beginning on or after 1 April 2024 (SI 2024/323). After a
 * shorter reoccupation the hereditament counts as empty since it first became empty, so the
 * exemption it already used is not given again.
 */
export function applyReoccupationRule(rates: NationalRates, occupation: readonly Change<Occupation>[]): Change<Occupation>[] {
  const changes = [...occupation].sort((a, b) => (a.from < b.from ? -1 : 1));
  return changes.map((change, index) => {
    const occupiedSpell = changes[index - 1];
    const emptySpell = changes[index - 2];
    if (change.value.occupied || !occupiedSpell?.value.occupied || !emptySpell || emptySpell.value.occupied) return change;
    const weeks = inForce(rates.reoccupationWeeks, occupiedSpell.from) ?? 0;
    const occupiedDays = daysInclusive(occupiedSpell.from, addDays(change.from, -1));
    if (occupiedDays >= weeks * 7) return change;
    return { from: change.from, value: { occupied: false, emptySince: emptySpell.value.emptySince } };
  });
}
