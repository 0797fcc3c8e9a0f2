import { exact, InvalidInputError, type Exact, type IsoDate } from '../../../../kernel/src/index.js';
import type { FinancialYear } from '../reference/financial-year.js';
import { inForce, type NationalRates } from '../reference/national-rates.js';

/** The multiplier charged for a day, split as the bill shows it: the base rate plus any pre-2024 supplement. */
export interface ChosenMultiplier {
  /** e.g. "small business multiplier", "high-value multiplier". */
  readonly name: string;
  readonly rate: Exact;
  /** In two-multiplier years the standard multiplier is shown as the small one plus this supplement. */
  readonly supplement: Exact | null;
  readonly legislation: string;
}

export interface MultiplierFacts {
  readonly rateableValue: number;
  readonly occupied: boolean;
  /** Mandatory charity or CASC relief applies (before 2024 this ruled out the small multiplier). */
  readonly mandatoryRelief: boolean;
  /** Wholly or mainly retail, hospitality or leisure (the 2026 RHL multipliers' use test). */
  readonly retailHospitalityLeisureUse: boolean;
  readonly cityOfLondon?: boolean;
}

export function chooseMultiplier(rates: NationalRates, year: FinancialYear, day: IsoDate, facts: MultiplierFacts): ChosenMultiplier {
  const national = nationalMultiplier(rates, year, day, facts);
  if (!facts.cityOfLondon) return national;
  const premium = rates.cityOfLondonPremium[year.label];
  if (!premium) throw new InvalidInputError('cityOfLondon', `the City of London premium for ${year.label} is not held in the reference data`);
  const onSmall = national.supplement !== null || national.name.startsWith('small');
  return {
    name: `${national.name} with the City of London premium`,
    rate: national.rate.plus(onSmall ? premium.small : premium.standard),
    supplement: national.supplement && national.supplement.plus(premium.standard).minus(premium.small),
    legislation: `${national.legislation}; the City of London's own multipliers (national multiplier plus its premium)`,
  };
}

function nationalMultiplier(rates: NationalRates, year: FinancialYear, day: IsoDate, facts: MultiplierFacts): ChosenMultiplier {
  const multipliers = rates.multipliers[year.label];
  if (!multipliers) throw new RangeError(`no multipliers for ${year.label}`);
  const smallMaxRv = inForce(rates.smallMultiplierMaxRv, day) ?? 0;
  const small = facts.rateableValue <= smallMaxRv;

  if (multipliers.structure === 'five-multipliers') {
    const highValueMinRv = inForce(rates.highValueMinRv, day) ?? Number.POSITIVE_INFINITY;
    const legislation = 'LGFA 1988 Sch 4ZA para 1 (multipliers for 2026-27)';
    if (facts.rateableValue >= highValueMinRv) return plain('high-value multiplier', multipliers.highValue, legislation);
    if (facts.occupied && facts.retailHospitalityLeisureUse) {
      return small
        ? plain('small business RHL multiplier', multipliers.rhlSmall, legislation)
        : plain('standard RHL multiplier', multipliers.rhlStandard, legislation);
    }
    return small ? plain('small business multiplier', multipliers.small, legislation) : plain('standard multiplier', multipliers.standard, legislation);
  }

  // Two-multiplier years show the standard multiplier as the small one plus a supplement line, as
  // bills do: transitional relief works on the small-multiplier amount and the supplement follows it.
  const smallAllowed = small && (inForce(rates.smallMultiplierForEmptyAndCharity, day) || (facts.occupied && !facts.mandatoryRelief));
  const legislation = year.start >= '2024-04-01' ? 'LGFA 1988 Sch 4ZA para 1 (Non-Domestic Rating Act 2023)' : 'LGFA 1988 s43(4); SI 2017/102 art 2';
  if (smallAllowed) return plain('small business multiplier', multipliers.small, legislation);
  return {
    name: 'small business multiplier plus supplement (standard multiplier)',
    rate: exact(multipliers.small),
    supplement: exact(multipliers.standard).minus(exact(multipliers.small)),
    legislation,
  };
}

function plain(name: string, rate: string, legislation: string): ChosenMultiplier {
  return { name, rate: exact(rate), supplement: null, legislation };
}
